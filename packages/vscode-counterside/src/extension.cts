/**
 * The VS Code side of counterside: starts the language server over stdio for
 * the file types the CLI reads and passes it the `counterside.*` settings.
 * Linting, fixes and hovers all live in the server.
 */
import {window, workspace, type ConfigurationChangeEvent, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {documentSelector} from './document-selector.cjs'
import {locateServer, serverPackage, type ServerLocation} from './server-location.cjs'
import {section, serverSettings} from './settings.cjs'

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(workspace.onDidChangeConfiguration((event) => void restartIfNeeded(event, context)))
  if (serverSettings(workspace.getConfiguration(section)).enable) await start(context)
}

export async function deactivate(): Promise<void> {
  await stop()
}

/** The server this window would start: the setting, the workspace's copy, or the one in the .vsix (also what the packaging test asks the bundle). */
export function serverLocation(extensionPath: string): ServerLocation | undefined {
  const serverPath = workspace.getConfiguration(section).get<string>('serverPath', '')
  const folders = (workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath)
  return locateServer(serverPath, folders, extensionPath)
}

async function start(context: ExtensionContext): Promise<void> {
  const location = serverLocation(context.extensionPath)
  if (location === undefined) {
    void window.showErrorMessage(`Counterside: cannot find ${serverPackage}: the extension's own copy is missing. Reinstall the extension, install the server in the workspace (npm install -D ${serverPackage}) or set "counterside.serverPath".`)
    return
  }
  client = new LanguageClient('counterside', 'Counterside', serverOptions(location), languageClientOptions())
  await client.start()
}

/**
 * The documents the server gets and the `counterside.*` settings it is told:
 * in `initializationOptions` at start, then on every change (the client also
 * answers the server's `workspace/configuration` for the section). Exported
 * for the packaging test, which reads it from the bundle.
 */
export function languageClientOptions(): LanguageClientOptions {
  return {
    documentSelector: [...documentSelector],
    initializationOptions: serverSettings(workspace.getConfiguration(section)),
    // Sends `workspace/didChangeConfiguration` with the `counterside` section on every change.
    synchronize: {configurationSection: section}
  }
}

async function stop(): Promise<void> {
  const running = client
  client = undefined
  if (running?.isRunning()) await running.stop()
}

function serverOptions(location: ServerLocation): ServerOptions {
  // `TransportKind.stdio` adds `--stdio` to the server's arguments.
  return location.kind === 'module'
    ? {module: location.path, transport: TransportKind.stdio}
    : {command: location.path, transport: TransportKind.stdio}
}

/** Turning the extension off or pointing it at another server needs a new process; the rest the server takes live. */
async function restartIfNeeded(event: ConfigurationChangeEvent, context: ExtensionContext): Promise<void> {
  if (!event.affectsConfiguration(`${section}.enable`) && !event.affectsConfiguration(`${section}.serverPath`)) return
  await stop()
  if (serverSettings(workspace.getConfiguration(section)).enable) await start(context)
}
