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
  if (shouts(sentence)) return sentenceCase(words, false)
  // “Invalid Filter Data”: a label in Title Case, whose words are common nouns mid-sentence.
  if (titleCase(sentence)) return words.replace(/\b\p{Lu}\p{Ll}+\b/gu, (word) => word.toLowerCase())
  return lowerFirst(words)
}

/** Whether every word of `sentence` is capitalised, and there are two or more. */
function titleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word))
}
