import {findPairs, type Pairing} from '../cooccurrence.js'
import {personCounts} from '../features/person.js'
import {sentencePolarity} from '../features/sentiment.js'
import {PhraseTable, type PhraseMatch, type TriggerPhrase} from '../phrase-table.js'
import {achievements, celebrations, cheers, sellerSide, sellerWins} from '../phrases/seller-celebration.js'
import type {Rule} from '../rule.js'
import type {SentenceView} from '../views.js'

const celebrationTable = new PhraseTable('seller-celebration', celebrations)
const cheered: Pairing = {
  primary: new PhraseTable('seller-celebration wins', sellerWins),
  secondary: new PhraseTable('seller-celebration cheers', cheers),
  window: 6
}
const achieved: Pairing = {
  primary: new PhraseTable('seller-celebration achievements', achievements),
  secondary: new PhraseTable('seller-celebration seller side', sellerSide),
  window: 6
}

// Emoji that cheer money or a party; 🎉 alone after “your order” is fine, so
// these only count beside a seller's win.
const cheerEmoji = /[💰💸🤑🍾🎉🎊🥳🔔🏆🙌🍻🥂⭐🏅]/u
const stackedBangs = /!{2,}/

// AFINN-165 polarity from which a sentence reads as celebrating (“amazing”
// is 4; “help” alone is 2 and must not turn “our sales team can help” into a cheer).
const celebratoryPolarity = 3

export const rule: Rule = {
  meta: {
    id: 'seller-celebration',
    description: 'The seller celebrating its own win (a sale, a target, a commission) in front of the customer',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” celebrates the seller’s win`,
    advice: 'Celebrate what the customer gets, or say nothing',
    acceptsTerms: true
  },
  triggers: {phrases: [...celebrationTable.triggers(), ...cheered.primary.triggers(), ...pairTriggers(achieved)]},
  tables: [celebrationTable, cheered.primary, cheered.secondary, achieved.primary, achieved.secondary],
  check(context) {
    const sentences = context.paragraph.sentences
    for (const [index, sentence] of sentences.entries()) {
      const found = celebrationTable.find(sentence)
      const previous = sentences[index - 1]
      const wins = found.length > 0 ? found : cheeredWins(sentence, previous !== undefined && isInterjection(previous))
      for (const match of wins.length > 0 ? wins : exclaimedAchievements(sentence)) context.reportMatch(sentence, match)
    }
  }
}

/**
 * Pre-filter phrases for a pairing: any primary word together with every
 * required slot of one secondary pattern, so a bare “target” in ordinary
 * text is not enough to parse it.
 */
function pairTriggers(pairing: Pairing): TriggerPhrase[] {
  const primaryWords = new Set(pairing.primary.triggers().flatMap((slots) => slots.flatMap((slot) => [...slot])))
  return pairing.secondary.triggers().map((slots) => [primaryWords, ...slots])
}

/** An achievement beside the seller's side, exclaimed: “That puts our branch top of the league!” */
function exclaimedAchievements(sentence: SentenceView): PhraseMatch[] {
  if (!sentence.marks.some((mark) => mark.value.includes('!') || cheerEmoji.test(mark.value))) return []
  return findPairs(sentence, achieved)
}

/** A cheer standing alone before the win: “Boom! That's sale number 40.” */
function isInterjection(sentence: SentenceView): boolean {
  return sentence.words.length <= 2 && cheered.secondary.find(sentence).length > 0
}

/** A seller's gain with a cheer beside it: a cheering word, or, with no “you” in the sentence, an emoji or a plainly positive tone. */
function cheeredWins(sentence: SentenceView, afterCheer: boolean): PhraseMatch[] {
  const paired = findPairs(sentence, cheered)
  if (paired.length > 0) return paired
  const wins = cheered.primary.find(sentence)
  if (wins.length === 0) return []
  if (afterCheer) return wins
  // A “you” in the sentence makes the gain the customer's (“Your item sold 🎉”).
  if (personCounts(sentence).second > 0) return []
  const cheering = sentence.marks.some((mark) => cheerEmoji.test(mark.value) || stackedBangs.test(mark.value)) || sentencePolarity(sentence.node) >= celebratoryPolarity
  return cheering ? wins : []
}
