/**
 * The lint pool with a scripted worker (fixtures/scripted-worker.mjs), so
 * each case is decided by what the worker was told, not by timing:
 * superseded runs never reach or leave a worker, a dead or stuck worker is
 * replaced, and its run fails instead of hanging.
 */
import {afterEach, describe, expect, it} from 'vitest'
import {LintPool, type LintOutcome, type LintPoolOptions} from '../dist/lint-pool.js'

const workerUrl = new URL('./fixtures/scripted-worker.mjs', import.meta.url)
const pools: LintPool[] = []
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.dispose()
})

function poolOf(options: LintPoolOptions = {}): LintPool {
  const pool = new LintPool({workerUrl, size: 1, ...options})
  pools.push(pool)
  return pool
}

const request = (text: string) => ({filePath: '/x/page.md', text, workspaceFolders: []})
const answer = (outcome: LintOutcome | undefined) => (outcome?.kind === 'done' && outcome.result.kind === 'skipped' ? outcome.result.reason : outcome)

describe('LintPool', () => {
  it('stops a running run that a newer text supersedes, in the same worker', async () => {
    const pool = poolOf()
    const first = pool.lint('a', request('spin'))
    const second = pool.lint('a', request('hello'))
    expect(await first).toBeUndefined()
    // The worker's second job: it stopped spinning when asked and took the next one.
    expect(answer(await second)).toBe('hello #2')
    expect(pool.workersStarted).toBe(1)
  })

  it('drops a queued run that is superseded before it starts, and one whose document closes', async () => {
    const pool = poolOf()
    const busy = pool.lint('a', request('spin'))
    const dropped = pool.lint('b', request('older'))
    const latest = pool.lint('b', request('newer'))
    const closed = pool.lint('c', request('closed'))
    pool.cancel('c')
    pool.cancel('a')
    expect(await Promise.all([busy, dropped, closed])).toEqual([undefined, undefined, undefined])
    expect(answer(await latest)).toBe('newer #2')
  })

  it('runs the shortest queued text first', async () => {
    const pool = poolOf()
    const order: string[] = []
    const busy = pool.lint('a', request('spin'))
    const long = pool.lint('long', request('a much longer document')).then((outcome) => order.push(String(answer(outcome))))
    const short = pool.lint('short', request('short')).then((outcome) => order.push(String(answer(outcome))))
    pool.cancel('a')
    await Promise.all([busy, long, short])
    expect(order).toEqual(['short #2', 'a much longer document #3'])
  })

  it('runs two documents at once: a run that takes long does not hold up another', async () => {
    const pool = poolOf({size: 2})
    const spinning = pool.lint('long', request('spin'))
    expect(answer(await pool.lint('short', request('short')))).toBe('short #1')
    pool.cancel('long')
    expect(await spinning).toBeUndefined()
  })

  it('fails the run of a worker that exits or dies of an error, and lints the next one in a new worker', async () => {
    const pool = poolOf()
    expect(await pool.lint('a', request('exit'))).toEqual({kind: 'failed', message: 'the lint worker stopped (exit code 7); it was restarted'})
    expect(answer(await pool.lint('a', request('after exit')))).toBe('after exit #1')
    const died = await pool.lint('a', request('throw'))
    expect(died?.kind === 'failed' && died.message).toMatch(/^the lint worker stopped \(Error: the worker blew up/)
    expect(answer(await pool.lint('a', request('after throw')))).toBe('after throw #1')
    expect(pool.workersStarted).toBe(3)
  })

  it('replaces a worker that does not stop when cancelled, and fails a run that overruns', async () => {
    const pool = poolOf({cancelGraceMs: 50, runTimeoutMs: 500})
    const stuck = pool.lint('a', request('hang'))
    const next = pool.lint('a', request('next'))
    expect(await stuck).toBeUndefined()
    expect(answer(await next)).toBe('next #1')
    expect(pool.workersStarted).toBe(2)
    expect(await pool.lint('b', request('hang'))).toEqual({kind: 'failed', message: 'the run took longer than 0.5 s and was stopped'})
    expect(answer(await pool.lint('b', request('after'))))
      .toBe('after #1')
  })

  it('answers every run when disposed', async () => {
    const pool = poolOf()
    const running = pool.lint('a', request('spin'))
    const queued = pool.lint('b', request('queued'))
    await pool.dispose()
    expect(await Promise.all([running, queued])).toEqual([undefined, undefined])
    expect(await pool.lint('c', request('late'))).toBeUndefined()
  })
})
