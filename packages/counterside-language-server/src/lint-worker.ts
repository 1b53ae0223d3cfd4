/** A lint worker thread: lints the documents the server sends, off the thread that answers the editor. */
import {lintDocument} from './lint-document.js'
import {serveLintJobs} from './lint-protocol.js'

serveLintJobs((request, isCancelled) => lintDocument(request.filePath, request.text, request.workspaceFolders, {configPath: request.configPath, minConfidence: request.minConfidence, isCancelled}))
