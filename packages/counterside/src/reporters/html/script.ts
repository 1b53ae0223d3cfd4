/**
 * The report's scripts, inline: page through a file's findings. Every page
 * is in the document, and without scripts all are shown, so the report
 * reads (and prints) in full without them.
 */

/**
 * Run in the head, before the findings are parsed: with this class the
 * stylesheet shows only each file's current page, so a report with
 * thousands of findings lays out one page per file, not all of them.
 */
export const pagedScript = "document.documentElement.classList.add('paged')"

export const pagerScript = `
for (const file of document.querySelectorAll('[data-pages]')) {
  const pages = [...file.querySelectorAll('ol.findings')]
  const pager = file.querySelector('.pager')
  if (!pager || pages.length < 2) continue
  const [previous, next] = pager.querySelectorAll('button')
  const status = pager.querySelector('.page-status')
  let current = 0
  const show = (index) => {
    current = index
    pages.forEach((page, at) => page.classList.toggle('current', at === index))
    previous.disabled = index === 0
    next.disabled = index === pages.length - 1
    status.textContent = 'Page ' + (index + 1) + ' of ' + pages.length + ' (findings ' + pages[index].dataset.first + '–' + pages[index].dataset.last + ')'
  }
  previous.addEventListener('click', () => show(current - 1))
  next.addEventListener('click', () => show(current + 1))
  pager.hidden = false
  show(0)
}
`
