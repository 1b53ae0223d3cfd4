#!/usr/bin/env node
/** `counterside-language-server --stdio` (also `--node-ipc`, `--socket=<port>`: the transport comes from the arguments). */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

if (!process.argv.slice(2).some((argument) => /^--(?:stdio|node-ipc|socket|pipe)/.test(argument))) {
  process.stderr.write('usage: counterside-language-server --stdio\nStarted by an editor\'s LSP client; see the package readme for set-ups.\n')
  process.exit(2)
}

startServer(createConnection(ProposedFeatures.all))
