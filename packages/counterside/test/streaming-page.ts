/**
 * A long Markdown page for the streaming tests: sections of copy with
 * findings, suppressed findings and directives (a range disabled over many
 * sections, next-line directives, an unused one), findings in list items,
 * quotes, headings, after an image and a hard break, code between. With a
 * small part length every block boundary is a part boundary.
 */
export function streamingPage(sections: number): string {
  const blocks: string[] = []
  // The disabled range runs over most of the page: over many parts.
  const enableAt = Math.max(9, sections - 5)
  for (let index = 0; index < sections; index++) {
    if (index === 3) blocks.push('<!-- counterside-disable sales-jargon -- a training page -->')
    if (index === enableAt) blocks.push('<!-- counterside-enable sales-jargon -->')
    blocks.push(
      `## Section ${index}: upsell`,
      `Your order is on its way, and you can track it from your account. Upsell the warranty at checkout (${index}).`,
      '<!-- counterside-disable-next-line permission-gate -->\nPlease wait for manager approval before you leave the store.',
      index % 4 === 0 ? '<!-- counterside-disable-next-line sales-jargon -->\nThanks for your order.' : 'Thanks for your order. We’ll email you when it ships.',
      '- Check the address.\n- Upsell: the extended warranty.\n- Please wait for manager approval.',
      `> We’re proud to announce our best quarter. Another sale closed (${index}).`,
      '![Upsell banner](banner.png) Upsell the bag at the till.',
      'First line\\\nUpsell on a hard-broken line.',
      '```\nUpsell in code is not copy\n\nstill code\n```'
    )
  }

  return blocks.join('\n\n') + '\n'
}
