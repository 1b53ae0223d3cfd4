/**
 * A noun phrase as a template fills it in. From a shouting sentence
 * (“YOU ENTERED THE WRONG EMAIL ADDRESS”) the words come in lower case, as
 * the shouting rewrite would write them (PIN, IBAN, VAT kept): a calm
 * template around a shouted noun would only move the shouting.
 */
import {lowerFirst} from './grammar.js'
import {sentenceCase} from './shouting.js'

/** Whether `sentence` is written in capitals throughout: no lower-case letter, two or more capitalised words. */
export function shouts(sentence: string): boolean {
  return !/\p{Ll}/u.test(sentence) && (sentence.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2
}

/** `words` in the case a template needs mid-sentence, read against the `sentence` they came from. */
export function filledNoun(words: string, sentence: string): string {
  return shouts(sentence) ? sentenceCase(words, false) : lowerFirst(words)
}
