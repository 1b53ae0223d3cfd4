import {lintText, rules} from '@counterside/core'
console.log(rules.map(r=>[r.id,r.defaultSeverity,r.description]))
for (const s of process.argv.slice(2)) console.log(JSON.stringify(s), lintText(s).map(f=>({r:f.ruleId,a:f.actual,o:f.offset,e:f.endOffset,s:f.suggestions.map(x=>x.text),m:f.message})))
