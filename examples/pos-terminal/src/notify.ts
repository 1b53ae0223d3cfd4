// A tiny toast store the screens share.
export type Tone = 'info' | 'success' | 'error'

export interface Toast {
  readonly id: number
  readonly tone: Tone
  readonly text: string
}

const listeners = new Set<(toast: Toast) => void>()
let nextId = 1

function push(tone: Tone, text: string): void {
  const toast = {id: nextId++, tone, text}
  for (const listener of listeners) listener(toast)
}

export const toast = {
  info: (text: string) => push('info', text),
  success: (text: string) => push('success', text),
  error: (text: string) => push('error', text)
}

export function subscribe(listener: (toast: Toast) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
