/**
 * Playground benchmark: a `?text=` link of 10,000 words opened in Debian's
 * Chromium, timed from navigation start to the first highlights on screen
 * (the page marks `counterside:first-highlights` once the worker's answer is
 * drawn): loading the page and its worker, decoding the link, extracting,
 * linting and drawing. A new tab per run in one browser; one warm-up run,
 * then the median. Needs the built playground (`pnpm bench:playground`
 * builds it first).
 *
 *   node scripts/bench/playground.js [runs] [words]
 */
/* global document -- the timing callback runs in the page */
import puppeteer from 'puppeteer-core'
import {serveDist} from '../../packages/playground/serve.js'
import {median, table} from './measure.js'

// A fixed mix of customer- and seller-centred sentences, so every run lints the same copy.
const sentences = [
  'We are excited to announce that we have upgraded our platform.',
  'Your order is on its way and arrives on Tuesday.',
  'Unfortunately your card was declined because you entered the wrong PIN.',
  'You can change your delivery address until the parcel leaves the warehouse.',
  'Our staff are on break. Please wait.',
  'Pick a time that suits you and we will call you then.',
  'Hurry, only 2 left! Buy now before it is gone.',
  'Your receipt is in your inbox, and you can download it again at any time.'
]

export function tenThousandWords(words = 10_000) {
  const paragraphs = []
  let paragraph = []
  let count = 0
  for (let index = 0; count < words; index++) {
    const sentence = sentences[index % sentences.length]
    paragraph.push(sentence)
    count += sentence.split(/\s+/).length
    if (paragraph.length === 5) {
      paragraphs.push(paragraph.join(' '))
      paragraph = []
    }
  }

  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '))
  return {text: paragraphs.join('\n\n'), words: count}
}

// The flags of test/browser/chromium.ts: CI runs as root, where Chromium refuses its sandbox.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']

async function timeOnce(browser, url) {
  const page = await browser.newPage()
  try {
    await page.goto(url)
    await page.waitForSelector('body[data-state="linted"]', {timeout: 120_000})
    return await page.evaluate(() => ({
      ms: performance.getEntriesByName('counterside:first-highlights')[0].startTime,
      marks: document.querySelectorAll('#backdrop mark').length
    }))
  } finally {
    await page.close()
  }
}

export default async function benchPlayground({runs = 5, words = 10_000} = {}) {
  const copy = tenThousandWords(words)
  const server = await serveDist()
  const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs})
  try {
    const url = `${server.url}?text=${encodeURIComponent(copy.text)}`
    await timeOnce(browser, url)
    const times = []
    let marks = 0
    for (let run = 0; run < runs; run++) {
      const result = await timeOnce(browser, url)
      times.push(result.ms)
      marks = result.marks
    }

    return {words: copy.words, characters: copy.text.length, urlLength: url.length, marks, runs, medianMs: median(times), times}
  } finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [runs = '5', words = '10000'] = process.argv.slice(2)
  const result = await benchPlayground({runs: Number(runs), words: Number(words)})
  console.log(table([
    ['words', 'characters', 'link length', 'highlights', 'runs', 'median ms', 'runs ms'],
    [result.words, result.characters, result.urlLength, result.marks, result.runs, Math.round(result.medianMs), result.times.map((ms) => Math.round(ms)).join(' ')]
  ]))
}
