/**
 * JSX text interrupted only by inline elements (`<b>`, `<strong>`, `<a>`,
 * `Trans`, `Link` …) and `{expressions}` is one text, as customers read it;
 * findings map back to the source through tags, entities and line breaks,
 * and one that straddles an element boundary is reported from its start to
 * its end. Block elements and other components still end the text.
 */
import plugin from '../src/index.js'
import {tsxTester} from './setup-rule-tester.js'

const ruleTester = tsxTester()
const {rules} = plugin

ruleTester.run('permission-gate across inline elements', rules['permission-gate'], {
  valid: [
    // Block elements and components that are not inline end the text: no sentence asks to wait for a manager.
    'const h = <div>Please wait for <div>manager</div> approval</div>',
    'const h = <p>Please wait for <button>manager</button> approval</p>',
    'const h = <ul><li>Please wait for</li><li>manager</li></ul>',
    'const h = <p>Please wait for <Badge>manager</Badge> approval</p>',
    // A surface component keeps its own text even when listed as inline.
    {
      code: 'const h = <p>Please wait for <CashierPanel>manager</CashierPanel> approval</p>',
      settings: {counterside: {inlineElements: ['CashierPanel'], surfaces: {staff: {components: ['CashierPanel']}}}}
    }
  ],
  invalid: [
    {
      // The finding starts in the text before <b> and ends in the text after </b>.
      code: 'const h = <p>Please wait for <b>manager</b> approval</p>',
      errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 53}]
    },
    {
      // Across <strong> and <a href target>: the attributes are not prose, or “wait for manager approval” would be broken up.
      code: 'const h = <p>Please <strong>wait for</strong> <a href="/help/approvals" target="_blank">manager approval</a>.</p>',
      errors: [{messageId: 'finding', line: 1, column: 29, endLine: 1, endColumn: 105}]
    },
    {
      // A finding that starts inside the inline child and ends after it.
      code: 'const h = <p>Please <a href="https://shop.example/upsell">wait for manager</a> approval</p>',
      errors: [{messageId: 'finding', line: 1, column: 59, endLine: 1, endColumn: 88}]
    },
    {
      // Multi-line JSX: the text, the element and the text after it are one sentence.
      code: 'const h = <p>\n  Please wait for\n  <strong>manager</strong>\n  approval\n</p>',
      errors: [{messageId: 'finding', line: 2, column: 10, endLine: 4, endColumn: 11}]
    },
    {
      // An inline element spread over lines, with an {expression} in the sentence.
      code: 'const h = <p>\n  Hi {name}, please wait for <em>\n    manager\n  </em> approval\n</p>',
      errors: [{messageId: 'finding', line: 2, column: 21, endLine: 4, endColumn: 17}]
    },
    {
      // A block element still separates sentences: only the second paragraph is flagged.
      code: 'const h = <div><p>Please wait for</p><p>manager approval</p></div>',
      errors: [{messageId: 'finding', line: 1, column: 41, endLine: 1, endColumn: 57}]
    },
    {
      // <br /> is a line break inside the sentence, read as a space.
      code: 'const h = <p>Please wait for<br />manager approval</p>',
      errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 51}]
    },
    {
      // Default inline components: i18next's Trans, react-router's Link.
      code: 'const h = <Trans>Please wait for <Link to="/managers">manager</Link> approval</Trans>',
      errors: [{messageId: 'finding', line: 1, column: 25, endLine: 1, endColumn: 78}]
    },
    {
      // A component made inline in settings.
      code: 'const h = <p>Please wait for <Badge>manager</Badge> approval</p>',
      settings: {counterside: {inlineElements: ['Badge']}},
      errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 61}]
    },
    {
      // … or in the rule's options.
      code: 'const h = <p>Please wait for <Ui.Badge>manager</Ui.Badge> approval</p>',
      options: [{inlineElements: ['Ui.Badge']}],
      errors: [{messageId: 'finding', line: 1, column: 21, endLine: 1, endColumn: 67}]
    }
  ]
})

ruleTester.run('sales-jargon inside inline elements', rules['sales-jargon'], {
  valid: [
    // An attribute of an inline element is not part of the text (className is never copy).
    'const a = <p>Read our <a href="/upsell" className="upsell the pastries">terms</a> first.</p>',
    // Inside <pre>, nested inline elements are verbatim too.
    'const p = <pre>Upsell <b>the pastries</b></pre>',
    // <code> continues the sentence as a placeholder; its content is not read.
    'const p = <p>Run <code>upsell --pastries</code> to continue.</p>'
  ],
  invalid: [
    {
      // A finding wholly inside the inline child.
      code: 'const h = <p>Thanks for shopping. <em>Upsell the extended warranty</em> today.</p>',
      errors: [{messageId: 'finding', line: 1, column: 39, endLine: 1, endColumn: 45}]
    },
    {
      // Entities before and inside the inline child.
      code: 'const e = <p>Caf&eacute; <b>&amp; bar: upsell</b> the pastries</p>',
      errors: [{messageId: 'finding', line: 1, column: 40, endLine: 1, endColumn: 46}]
    },
    {
      // An inline element outside any parent's text is a text of its own.
      code: 'const b = <b>Upsell the pastries</b>',
      errors: [{messageId: 'finding', line: 1, column: 14, endLine: 1, endColumn: 20}]
    },
    {
      // So is one inside an {expression}: the expression is a placeholder in the parent's text.
      code: 'const b = <p>Thanks! {open && <b>Upsell the pastries</b>}</p>',
      errors: [{messageId: 'finding', line: 1, column: 34, endLine: 1, endColumn: 40}]
    }
  ]
})

ruleTester.run('shouting inside inline elements', rules.shouting, {
  valid: [],
  invalid: [
    {
      // The marks' suggestion rewrites their sentence, which spans the <b>: one replacement cannot keep the markup.
      code: 'const d = <p>Thank you for your <b>patience!!!</b></p>',
      errors: [{messageId: 'finding', line: 1, column: 44, endLine: 1, endColumn: 47, suggestions: []}]
    },
    {
      // Entities inside the inline child: three `&#33;` are the three marks (their sentence spans the <strong>).
      code: 'const d = <p>Thank you <strong>for your patience&#33;&#33;&#33;</strong></p>',
      errors: [{messageId: 'finding', line: 1, column: 49, endLine: 1, endColumn: 64, suggestions: []}]
    },
    {
      // Across an element boundary the report spans the tags, and no suggestion is offered: one replacement cannot keep the markup.
      code: 'const a = <p>CONGRATULATIONS ON <b>ANOTHER</b> GREAT DEAL</p>',
      errors: [{messageId: 'finding', line: 1, column: 14, endLine: 1, endColumn: 58, suggestions: []}]
    }
  ]
})
