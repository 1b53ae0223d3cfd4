/**
 * An editor's side of the protocol for the end-to-end tests: spawns a server
 * over stdio, initializes it on a workspace folder, records what it
 * publishes and logs, and waits for diagnostics that satisfy a test.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'

export interface Diagnostic {
  readonly range: {readonly start: {line: number; character: number}; readonly end: {line: number; character: number}}
  readonly code?: string
  readonly codeDescription?: {href: string}
  readonly source?: string
  readonly severity?: number
  readonly message: string
  readonly data?: unknown
}

export interface Published {
  readonly uri: string
  readonly version?: number
  readonly diagnostics: Diagnostic[]
}

export interface LogMessage {
  readonly type: number
  readonly message: string
}

export interface SessionOptions {
  /** Sent as `initializationOptions`. */
  readonly initializationOptions?: unknown
  /** Given: the client says it answers `workspace/configuration`, and answers each item with this (read at each request). */
  readonly settings?: () => unknown
}

export class LspSession {
  readonly connection: MessageConnection
  readonly published: Published[] = []
  readonly logs: LogMessage[] = []
  /** `window/showMessage` notifications. */
  readonly messages: LogMessage[] = []
  readonly #child: ChildProcess
  readonly #waiters: Array<() => void> = []

  /** `entry` is a script run with this Node and `--stdio`. */
  static async start(entry: string, folder: string, options: SessionOptions = {}): Promise<{session: LspSession; capabilities: Record<string, unknown>}> {
    const child = spawn(process.execPath, [entry, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
    const session = new LspSession(child)
    const {settings} = options
    if (settings) session.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => settings()))
    const exited = new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before it answered initialize`))))
    const result = await Promise.race([exited, session.connection.sendRequest<{capabilities: Record<string, unknown>}>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'fixture'}],
      capabilities: settings ? {workspace: {configuration: true}} : {},
      ...(options.initializationOptions === undefined ? {} : {initializationOptions: options.initializationOptions})
    })])
    await session.connection.sendNotification('initialized', {})
    return {session, capabilities: result.capabilities}
  }

  private constructor(child: ChildProcess) {
    this.#child = child
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params)
      for (const waiter of this.#waiters.splice(0)) waiter()
    })
    this.connection.onNotification('window/logMessage', (params: LogMessage) => {
      this.logs.push(params)
    })
    this.connection.onNotification('window/showMessage', (params: LogMessage) => {
      this.messages.push(params)
      for (const waiter of this.#waiters.splice(0)) waiter()
    })
    this.connection.listen()
  }

  /** The first `window/showMessage` that satisfies `accept`, once it comes. */
  messageMatching(accept: (message: LogMessage) => boolean, timeoutMs = 20_000): Promise<LogMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message; shown: ${JSON.stringify(this.messages)}`)), timeoutMs)
      const check = () => {
        const match = this.messages.find(accept)
        if (match) {
          clearTimeout(timer)
          resolve(match)
        }

        return match !== undefined
      }

      const waiters = this.#waiters
      if (!check()) waiters.push(function retry() { if (!check()) waiters.push(retry) })
    })
  }

  /**
   * The latest diagnostics published for `uri`, once they satisfy `accept`
   * (within `timeoutMs`, else the test fails saying what came: generous, as
   * the first run waits for the workers to load the linter on a busy machine).
   */
  diagnosticsFor(uri: string, accept: (published: Published) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; published: ${JSON.stringify(this.publishedFor(uri))}`)), timeoutMs)
      const check = () => {
        const match = this.published.findLast((item) => item.uri === uri)
        if (match && accept(match)) {
          clearTimeout(timer)
          resolve(match.diagnostics)
          return true
        }

        return false
      }

      const waiters = this.#waiters
      if (!check()) waiters.push(function retry() { if (!check()) waiters.push(retry) })
    })
  }

  publishedFor(uri: string): Published[] {
    return this.published.filter((item) => item.uri === uri)
  }

  /** Writes the file (so the server sees it on disk, as an editor's saved file) and opens it at version 1. */
  open(filePath: string, languageId: string, text: string): string {
    fs.mkdirSync(path.dirname(filePath), {recursive: true})
    fs.writeFileSync(filePath, text)
    const uri = pathToFileURL(filePath).href
    void this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return uri
  }

  /** Replaces the whole text. */
  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  }

  /** Ends the server if a failed test left it running. */
  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill()
  }

  /** Shuts the server down as an editor does; resolves its exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    const exited = new Promise<number | null>((resolve) => this.#child.once('exit', resolve))
    await this.connection.sendNotification('exit')
    const code = await exited
    this.connection.dispose()
    return code
  }
}
