import {toast} from '../notify'

// The cashier's own screen: sales vocabulary is fine here, blame is not.
export function CashierPanel({attachRate}: {attachRate: number}) {
  return (
    <aside className="cashier-panel">
      <h3>Upsell the extended warranty</h3>
      <p>Attach rate today: {Math.round(attachRate * 100)}%</p>
      <button onClick={() => toast.info('Please wait for manager approval')}>Void line</button>
      <p className="hint">You entered the wrong PIN.</p>
    </aside>
  )
}
