/**
 * Shareable state in the address: `?text=` for short copy (readable, easy
 * to write by hand), `#z=` for long copy (deflate-raw, base64url: a page of
 * copy fits where browsers and chat apps cut long links). `format=` keeps a
 * format chosen by hand. The hash never reaches a server.
 */
export interface SharedState {
  readonly text: string
  readonly format?: string | undefined
}

// Past this a `?text=` link gets long enough for chat apps and servers to cut.
const longestQuery = 1500

export async function readShared(url: URL): Promise<SharedState | undefined> {
  const format = url.searchParams.get('format') ?? undefined
  const packed = /^#z=([\w-]+)$/.exec(url.hash)?.[1]
  if (packed) return {text: await inflate(packed), format}
  const text = url.searchParams.get('text')
  return text === null ? undefined : {text, format}
}

export async function shareLink(page: URL, state: SharedState): Promise<string> {
  const url = new URL(page.href)
  url.search = ''
  url.hash = ''
  if (state.format) url.searchParams.set('format', state.format)
  if (encodeURIComponent(state.text).length <= longestQuery) url.searchParams.set('text', state.text)
  else url.hash = `z=${await deflate(state.text)}`
  return url.href
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))
}

async function inflate(packed: string): Promise<string> {
  const stream = new Blob([fromBase64Url(packed)]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  // In slices: spreading a long array into one call overflows the stack.
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(packed: string): Uint8Array<ArrayBuffer> {
  const binary = atob(packed.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (character) => character.charCodeAt(0))
}
