/** Every package of the workspace (`pnpm-workspace.yaml`'s `packages/*` and `examples/*`), with its manifest. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface PackageManifest {
  readonly name: string
  readonly version: string
  readonly private?: boolean
  readonly description?: string
  readonly license?: string
  readonly keywords?: readonly string[]
  readonly homepage?: string
  readonly bugs?: string | {readonly url: string}
  readonly repository?: {readonly type: string; readonly url: string; readonly directory?: string}
  readonly engines?: Readonly<Record<string, string>>
  readonly files?: readonly string[]
  readonly exports?: Readonly<Record<string, unknown>>
  readonly sideEffects?: boolean | readonly string[]
  readonly bin?: Readonly<Record<string, string>>
  readonly dependencies?: Readonly<Record<string, string>>
  readonly peerDependencies?: Readonly<Record<string, string>>
  readonly devDependencies?: Readonly<Record<string, string>>
}

export interface WorkspacePackage {
  /** Folder relative to the repository root, with `/`: `packages/core`. */
  readonly dir: string
  readonly manifest: PackageManifest
}

export const workspaceGlobs = ['packages', 'examples'] as const

export function workspacePackages(): WorkspacePackage[] {
  return workspaceGlobs.flatMap((parent) =>
    readdirSync(join(repoRoot, parent))
      .filter((name) => existsSync(join(repoRoot, parent, name, 'package.json')))
      .sort()
      .map((name) => ({
        dir: `${parent}/${name}`,
        manifest: JSON.parse(readFileSync(join(repoRoot, parent, name, 'package.json'), 'utf8')) as PackageManifest
      }))
  )
}

export function publicPackages(): WorkspacePackage[] {
  return workspacePackages().filter((item) => !item.manifest.private)
}
