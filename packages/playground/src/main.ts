/**
 * The page: the text area and its highlights, the findings list, the rule
 * toggles and the confidence slider, wired to the lint worker. Every lint
 * answer redraws the highlights and the list from scratch (cheap next to
 * linting), so what is shown always belongs to one text.
 */
import {defaultConfig} from '@counterside/core'
import {extensions, formatOf, type LintMessage} from 'counterside/extract'
import {exampleCopy} from './example.js'
import {listenToFindings, renderFindings} from './findings-list.js'
import {formatChoices, guessExtension, isKnownExtension} from './formats.js'
import {renderHighlights, setActiveFinding, type Span} from './highlights.js'
import {createLintClient, type LintSettings} from './lint-client.js'
import type {LintResponse} from './protocol.js'
import {renderPerspective} from './perspective-meter.js'
import {countByRule, renderRuleToggles, summaryOf, updateRuleCounts} from './rule-filters.js'
import {readShared, shareLink} from './share.js'

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error(`The page has no #${id}`)
  return found as T
}

const textArea = byId<HTMLTextAreaElement>('text')
const backdrop = byId<HTMLDivElement>('backdrop')
const editor = byId<HTMLDivElement>('editor')
const list = byId<HTMLOListElement>('findings')
const heading = byId<HTMLHeadingElement>('findings-heading')
const summary = byId<HTMLParagraphElement>('summary')
const problem = byId<HTMLParagraphElement>('problem')
const formatSelect = byId<HTMLSelectElement>('format')
const detected = byId<HTMLSpanElement>('detected')
const fileInput = byId<HTMLInputElement>('file')
const copyLink = byId<HTMLButtonElement>('copy-link')
const linkStatus = byId<HTMLSpanElement>('link-status')
const linkOutput = byId<HTMLInputElement>('link')
const ruleToggles = byId<HTMLDivElement>('rule-toggles')
const perspectiveBox = byId<HTMLDivElement>('perspective')
const slider = byId<HTMLInputElement>('min-confidence')
const sliderValue = byId<HTMLOutputElement>('min-confidence-value')

const state = {
  /** A dropped or opened file's name: its extension and any language in it count, as in the CLI. */
  fileName: undefined as string | undefined,
  disabled: new Set<string>(),
  minConfidence: defaultConfig.minConfidence,
  /** The findings on screen and the text they were found in. */
  shown: [] as readonly LintMessage[],
  shownText: '',
  linted: false
}

function currentExtension(): string {
  return formatSelect.value === 'auto' ? guessExtension(textArea.value) : formatSelect.value
}

function currentSettings(): LintSettings {
  return {text: textArea.value, fileName: state.fileName ?? `copy.${currentExtension()}`, disabledRules: [...state.disabled], minConfidence: state.minConfidence}
}

/** The text area grows with its text (the page scrolls, not the box), so the highlights under it never need to scroll along. */
function fitTextArea(): void {
  textArea.style.height = 'auto'
  textArea.style.height = `${textArea.scrollHeight + 2}px`
}

const lint = createLintClient(showResult)
let timer: ReturnType<typeof setTimeout> | undefined
function lintNow(): void {
  clearTimeout(timer)
  document.body.dataset.state = 'linting'
  const label = formatChoices.find((choice) => choice.extension === currentExtension())?.label
  detected.textContent = formatSelect.value === 'auto' && !state.fileName && label ? `read as ${label}` : ''
  lint(currentSettings())
}

function lintSoon(delay = 200): void {
  clearTimeout(timer)
  timer = setTimeout(lintNow, delay)
}

function showProblem(text: string | undefined): void {
  problem.hidden = text === undefined
  problem.textContent = text ?? ''
}

function showResult(response: LintResponse, request: LintSettings): void {
  // Typed since: the answer for the new text is on its way.
  if (request.text !== textArea.value) return
  const messages = response.ok && response.checked ? response.messages : []
  showProblem(response.ok ? (response.checked ? undefined : response.messages[0]?.message) : response.problem)
  state.shown = messages
  state.shownText = request.text
  const spans: Span[] = messages.flatMap((message, finding) => (message.ruleId && message.offset !== undefined && message.endOffset !== undefined ? [{start: message.offset, end: message.endOffset, ruleId: message.ruleId, finding}] : []))
  renderHighlights(backdrop, request.text, spans)
  renderFindings(list, messages)
  renderPerspective(perspectiveBox, response.ok ? response.perspective : undefined)
  const counts = countByRule(messages)
  updateRuleCounts(ruleToggles, counts, state.disabled)
  summary.textContent = summaryOf(counts)
  document.body.dataset.state = 'linted'
  if (!state.linted) performance.mark('counterside:first-highlights')
  state.linted = true
}

function applySuggestion(finding: number, suggestionIndex: number): void {
  const suggestion = state.shown[finding]?.suggestions[suggestionIndex]
  if (!suggestion || state.shownText !== textArea.value) return
  const [start, end] = suggestion.fix.range
  textArea.setRangeText(suggestion.fix.text, start, end, 'end')
  fitTextArea()
  // The button goes with the old list; the heading keeps the place for keyboard users.
  heading.focus()
  linkStatus.textContent = `Applied: ${suggestion.desc}.`
  lintNow()
}

function showInText(finding: number): void {
  const message = state.shown[finding]
  if (message?.offset === undefined || message.endOffset === undefined) return
  textArea.focus({preventScroll: true})
  textArea.setSelectionRange(message.offset, message.endOffset)
  backdrop.querySelector(`mark[data-finding="${finding}"]`)?.scrollIntoView({block: 'center'})
}

async function readFile(file: File): Promise<void> {
  const format = formatOf(file.name)
  if (!format) {
    showProblem(`Cannot read ${file.name}: counterside reads .${extensions.join(', .')}.`)
    return
  }

  textArea.value = await file.text()
  state.fileName = file.name
  formatSelect.value = formatChoices.find((choice) => formatOf(`copy.${choice.extension}`)?.name === format.name)?.extension ?? 'auto'
  fitTextArea()
  lintNow()
}

async function copyShareLink(): Promise<void> {
  const link = await shareLink(new URL(location.href), {text: textArea.value, format: formatSelect.value === 'auto' ? undefined : formatSelect.value})
  history.replaceState(null, '', link)
  linkOutput.value = link
  try {
    await navigator.clipboard.writeText(link)
    linkStatus.textContent = 'Link copied.'
  } catch {
    // No clipboard (an insecure origin, a denied permission): the link is in the box, selected, to copy by hand.
    linkOutput.hidden = false
    linkOutput.select()
    linkStatus.textContent = 'Copy the link from the box.'
  }
}

function setUp(): void {
  formatSelect.append(new Option('Detect', 'auto'), ...formatChoices.map((choice) => new Option(choice.label, choice.extension)))
  renderRuleToggles(ruleToggles, state.disabled, (ruleId, enabled) => {
    if (enabled) state.disabled.delete(ruleId)
    else state.disabled.add(ruleId)
    lintNow()
  })
  slider.value = String(state.minConfidence)
  sliderValue.value = state.minConfidence.toFixed(2)
  slider.addEventListener('input', () => {
    state.minConfidence = Number(slider.value)
    sliderValue.value = state.minConfidence.toFixed(2)
    lintSoon(100)
  })

  textArea.addEventListener('input', () => {
    fitTextArea()
    lintSoon()
  })
  formatSelect.addEventListener('change', () => {
    state.fileName = undefined
    lintNow()
  })
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0]
    if (file) void readFile(file)
  })
  editor.addEventListener('dragover', (event) => {
    event.preventDefault()
    editor.classList.add('dropping')
  })
  editor.addEventListener('dragleave', () => editor.classList.remove('dropping'))
  editor.addEventListener('drop', (event) => {
    event.preventDefault()
    editor.classList.remove('dropping')
    const file = event.dataTransfer?.files[0]
    if (file) void readFile(file)
  })
  copyLink.addEventListener('click', () => void copyShareLink())
  byId<HTMLButtonElement>('example').addEventListener('click', () => {
    textArea.value = exampleCopy
    state.fileName = undefined
    formatSelect.value = 'auto'
    fitTextArea()
    lintNow()
  })
  listenToFindings(list, {apply: applySuggestion, show: showInText, hover: (finding) => setActiveFinding(backdrop, finding)})
}

async function start(): Promise<void> {
  setUp()
  try {
    const shared = await readShared(new URL(location.href))
    if (shared) {
      textArea.value = shared.text
      if (shared.format && isKnownExtension(shared.format)) formatSelect.value = shared.format
    }
  } catch {
    showProblem('The link’s text could not be read (it may have been cut short); paste the copy instead.')
  }

  fitTextArea()
  lintNow()
}

void start()
