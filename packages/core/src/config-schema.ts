/**
 * A small declarative description of a config shape. Each key says its type,
 * allowed values, description and default once; the validator
 * (config-validate.ts), the JSON Schema (config-json-schema.ts) and the
 * TypeScript types (`Infer` below) are all read off it, so they cannot
 * drift apart.
 */

interface Documented {
  /** Shown in editors (JSON Schema) and in docs. */
  readonly description?: string
  /** The value used when the key is absent; `--print-config` shows it. */
  readonly default?: unknown
  /** What a wrong value should have been, for "expected …, got …" (`an array of phrases`). */
  readonly expected?: string
}

export interface BooleanField extends Documented {
  readonly kind: 'boolean'
}

export interface NumberField extends Documented {
  readonly kind: 'number'
  readonly minimum?: number
  readonly maximum?: number
}

export interface StringField extends Documented {
  readonly kind: 'string'
  readonly nonEmpty?: boolean
  /**
   * A check JSON Schema cannot state (the phrase pattern language); the
   * validator runs it, editors do not.
   */
  readonly check?: (value: string) => string | undefined
}

export interface EnumField extends Documented {
  readonly kind: 'enum'
  readonly values: readonly string[]
  /** Other spellings accepted and normalised to a value (`2` → `error`). */
  readonly aliases?: Readonly<Record<number, string>>
  /** The problem for a value that is not allowed, given the value and the allowed list. */
  readonly invalid?: (value: unknown, allowed: string) => string
}

export interface ArrayField extends Documented {
  readonly kind: 'array'
  readonly items: Field
  /** A single item is accepted for a one-item list (`"files": "*.md"`). */
  readonly single?: boolean
}

export interface ObjectField extends Documented {
  readonly kind: 'object'
  readonly properties: Readonly<Record<string, Field>>
  readonly required?: readonly string[]
  /** At least one of these keys must be present, with the problem otherwise. */
  readonly requireOneOf?: {readonly keys: readonly string[]; readonly problem: string}
  /** What the keys are called in "unknown key" messages. */
  readonly noun?: 'key' | 'option' | 'field'
  /** Keys known but refused here, with why (`terms` on a rule that takes none). */
  readonly refused?: Readonly<Record<string, string>>
}

export interface RecordField extends Documented {
  readonly kind: 'record'
  readonly values: Field
  /** A closed set of keys (rule ids), each with its own field; absent means any key. */
  readonly keys?: {
    readonly names: () => readonly string[]
    readonly fieldFor: (name: string) => Field
    readonly noun: string
  }
}

export interface TupleField extends Documented {
  readonly kind: 'tuple'
  readonly items: readonly Field[]
  readonly minItems: number
}

export interface AnyOfField extends Documented {
  readonly kind: 'anyOf'
  /** Tried in order; the first whose kind fits the value decides. */
  readonly options: readonly Field[]
}

export type Field = BooleanField | NumberField | StringField | EnumField | ArrayField | ObjectField | RecordField | TupleField | AnyOfField

/**
 * The TypeScript type a field describes. `input` is what a user may write
 * (aliases, single items); `output` is what the validator returns.
 */
export type Infer<F, M extends 'input' | 'output' = 'output'> =
  F extends {readonly kind: 'boolean'} ? boolean
  : F extends {readonly kind: 'number'} ? number
  : F extends {readonly kind: 'string'} ? string
  : F extends {readonly kind: 'enum'; readonly values: readonly (infer V)[]} ? V | (M extends 'input' ? AliasKeys<F> : never)
  : F extends {readonly kind: 'array'; readonly items: infer I} ? ReadonlyArray<Infer<I, M>> | (M extends 'input' ? (F extends {readonly single: true} ? Infer<I, M> : never) : never)
  : F extends {readonly kind: 'object'; readonly properties: infer P} ? InferObject<P, F extends {readonly required: readonly (infer R)[]} ? R : never, M>
  : F extends {readonly kind: 'record'; readonly values: infer V} ? Readonly<Record<string, Infer<V, M>>>
  : F extends {readonly kind: 'tuple'; readonly items: infer T} ? NonEmptyPrefixes<InferTuple<T, M>>
  : F extends {readonly kind: 'anyOf'; readonly options: readonly (infer O)[]} ? Infer<O, M>
  : never

type AliasKeys<F> = F extends {readonly aliases: infer A} ? keyof A : never

type InferObject<P, R, M extends 'input' | 'output'> = Simplify<
  {readonly [K in keyof P as K extends R ? K : never]: Infer<P[K], M>} & {readonly [K in keyof P as K extends R ? never : K]?: Infer<P[K], M>}
>

type Simplify<T> = {[K in keyof T]: T[K]} & {}

type InferTuple<T, M extends 'input' | 'output'> = {readonly [K in keyof T]: Infer<T[K], M>}

type NonEmptyPrefixes<T> = T extends readonly [] ? never : T extends readonly [...infer Init, unknown] ? T | NonEmptyPrefixes<Readonly<Init>> : never

/** The defaults of an object's keys, for a config printed in full. */
export function defaultsOf(field: ObjectField): Record<string, unknown> {
  return Object.fromEntries(Object.entries(field.properties).flatMap(([key, value]) => (value.default === undefined ? [] : [[key, value.default]])))
}
