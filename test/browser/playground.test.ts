/// <reference lib="dom" />
/**
 * The built playground (`pnpm playground:build`, which `pnpm test` runs
 * first) in Debian's Chromium, served from 127.0.0.1 by the playground's
 * own static server: typing, highlights, suggestions, shared links,
 * catalogs, rule toggles, the confidence slider, the perspective meter and
 * a phone's width. One
 * browser for the file; screenshots go to test-artifacts/ to look at.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lintText, perspectiveOf} from '@counterside/core'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveDist} from '../../packages/playground/serve.js'
import {launchChromium} from './chromium.js'

const artifacts = path.resolve('test-artifacts')
let browser: Browser
let server: Awaited<ReturnType<typeof serveDist>>
const pageErrors: string[] = []

beforeAll(async () => {
  mkdirSync(artifacts, {recursive: true})
  server = await serveDist()
  browser = await launchChromium()
  // Chromium's first start on a loaded two-core CI machine can take longer than the default 10 s.
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(query = '', width = 1280): Promise<Page> {
  const page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  await page.setViewport({width, height: 900})
  await page.goto(`${server.url}${query}`)
  await settled(page)
  return page
}

/** Linted, and what is shown belongs to the text in the box now (typing restarts the lint). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector<HTMLTextAreaElement>('#text')!.value
    return document.body.dataset.state === 'linted' && document.querySelector('#backdrop')!.textContent === `${text}\n`
  })
}

async function marks(page: Page): Promise<string[]> {
  return page.$$eval('#backdrop mark[data-rule]', (found) => found.map((mark) => `${(mark as HTMLElement).dataset.rule}: ${mark.textContent}`))
}

/** Replaces the text as a paste does: one input event. */
async function paste(page: Page, text: string): Promise<void> {
  await page.$eval('#text', (area, value) => {
    const box = area as HTMLTextAreaElement
    box.value = value
    box.dispatchEvent(new Event('input', {bubbles: true}))
  }, text)
  await settled(page)
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({path: path.join(artifacts, `${name}.png`), fullPage: true})
}

describe('the playground in Chromium', () => {
  it('highlights the exact words of seller-centred copy as it is typed, each mark in its rule\'s colour', async () => {
    const page = await open()
    await page.click('#text')
    await page.keyboard.type('We are pleased to announce our new checkout.\n\nYour card was declined because you entered the wrong PIN.')
    await settled(page)
    expect(await marks(page)).toEqual(['we-centered: We are pleased', 'dead-end-error: declined', 'customer-blame: you entered the wrong'])
    const colour = await page.$eval('#backdrop mark[data-rule="we-centered"]', (mark) => getComputedStyle(mark).backgroundColor)
    const swatch = await page.$eval('li.finding[data-rule="we-centered"] .swatch', (element) => getComputedStyle(element).backgroundColor)
    expect(colour).toBe(swatch)
    const item = await page.$eval('li.finding[data-rule="we-centered"]', (element) => ({
      text: element.textContent,
      docs: element.querySelector('a.rule-link')?.getAttribute('href')
    }))
    expect(item.text).toContain('confidence 80%')
    expect(item.docs).toMatch(/docs\/rules\/we-centered\.md$/)
    expect(await page.$eval('#summary', (element) => element.textContent)).toBe('3 findings: 1 customer-blame, 1 dead-end-error, 1 we-centered.')
    // The meter shows what perspectiveOf says of the same text, in a bar and in words.
    const typed = await page.$eval('#text', (area) => (area as HTMLTextAreaElement).value)
    const expected = perspectiveOf(typed, lintText(typed))
    const meter = await page.$eval('#perspective', (box) => ({
      hidden: (box as HTMLElement).hidden,
      value: (box.querySelector('meter') as HTMLMeterElement).value,
      describedBy: box.querySelector('meter')!.getAttribute('aria-describedby'),
      text: box.querySelector('#perspective-text')!.textContent
    }))
    expect(meter).toEqual({hidden: false, value: expected.score, describedBy: 'perspective-text', text: `Perspective ${expected.score} of 100: ${expected.customer} sentence${expected.customer === 1 ? '' : 's'} about the customer, ${expected.seller} about the seller, ${expected.neutral} neutral.`})
    expect(expected.seller).toBeGreaterThan(0)
    await shot(page, 'playground')
    await page.close()
  })

  it('applies a suggestion: the words are replaced, the highlight goes, the count follows', async () => {
    const page = await open(`?text=${encodeURIComponent('Thanks for waiting.\n\nCLICK HERE NOW TO WIN')}`)
    expect(await marks(page)).toEqual(['shouting: CLICK HERE NOW TO WIN'])
    // By keyboard: focus the suggestion and press Enter.
    await page.focus('li.finding[data-rule="shouting"] button.suggestion')
    await page.keyboard.press('Enter')
    await settled(page)
    expect(await page.$eval('#text', (area) => (area as HTMLTextAreaElement).value)).toBe('Thanks for waiting.\n\nClick here now to win')
    expect(await marks(page)).toEqual([])
    expect(await page.$eval('#summary', (element) => element.textContent)).toBe('No findings.')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('findings-heading')
    await shot(page, 'playground-applied')
    await page.close()
  })

  it('lints a ?text= link on load, and a copied link of long text (#z=) brings the same text back', async () => {
    const text = 'Our staff are on break. Please wait.'
    const page = await open(`?text=${encodeURIComponent(text)}`)
    expect(await page.$eval('#text', (area) => (area as HTMLTextAreaElement).value)).toBe(text)
    expect(await marks(page)).toEqual(['stepping-away: staff are on break'])

    const long = Array.from({length: 60}, (_, index) => `Step ${index}: We are excited to announce that we have upgraded our platform.`).join('\n')
    await paste(page, long)
    await page.click('#copy-link')
    await page.waitForFunction(() => location.hash.startsWith('#z='))
    const link = await page.evaluate(() => location.href)
    expect(link.length).toBeLessThan(encodeURIComponent(long).length)
    const reopened = await open(new URL(link).search + new URL(link).hash)
    expect(await reopened.$eval('#text', (area) => (area as HTMLTextAreaElement).value)).toBe(long)
    expect((await marks(reopened)).length).toBeGreaterThan(0)
    await reopened.close()
    await page.close()
  })

  it('lints a pasted JSON catalog message by message, with each finding\'s key', async () => {
    const page = await open()
    const catalog = JSON.stringify({checkout: {declined: 'Your card was declined.', thanks: 'Thanks, your order is on its way.'}, promo: 'We are excited to announce that we have upgraded our platform.'}, null, 2)
    await paste(page, catalog)
    expect(await page.$eval('#detected', (element) => element.textContent)).toBe('read as JSON catalog')
    expect(await marks(page)).toEqual(['dead-end-error: declined', 'we-centered: We are excited'])
    const places = await page.$$eval('li.finding .where', (found) => found.map((element) => element.textContent))
    expect(places).toEqual(['line 3 · checkout.declined', 'line 6 · promo'])
    // Keys and JSON syntax are not copy: nothing outside the strings is marked.
    const marked = await page.$$eval('#backdrop mark', (found) => found.map((mark) => mark.textContent).join(''))
    expect(marked).not.toMatch(/[{}":]/)
    // The meter scores the three messages, not the keys and braces around them.
    expect(await page.$eval('#perspective-text', (element) => element.textContent)).toMatch(/: 2 sentences about the customer, 1 about the seller, 0 neutral\.$/)
    await shot(page, 'playground-catalog')
    await page.close()
  })

  it('opens a file: its name picks the format (a PO catalog here), each message linted with its msgid as key', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'counterside-playground-'))
    try {
      const file = path.join(folder, 'checkout.po')
      writeFileSync(file, 'msgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Payment message"\nmsgstr "Your card was declined."\n')
      const page = await open()
      const input = await page.$('input#file')
      await input!.uploadFile(file)
      await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#text')!.value.includes('msgid'))
      await settled(page)
      expect(await page.$eval('#format', (select) => (select as HTMLSelectElement).value)).toBe('po')
      expect(await marks(page)).toEqual(['dead-end-error: declined'])
      expect(await page.$$eval('li.finding .where', (found) => found.map((element) => element.textContent))).toEqual(['line 6 · Payment message'])
      await page.close()
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('hides a rule\'s highlights when it is toggled off, and drops findings below the minimum confidence', async () => {
    const page = await open(`?text=${encodeURIComponent('We are proud to announce our new checkout. Your card was declined.')}`)
    expect(await marks(page)).toEqual(['we-centered: We are proud', 'dead-end-error: declined'])
    await page.click('label.rule-toggle[data-rule="we-centered"] input')
    await page.waitForFunction(() => !document.querySelector('#backdrop mark[data-rule="we-centered"]') && document.body.dataset.state === 'linted')
    expect(await marks(page)).toEqual(['dead-end-error: declined'])
    expect(await page.$eval('label.rule-toggle[data-rule="we-centered"] .rule-count', (element) => element.textContent)).toBe('off')
    expect(await page.$$eval('li.finding', (found) => found.map((item) => (item as HTMLElement).dataset.rule))).toEqual(['dead-end-error'])

    await page.$eval('#min-confidence', (slider) => {
      const input = slider as HTMLInputElement
      input.value = '0.9'
      input.dispatchEvent(new Event('input', {bubbles: true}))
    })
    await page.waitForFunction(() => !document.querySelector('#backdrop mark') && document.body.dataset.state === 'linted')
    expect(await page.$eval('#summary', (element) => element.textContent)).toBe('No findings.')
    await page.close()
  })

  it('fits a phone: one column, nothing wider than the screen, controls in a sensible tab order', async () => {
    const page = await open(`?text=${encodeURIComponent('We are excited to announce that we have upgraded our platform.\n\nYour card was declined.')}`, 390)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const order: string[] = []
    for (let step = 0; step < 9; step++) {
      await page.keyboard.press('Tab')
      order.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        return element.id || element.className || element.tagName
      }))
    }

    expect(order.slice(0, 7)).toEqual(['skip-link', 'format', 'file', 'example', 'copy-link', 'text', 'rule-link'])
    await shot(page, 'playground-phone')
    await page.close()
  })

  it('ran without a page error', () => {
    expect(pageErrors).toEqual([])
  })
})
