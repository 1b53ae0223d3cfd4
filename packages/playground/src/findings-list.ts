/**
 * The side list: one item per finding with the rule (linked to its docs),
 * the words, the message, the confidence and a button per suggestion.
 * Buttons carry the finding's index; the page decides what they do.
 */
import type {LintMessage} from 'counterside/extract'
import {colourStyle} from './rule-colours.js'

export interface ListActions {
  readonly apply: (finding: number, suggestion: number) => void
  readonly show: (finding: number) => void
  readonly hover: (finding: number | undefined) => void
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function itemFor(message: LintMessage, index: number): HTMLLIElement {
  const item = element('li', 'finding')
  item.dataset.finding = String(index)
  if (message.ruleId) item.dataset.rule = message.ruleId
  colourStyle(item, message.ruleId)

  const head = element('p', 'finding-head')
  head.append(element('span', 'swatch'))
  if (message.ruleId && message.url) {
    const link = element('a', 'rule-link', message.ruleId)
    link.href = message.url
    link.target = '_blank'
    link.rel = 'noopener noreferrer'
    link.setAttribute('aria-label', `${message.ruleId}: the rule's documentation (opens in a new tab)`)
    head.append(link)
  } else {
    head.append(element('span', 'rule-link', message.ruleId ?? 'note'))
  }

  head.append(element('span', 'where', `line ${message.line}${message.key ? ` · ${message.key}` : ''}`))
  item.append(head)
  if (message.actual) item.append(element('p', 'finding-words', `“${message.actual}”`))
  item.append(element('p', 'finding-message', message.message))
  const severity = message.severity === 2 ? 'error' : 'warning'
  const confidence = message.confidence === undefined ? '' : ` · confidence ${Math.round(message.confidence * 100)}%`
  item.append(element('p', 'finding-meta', `${severity}${confidence}`))

  const actions = element('div', 'finding-actions')
  if (message.offset !== undefined) {
    const show = element('button', 'show', 'Show in text')
    show.type = 'button'
    show.dataset.action = 'show'
    actions.append(show)
  }

  message.suggestions.forEach((suggestion, suggestionIndex) => {
    const button = element('button', 'suggestion', suggestion.desc)
    button.type = 'button'
    button.dataset.action = 'apply'
    button.dataset.suggestion = String(suggestionIndex)
    actions.append(button)
  })
  if (actions.childElementCount > 0) item.append(actions)
  return item
}

export function renderFindings(list: HTMLOListElement, messages: readonly LintMessage[]): void {
  list.replaceChildren(...messages.map(itemFor))
}

/** One set of listeners on the list, for whatever items it holds now. */
export function listenToFindings(list: HTMLOListElement, actions: ListActions): void {
  const findingOf = (target: EventTarget | null): number | undefined => {
    const item = target instanceof Element ? target.closest<HTMLElement>('li.finding') : null
    return item?.dataset.finding === undefined ? undefined : Number(item.dataset.finding)
  }

  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null
    const finding = findingOf(button)
    if (!button || finding === undefined) return
    if (button.dataset.action === 'apply') actions.apply(finding, Number(button.dataset.suggestion))
    else actions.show(finding)
  })
  list.addEventListener('focusin', (event) => actions.hover(findingOf(event.target)))
  list.addEventListener('pointerover', (event) => actions.hover(findingOf(event.target)))
  list.addEventListener('pointerleave', () => actions.hover(undefined))
}
