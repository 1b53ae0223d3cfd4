export interface LineItem {
  readonly sku: string
  readonly name: string
  readonly quantity: number
  readonly priceCents: number
}

export function formatPrice(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('en-IE', {style: 'currency', currency}).format(cents / 100)
}

export function totalCents(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.priceCents, 0)
}
