/**
 * Debian's Chromium through puppeteer-core (no browser download): the
 * browser tests' one way to start a browser. `.ci/run` installs the package
 * when it is missing, so a missing browser is a failure, never a skip.
 */
import {existsSync} from 'node:fs'
import puppeteer, {type Browser} from 'puppeteer-core'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((path): path is string => Boolean(path))

export function chromiumPath(): string {
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`)
  return found
}

export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // CI runs as root, where Chromium refuses its sandbox; the pages are our own, on 127.0.0.1.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']
  })
}
