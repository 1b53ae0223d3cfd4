/**
 * Which child elements a sentence runs through. Customers read
 * `<p>Please wait for <b>manager</b> approval</p>` as one sentence, so an
 * inline element does not end its parent's text run: its children join the
 * run. Block elements (`p`, `div`, `li`, `button` …), void elements other
 * than `br`, and components not listed as inline still end it.
 */
import {AST_NODE_TYPES, type TSESTree} from '@typescript-eslint/utils'
import type {Detection} from './detection.js'
import {elementName} from './position.js'

/**
 * How a child element takes part in its parent's text:
 * `inline`: its children continue the text (an inline element with no
 * children, such as `<FormattedNumber value={n} />`, is a placeholder);
 * `placeholder`: it continues the text as a placeholder, its content unread
 * (`<code>`, `<kbd>`); `space`: a line break, read as a space (`<br />`);
 * `nothing`: it adds nothing (`<wbr />`); undefined: it ends the text.
 */
export type InlineRole = 'inline' | 'placeholder' | 'space' | 'nothing'

// Verbatim elements that sit inside a sentence: the sentence goes on around them, their content is not copy.
const inlineVerbatim = new Set(['code', 'kbd', 'samp', 'var'])

export function inlineRole(element: TSESTree.JSXElement | TSESTree.JSXFragment, detection: Detection): InlineRole | undefined {
  // A fragment renders its children in place.
  if (element.type === AST_NODE_TYPES.JSXFragment) return 'inline'
  const name = elementName(element)!
  if (name === 'br') return 'space'
  if (name === 'wbr') return 'nothing'
  if (inlineVerbatim.has(name)) return 'placeholder'
  const last = name.slice(name.lastIndexOf('.') + 1)
  // A surface component sets the surface of the text inside it, so that text stays its own.
  if (detection.surfaceComponents.has(name) || detection.surfaceComponents.has(last)) return undefined
  return detection.isInlineElement(name) || detection.isInlineElement(last) ? 'inline' : undefined
}

/**
 * An element read as part of its parent's text (or skipped with it, inside
 * `<pre>` and other verbatim parents): it is no text root of its own.
 */
export function isPartOfParentText(element: TSESTree.JSXElement | TSESTree.JSXFragment, detection: Detection): boolean {
  const parent = element.parent
  return (parent.type === AST_NODE_TYPES.JSXElement || parent.type === AST_NODE_TYPES.JSXFragment) && inlineRole(element, detection) !== undefined
}
