import {formatPrice, totalCents, type LineItem} from './cart'

export function Receipt({items, orderId}: {items: readonly LineItem[]; orderId: string}) {
  return (
    <article className="receipt" data-order={orderId}>
      <h1>CONGRATULATIONS ON ANOTHER GREAT DEAL</h1>
      <p>Order {orderId}</p>
      <table>
        <tbody>
          {items.map((item) => (
            <tr key={item.sku}>
              <td>{item.name}</td>
              <td>{formatPrice(item.quantity * item.priceCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Total paid: {formatPrice(totalCents(items))}</p>
      <footer>Thank you for shopping with us</footer>
    </article>
  )
}
