/**
 * The language server: lints open documents as they change, and offers
 * fixes, directives and rule docs on the findings. Linting is the CLI's own
 * (`lint-document.ts`), run in worker threads (`lint-pool.ts`) so a long
 * document never keeps the server from answering; this module only speaks LSP.
 */
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {getRule} from '@counterside/core'
import {searchPlaces} from 'counterside'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type Position,
  type Range
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {configErrorDiagnostic, diagnosticSource, toDiagnostic, type FindingData} from './diagnostics.js'
import {disableDirectiveEdit} from './disable-directive.js'
import {LintPool, type LintPoolOptions} from './lint-pool.js'
import {readSettings, settingsSection, type EditorSettings} from './settings.js'

export interface ServerOptions {
  /** Quiet time after a change before linting, in ms (typing bursts become one run). */
  readonly debounceMs?: number
  /** The lint workers (see lint-pool.ts). */
  readonly pool?: LintPoolOptions
}

export const openRuleDocsCommand = 'counterside.openRuleDocs'

/** Config and ignore files: a change to any of them can change every open document's findings. */
const watchedConfigGlobs = [...searchPlaces.filter((name) => name !== 'package.json'), 'package.json', '.countersideignore'].map((name) => `**/${name}`)

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 150
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  const published = new Map<string, Diagnostic[]>()
  const pool = new LintPool(options.pool)
  let workspaceFolders: string[] = []
  let canRegisterWatchers = false
  let canPullSettings = false
  let initializationOptions: unknown
  let settings: EditorSettings = readSettings().settings
  // Runs begun under older settings are not published: the re-lint a change starts does that.
  let settingsGeneration = 0
  // Settings asked of the client at start: no document is linted before they come.
  let settingsReady: Promise<void> = Promise.resolve()
  // A broken `configPath` is told once per setting, not once per open document.
  const toldConfigErrors = new Set<string>()

  connection.onInitialize((params) => {
    initializationOptions = params.initializationOptions
    canPullSettings = params.capabilities.workspace?.configuration === true
    workspaceFolders = (params.workspaceFolders ?? []).flatMap((folder) => filePathOf(folder.uri) ?? [])
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [filePathOf(params.rootUri) ?? []].flat()
    canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true,
        executeCommandProvider: {commands: [openRuleDocsCommand]}
      },
      serverInfo: {name: 'counterside-language-server'}
    }
  })

  connection.onInitialized(() => {
    if (canRegisterWatchers) void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: watchedConfigGlobs.map((globPattern) => ({globPattern}))})
    settingsReady = pullSettings(undefined).then(applySettings)
  })

  /** What the client answers for the `counterside` section, or what it pushed where it cannot be asked (or answers nothing). */
  async function pullSettings(pushed: unknown): Promise<unknown> {
    if (!canPullSettings) return pushed
    try {
      const pulled: unknown = await connection.workspace.getConfiguration(settingsSection)
      return pulled ?? pushed
    } catch (error) {
      connection.console.error(`counterside: could not read the ${settingsSection} settings from the editor, so the ones it sent apply: ${(error as Error).message}`)
      return pushed
    }
  }

  /** Takes the settings (initialization options, then `latest`); when they change what is linted, lints every open document again, or clears them all. */
  async function applySettings(latest: unknown): Promise<void> {
    const read = readSettings(initializationOptions, latest)
    for (const problem of read.problems) showMessage(MessageType.Warning, problem)
    const before = settings
    settings = read.settings
    if (sameSettings(before, settings)) return
    settingsGeneration++
    toldConfigErrors.clear()
    for (const document of documents.all()) {
      if (settings.enable) schedule(document)
      else await clear(document.uri)
    }
  }

  connection.onDidChangeConfiguration(async ({settings: pushed}) => {
    await settingsReady
    await applySettings(await pullSettings(pushed))
  })

  /** Stops any run of the document and withdraws what was shown for it. */
  async function clear(uri: string): Promise<void> {
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    pool.cancel(uri)
    published.delete(uri)
    await connection.sendDiagnostics({uri, diagnostics: []})
  }

  function schedule(document: TextDocument): void {
    if (!settings.enable) return
    // The run for the text before stops now, not when the debounce ends: its findings could not be published anyway.
    pool.cancel(document.uri)
    clearTimeout(timers.get(document.uri))
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri)
      void lint(document.uri, document.version)
    }, debounceMs))
  }

  async function lint(uri: string, version: number): Promise<void> {
    await settingsReady
    const document = documents.get(uri)
    const filePath = filePathOf(uri)
    if (!document || !filePath || document.version !== version || !settings.enable) return
    const generation = settingsGeneration
    const outcome = await pool.lint(uri, {filePath, text: document.getText(), workspaceFolders, configPath: settings.configPath, minConfidence: settings.minConfidence})
    // Superseded (a newer version, a close or new settings cancelled it) or stale: the newer run publishes.
    if (outcome === undefined || documents.get(uri)?.version !== version || generation !== settingsGeneration) return
    if (outcome.kind === 'failed') connection.console.error(`counterside: could not lint ${filePath}, so it shows no findings: ${outcome.message}`)
    const result = outcome.kind === 'done' ? outcome.result : undefined
    if (result?.kind === 'config-error' && settings.configPath !== undefined) tellConfigError(result.message)
    const diagnostics = result?.kind === 'report' ? result.report.messages.map(toDiagnostic) : result?.kind === 'config-error' ? [configErrorDiagnostic(result.message)] : []
    published.set(uri, diagnostics)
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  // Fires on open as well as on every edit.
  documents.onDidChangeContent(({document}) => schedule(document))
  documents.onDidClose(({document}) => void clear(document.uri))

  /** The `configPath` setting names a config that cannot be used: said in a message as well as on each document, since the setting, not the document, needs the fix. */
  function tellConfigError(message: string): void {
    if (toldConfigErrors.has(message)) return
    toldConfigErrors.add(message)
    showMessage(MessageType.Error, message)
  }

  /** A notification, not `window/showMessageRequest`: nothing waits for the user to dismiss it. */
  function showMessage(type: MessageType, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, {type, message: `Counterside: ${message}`})
  }

  connection.onDidChangeWatchedFiles(() => {
    // The config the setting names may have been fixed or broken again.
    toldConfigErrors.clear()
    for (const document of documents.all()) schedule(document)
  })

  connection.onCodeAction(({textDocument, context}) => {
    const document = documents.get(textDocument.uri)
    const filePath = filePathOf(textDocument.uri)
    if (!document || !filePath) return []
    return context.diagnostics.filter(isOurs).flatMap((diagnostic) => codeActionsFor(diagnostic, document, filePath))
  })

  connection.onExecuteCommand(async ({command, arguments: args}) => {
    const url = args?.[0]
    if (command === openRuleDocsCommand && typeof url === 'string') await connection.window.showDocument({uri: url, external: true})
  })

  connection.onHover(({textDocument, position}): Hover | null => {
    const here = (published.get(textDocument.uri) ?? []).filter((diagnostic) => typeof diagnostic.code === 'string' && contains(diagnostic.range, position))
    if (here.length === 0) return null
    return {contents: {kind: 'markdown', value: here.map(hoverText).join('\n\n---\n\n')}, range: here[0]!.range}
  })

  connection.onShutdown(() => pool.dispose())

  documents.listen(connection)
  connection.listen()
}

function codeActionsFor(diagnostic: Diagnostic, document: TextDocument, filePath: string): CodeAction[] {
  const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined
  if (!ruleId) return []
  const data = diagnostic.data as FindingData | undefined
  const uri = document.uri
  const fixes: CodeAction[] = (data?.suggestions ?? []).map((suggestion, index) => ({
    title: suggestion.desc,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: {changes: {[uri]: [{range: suggestion.range, newText: suggestion.text}]}}
  }))
  const directive = disableDirectiveEdit(filePath, document.getText(), diagnostic.range.start.line, ruleId)
  if (directive) fixes.push({title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: {changes: {[uri]: [directive]}}})
  const url = diagnostic.codeDescription?.href
  if (url) fixes.push({title: `Open rule documentation: ${ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: {title: `Open ${ruleId} documentation`, command: openRuleDocsCommand, arguments: [url]}})
  return fixes
}

/** The rule's description, the finding's message (why it matters to the customer, given the words), the alternatives, the docs. */
function hoverText(diagnostic: Diagnostic): string {
  const ruleId = diagnostic.code as string
  const rule = getRule(ruleId)
  const data = diagnostic.data as FindingData | undefined
  const alternatives = (data?.suggestions ?? []).map((suggestion) => `- ${suggestion.desc}`)
  return [
    `**${ruleId}**${rule ? `: ${rule.description}` : ''}`,
    diagnostic.message,
    ...(alternatives.length > 0 ? [`Alternatives:\n${alternatives.join('\n')}`] : []),
    ...(diagnostic.codeDescription ? [`[Rule documentation](${diagnostic.codeDescription.href})`] : [])
  ].join('\n\n')
}

function sameSettings(a: EditorSettings, b: EditorSettings): boolean {
  return a.enable === b.enable && a.minConfidence === b.minConfidence && a.configPath === b.configPath
}

function isOurs(diagnostic: Diagnostic): boolean {
  return diagnostic.source === diagnosticSource
}

function contains(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character)
  return after && before
}

function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined
}
