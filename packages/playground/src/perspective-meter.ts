/**
 * The perspective meter: how much of the copy is about the customer (0–100,
 * from `perspectiveOf` in `@counterside/core`, see docs/perspective.md), a
 * bar of customer- against seller-centred sentences, and the same in words
 * for screen readers and for anyone who would rather read than look.
 */
import type {Perspective} from '@counterside/core'

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`

export function describePerspective(perspective: Perspective): string {
  const counts = `${plural(perspective.customer, 'sentence')} about the customer, ${perspective.seller} about the seller, ${perspective.neutral} neutral`
  if (perspective.score === null) return `No score yet: ${perspective.sentences === 0 ? 'no sentences' : 'no sentence is about either side'} (${counts}).`
  return `Perspective ${Math.round(perspective.score)} of 100: ${counts}.`
}

export function renderPerspective(container: HTMLElement, perspective: Perspective | undefined): void {
  container.hidden = perspective === undefined
  if (!perspective) return
  const label = document.createElement('p')
  label.className = 'perspective-label'
  label.id = 'perspective-label'
  label.textContent = 'Whose side is the copy on?'

  const meter = document.createElement('meter')
  meter.id = 'perspective-meter'
  meter.min = 0
  meter.max = 100
  meter.low = 40
  meter.high = 70
  meter.optimum = 100
  meter.value = perspective.score ?? 0
  meter.setAttribute('aria-labelledby', 'perspective-label')
  meter.setAttribute('aria-describedby', 'perspective-text')

  const scale = document.createElement('p')
  scale.className = 'perspective-scale'
  scale.setAttribute('aria-hidden', 'true')
  const seller = document.createElement('span')
  seller.textContent = `Seller · ${perspective.seller}`
  const score = document.createElement('strong')
  score.textContent = perspective.score === null ? '—' : String(Math.round(perspective.score))
  const customer = document.createElement('span')
  customer.textContent = `${perspective.customer} · Customer`
  scale.append(seller, score, customer)

  const text = document.createElement('p')
  text.id = 'perspective-text'
  text.className = 'perspective-text'
  text.textContent = describePerspective(perspective)
  container.replaceChildren(label, meter, scale, text)
}
