/**
 * ICU MessageFormat structure: each plural/select branch is linted inside
 * its sentence ("Please wait for {n, plural, one {a manager} other
 * {managers}}" gives two variants), and tags are dropped. Placeholders
 * (`{name}`, `#`, `{{name}}`, `%s`…) stay in the units as written: core
 * reads them as values
 * (`placeholders: 'values'`), so its suggestions can keep them. Every
 * character maps back onto its source.
 */
import {maskNonIcuPlaceholders} from '@counterside/core'
import {parse, TYPE, type MessageFormatElement} from '@formatjs/icu-messageformat-parser'
import {align} from '../align.js'
import {UnitBuilder, verbatimUnit, type Offsets, type TextUnit} from '../units.js'

const maxVariants = 8

/** An argument with a plural or select type: the message means to be ICU. */
const icuArgument = /\{\s*[\w-]+\s*,\s*(?:plural|selectordinal|select)\s*,/

/** A message that uses ICU plural/select syntax but does not parse. */
export class IcuSyntaxError extends Error {
  override name = 'IcuSyntaxError'
  /** Where in the message the parser stopped. */
  readonly offset: number

  constructor(message: string, offset: number) {
    super(message)
    this.offset = offset
  }
}

export interface MessageUnitsOptions {
  /**
   * Throw an `IcuSyntaxError` for a message with a plural or select argument
   * that does not parse: its branches would otherwise be linted as one
   * run of words, or not at all.
   */
  readonly strict?: boolean
}

/** Units of one catalog message; offsets point into `message`. */
export function messageUnits(message: string, key?: string, options: MessageUnitsOptions = {}): TextUnit[] {
  // What the parser reads: placeholders of other syntaxes (`{{name}}`, `%{name}`) would break it; offsets are kept.
  const parsed = maskNonIcuPlaceholders(message)
  if (!/[{<]/.test(parsed)) return [verbatimUnit(message, 0, key)]
  let elements: MessageFormatElement[]
  try {
    elements = parse(parsed, {captureLocation: true, requiresOtherClause: false})
  } catch (error) {
    const kind = (error as Error).message
    // Tags are HTML to most catalogs (`<br>`), not ICU syntax; they fall back with the rest.
    if (options.strict && icuArgument.test(parsed) && !kind.includes('TAG')) {
      throw new IcuSyntaxError(describe(kind), (error as {location?: {start: {offset: number}}}).location?.start.offset ?? 0)
    }

    // Not ICU (`{0}`, a stray `<`): one unit as written.
    return [verbatimUnit(message, 0, key)]
  }

  const units: TextUnit[] = []
  const seen = new Set<string>()
  const count = Math.min(variantCount(elements), maxVariants)
  for (let variant = 0; variant < count; variant++) {
    const builder = new UnitBuilder()
    emit(elements, variant, builder, {message, parsed})
    const unit = builder.build(key)
    if (seen.has(unit.text)) continue
    seen.add(unit.text)
    units.push(unit)
  }

  return units
}

/** The parser's error kind (`EXPECT_ARGUMENT_CLOSING_BRACE`) in words. */
function describe(kind: string): string {
  const known: Record<string, string> = {
    EXPECT_ARGUMENT_CLOSING_BRACE: 'a `{` is not closed',
    EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural argument has no branches',
    EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select argument has no branches',
    EXPECT_PLURAL_ARGUMENT_OPTIONS: 'a plural argument has no branches',
    EXPECT_SELECT_ARGUMENT_OPTIONS: 'a select argument has no branches',
    INVALID_PLURAL_ARGUMENT_SELECTOR: 'a plural branch is not `zero`, `one`, `two`, `few`, `many`, `other` or `=n`',
    DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'a plural branch appears twice',
    DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'a select branch appears twice',
    MALFORMED_ARGUMENT: 'an argument is malformed (a `{` or `}` is missing or extra)'
  }
  return known[kind] ?? kind.toLowerCase().replaceAll('_', ' ')
}

/** The message as written, and as the parser read it (the same length). */
interface Source {
  readonly message: string
  readonly parsed: string
}

function emit(elements: readonly MessageFormatElement[], variant: number, builder: UnitBuilder, source: Source): void {
  for (const element of elements) {
    const start = element.location?.start.offset ?? 0
    const end = element.location?.end.offset ?? start
    switch (element.type) {
      case TYPE.literal: {
        const {starts, ends} = align(element.value, source.parsed.slice(start, end), start)
        builder.pushMapped(asWritten(element.value, starts, source), starts, ends)
        break
      }

      case TYPE.pound: {
        // The count, a value like an argument: kept for core to read as one.
        builder.pushVerbatim('#', start)
        break
      }

      case TYPE.select:
      case TYPE.plural: {
        const options = Object.values(element.options)
        const chosen = options[variant % options.length]
        if (chosen) emit(chosen.value, variant, builder, source)
        break
      }

      case TYPE.tag: {
        emit(element.children, variant, builder, source)
        break
      }

      default: {
        // An argument, number, date or time: a value, kept as written for core to read as one.
        builder.pushVerbatim(source.message.slice(start, end), start)
      }
    }
  }
}

/** A literal's text with the placeholders the parser did not see put back (each masked character is one of the literal's). */
function asWritten(value: string, starts: Offsets, {message, parsed}: Source): string {
  if (message === parsed) return value
  let text = ''
  for (let index = 0; index < value.length; index++) {
    const at = starts[index]!
    text += parsed[at] === message[at] ? value[index] : message[at]
  }

  return text
}

function variantCount(elements: readonly MessageFormatElement[]): number {
  let count = 1
  for (const element of elements) {
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      const options = Object.values(element.options)
      count = Math.max(count, options.length, ...options.map((option) => variantCount(option.value)))
    } else if (element.type === TYPE.tag) {
      count = Math.max(count, variantCount(element.children))
    }
  }

  return count
}
