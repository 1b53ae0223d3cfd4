/** The `counterside.*` settings the server reads, as the server receives them. */
import type {WorkspaceConfiguration} from 'vscode'

export const section = 'counterside'

export interface ServerSettings {
  readonly enable: boolean
  /** `null`: the config file's `minConfidence` applies. */
  readonly minConfidence: number | null
  /** Empty: the config is found next to each file, as the CLI finds it. */
  readonly configPath: string
}

export function serverSettings(configuration: WorkspaceConfiguration): ServerSettings {
  return {
    enable: configuration.get<boolean>('enable', true),
    minConfidence: configuration.get<number | null>('minConfidence', null),
    configPath: configuration.get<string>('configPath', '')
  }
}
