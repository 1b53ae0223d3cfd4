/** The report's stylesheet, inline: no remote fonts or assets, system fonts only. */
import {noticeColour} from '@counterside/core'
import {ruleColourCss} from './rule-colours.js'

export function stylesheet(): string {
  return `
:root{color-scheme:light;--text:#1b1b1b;--muted:#555;--line:#d0d0d0;--panel:#f5f5f5;--error:#b3261e;--warning:#7a5a00;--rule:${noticeColour.line}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text);background:#fff}
a{color:#0b57d0}
a:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:1}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
h3{font-size:1.1rem;margin:0;word-break:break-all}
.muted{color:var(--muted)}
dl.totals{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:.5rem 0}
dl.totals div{min-width:7rem}
dl.totals dt{color:var(--muted);font-size:.9rem}
dl.totals dd{margin:0;font-size:1.5rem;font-weight:600}
.errors{color:var(--error)}.warnings{color:var(--warning)}
table.chart{border-collapse:collapse;width:100%;max-width:48rem}
table.chart th,table.chart td{padding:.2rem .5rem;text-align:left;vertical-align:middle}
table.chart th[scope=row]{font-weight:500;white-space:nowrap;color:var(--rule)}
table.chart td.count{text-align:right;font-variant-numeric:tabular-nums;width:4rem}
table.chart td.bar-cell{width:100%}
.bar{display:block;height:.9rem;min-width:2px;background:var(--rule);border-radius:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.split{display:flex;height:1rem;max-width:48rem;border-radius:2px;overflow:hidden;background:var(--panel);print-color-adjust:exact;-webkit-print-color-adjust:exact}
.errors-bar{background:var(--error)}.warnings-bar{background:#8c6a00}
.legend{margin:.25rem 0 1rem;font-size:.9rem;color:var(--muted)}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .5rem;vertical-align:-.05rem;border-radius:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.swatch:first-child{margin-left:0}
nav.files ol{columns:2 22rem;padding-left:1.5rem}
nav.files li{break-inside:avoid;word-break:break-all}
section.file{border:1px solid var(--line);border-radius:6px;margin:1rem 0;padding:.75rem 1rem}
.file-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem}
.perspective meter{width:6rem;vertical-align:middle}
ol.findings{list-style:none;padding:0;margin:.5rem 0}
li.finding{border-top:1px solid var(--line);padding:.5rem 0;border-left:4px solid var(--rule);padding-left:.75rem;margin:.25rem 0}
.finding .head{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:baseline;font-size:.95rem}
.finding .rule{color:var(--rule);font-weight:600}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.sev-error .sev{color:var(--error)}.sev-warning .sev{color:var(--warning)}
.badge{font-size:.75rem;border:1px solid currentColor;border-radius:3px;padding:0 .3rem}
.badge.new{color:#0b57d0}.badge.known{color:var(--muted)}
li.known{opacity:.8}
.message{margin:.25rem 0}
pre.context{margin:.25rem 0;padding:.4rem .6rem;background:var(--panel);border-radius:4px;white-space:pre-wrap;word-break:break-word;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre.context .ln{display:inline-block;min-width:3ch;margin-right:.75rem;color:var(--muted);user-select:none}
mark{background:color-mix(in srgb,var(--rule) 16%,#fff);color:inherit;border-bottom:2px solid var(--rule);padding:0 1px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
code{font:14px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--panel);padding:0 .2rem;border-radius:3px}
.suggestions{margin:.25rem 0;padding-left:1.25rem}
.paged [data-pages] ol.findings:not(.current){display:none}
.pager{display:flex;gap:.5rem;align-items:center;margin:.5rem 0}
.pager[hidden]{display:none}
.pager button{font:inherit;padding:.2rem .7rem;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--text);cursor:pointer}
.pager button:disabled{color:#767676;cursor:default}
footer{border-top:1px solid var(--line);margin-top:2rem;padding:1rem;color:var(--muted);font-size:.9rem}
${ruleColourCss()}
@media print{
  body{font-size:11pt}
  .skip,.pager,nav.files{display:none!important}
  .paged [data-pages] ol.findings{display:block!important}
  section.file{break-inside:auto;border:none;border-top:2px solid #000;border-radius:0;padding:.5rem 0}
  li.finding{break-inside:avoid}
  .file-head{break-after:avoid}
  a{color:inherit;text-decoration:none}
  header,main,footer{max-width:none}
}
`
}
