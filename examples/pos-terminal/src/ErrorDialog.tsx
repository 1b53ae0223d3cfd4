export type ErrorKind = 'declined' | 'pin' | 'offline'

// Shown on the customer-facing screen when a payment does not go through.
export function ErrorDialog({kind, onClose}: {kind: ErrorKind; onClose: () => void}) {
  return (
    <div role="alertdialog" className="dialog dialog--error" aria-describedby="error-body">
      {kind === 'pin' && <p id="error-body">You entered the wrong PIN.</p>}
      {kind === 'declined' && <p id="error-body">Transaction failed.</p>}
      {kind === 'offline' && <p id="error-body">Be right back</p>}
      <button title="Close this message" onClick={onClose}>
        OK
      </button>
    </div>
  )
}
