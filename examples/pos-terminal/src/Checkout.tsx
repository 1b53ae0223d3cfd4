import {useState} from 'react'
import {formatPrice, totalCents, type LineItem} from './cart'
import {toast} from './notify'

export function CustomerDisplay({items}: {items: readonly LineItem[]}) {
  const [warranty, setWarranty] = useState(false)
  const total = totalCents(items)

  return (
    <section className="customer-display" data-testid="customer-display">
      <h2>Your order</h2>
      <ul>
        {items.map((item) => (
          <li key={item.sku}>
            {item.quantity} × {item.name} <span className="price">{formatPrice(item.priceCents)}</span>
          </li>
        ))}
      </ul>
      <label>
        <input type="checkbox" checked={warranty} onChange={() => setWarranty(!warranty)} />
        Upsell the extended warranty
      </label>
      <p className="stock-note">Only 2 left! Buy now before it&rsquo;s gone</p>
      <p>Total {formatPrice(total)}</p>
      <button type="submit" onClick={() => toast.success('Added to your order')}>
        Continue to payment
      </button>
    </section>
  )
}
