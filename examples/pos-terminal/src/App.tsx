import {useEffect, useState} from 'react'
import type {LineItem} from './cart'
import {CustomerDisplay} from './Checkout'
import {ErrorDialog, type ErrorKind} from './ErrorDialog'
import {subscribe, type Toast} from './notify'
import {Payment} from './Payment'
import {Receipt} from './Receipt'
import {CashierPanel} from './staff/CashierPanel'

const demoCart: LineItem[] = [
  {sku: 'SKU-1001', name: 'Espresso machine', quantity: 1, priceCents: 24900},
  {sku: 'SKU-2040', name: 'Descaler', quantity: 2, priceCents: 899}
]

export function App() {
  const [step, setStep] = useState<'cart' | 'pay' | 'done'>('cart')
  const [error, setError] = useState<ErrorKind | undefined>()
  const [toasts, setToasts] = useState<Toast[]>([])

  useEffect(() => subscribe((toast) => setToasts((all) => [...all, toast])), [])

  return (
    <main className="pos" data-step={step}>
      <CashierPanel attachRate={0.12} />
      {step === 'cart' && <CustomerDisplay items={demoCart} />}
      {step === 'pay' && <Payment amount="€266.98" onPaid={() => setStep('done')} />}
      {step === 'done' && <Receipt items={demoCart} orderId="A-1042" />}
      {error && <ErrorDialog kind={error} onClose={() => setError(undefined)} />}
      <ol className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <li key={toast.id} className={`toast toast--${toast.tone}`}>
            {toast.text}
          </li>
        ))}
      </ol>
    </main>
  )
}
