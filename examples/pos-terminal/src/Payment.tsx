import {useState} from 'react'
import {toast} from './notify'

type Method = 'card' | 'cash' | 'voucher'

export function Payment({amount, onPaid}: {amount: string; onPaid: () => void}) {
  const [method, setMethod] = useState<Method>('card')
  const [pending, setPending] = useState(false)

  async function pay() {
    setPending(true)
    const response = await fetch('/api/payments', {method: 'POST', body: JSON.stringify({method, amount})})
    setPending(false)
    if (response.status === 403) {
      toast.error('Please wait for manager approval')
      return
    }

    if (!response.ok) {
      console.error('payment failed', response.status)
      toast.error(`Payment of ${amount} failed.`)
      return
    }

    onPaid()
  }

  return (
    <div className="payment" aria-labelledby="payment-heading">
      <h2 id="payment-heading">Pay {amount}</h2>
      <p className="payment-note">
        Vouchers over {amount}: please wait for <strong>manager</strong> approval.
      </p>
      {(['card', 'cash', 'voucher'] as const).map((option) => (
        <button key={option} className={option === method ? 'active' : ''} onClick={() => setMethod(option)}>
          {option}
        </button>
      ))}
      <input placeholder="Enter your PIN" inputMode="numeric" autoComplete="off" />
      <button disabled={pending} onClick={pay}>
        {pending ? 'Processing…' : 'Pay now'}
      </button>
    </div>
  )
}
