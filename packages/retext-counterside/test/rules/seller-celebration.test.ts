import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'seller-celebration'

describe(ruleId, () => {
  it('reports a whole message', () => {
    const [message, ...rest] = messages('Congratulations on another great deal!').filter((item) => item.ruleId === ruleId)
    expect(rest).toEqual([])
    expect({...message}).toMatchObject({
      ruleId,
      source: 'retext-counterside',
      actual: 'Congratulations on another great deal',
      expected: ['Thank you — your order is confirmed'],
      note: 'the customer learns they were somebody’s win, not the point',
      fatal: true,
      url: 'https://github.com/counterside/counterside/blob/main/docs/rules/seller-celebration.md'
    })
    expect(message?.reason).toBe(
      '“Congratulations on another great deal” celebrates the seller’s win: the customer learns they were somebody’s win, not the point. Write something like “Thank you — your order is confirmed”.'
    )
  })

  flagsEach(ruleId, [
    ['Cha-ching! Your total is $54.', 'Cha-ching', 1],
    ['Another order for the team!', 'Another order for the team', 1],
    ['Associate of the week: Priya!', 'Associate of the week', 1],
    ['Payment done. Store 12 just beat last week’s sales!', 'beat last week’s sales', 29],
    ['Ka-ching, another membership signed 🎉', 'Ka-ching', 1],
    ['Your receipt is below. Our store just hit its monthly target!', 'hit its monthly target', 39]
  ])

  it('hears a cheer in tone: a seller’s number with plainly positive words', () => {
    expect(flagged('Our sales numbers are amazing this month.', ruleId)).toEqual(['Our sales numbers are'])
    expect(flagged('Our sales team will call you tomorrow.', ruleId)).toEqual([])
  })

  it('hears an exclaimed achievement beside the seller’s side', () => {
    expect(flagged('Thanks for visiting! Our store just broke its weekly record!', ruleId)).toEqual(['Our store just broke its weekly record'])
    expect(flagged('Great choice! Our kitchen team won the city’s best burger award!', ruleId)).toEqual(['Our kitchen team won the city’s best burger award'])
    expect(flagged('Our kitchen team won the city’s best burger award.', ruleId)).toEqual([])
  })

  it('hears a cheer in emoji beside a seller’s gain', () => {
    expect(flagged('Thanks! Sam’s commission 💰', ruleId)).toEqual(['Sam’s commission'])
  })

  passesEach(ruleId, [
    'Congratulations on your new home!',
    'Congrats on your first 5k run!',
    'Thank you for your purchase.',
    'Great deal on TVs this weekend!',
    'Sale ends Sunday!',
    'Sales tax included.',
    'Sold out — back in June.',
    'Currency exchange with 0% commission — great rates!',
    'You reached your savings goal!',
    'Congratulations on another year with us — here is 10% off.',
    'Our sales team can help.',
    'Your item sold! 🎉',
    'Our biggest sale of the year starts now!',
    'Your order qualifies for a bonus gift!',
    'Your streak: 5 days in a row!'
  ])

  it('flags a team’s own contest names', () => {
    expect(flagged('Thanks for joining the Summer Slam!', ruleId, {rules: {[ruleId]: ['error', {terms: ['summer slam']}]}})).toEqual(['Summer Slam'])
    expect(flagged('Thanks for joining the Summer Slam!', ruleId)).toEqual([])
  })
})
