/**
 * A static page: relative asset paths (it works from any folder it is
 * served from) and no Node built-in in the bundle, so it runs offline in
 * any browser. The lint runs in an ES module worker.
 */
import {defaultClientConditions, defineConfig} from 'vite'
import {nodeBuiltinImports} from './node-builtins.js'

const refuseNodeBuiltins = () => nodeBuiltinImports((source, importer) => {
  throw new Error(`${importer ?? 'the entry'} imports the Node built-in \`${source}\`; the playground runs in a browser`)
})

export default defineConfig({
  base: './',
  // `worker` first: the lint runs in a Web Worker, which has no `document` (a package's `browser` build may use one).
  resolve: {conditions: ['worker', ...defaultClientConditions]},
  plugins: [refuseNodeBuiltins()],
  worker: {format: 'es', plugins: () => [refuseNodeBuiltins()]},
  build: {outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096}
})
