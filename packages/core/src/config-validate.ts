/**
 * The validator read off a field description: every problem is a
 * ConfigError at a key path (`rules.sales-jargon[1].terms[0]`), and the
 * value comes back normalised (aliases to their values, single items to
 * lists) without touching the input: an object no alias changed is
 * returned as it came.
 */
import type {AnyOfField, ArrayField, EnumField, Field, Infer, ObjectField, RecordField, TupleField} from './config-schema.js'

/** A configuration problem, with where it is (`rules.sales-jargon[1].allow`). */
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly key: string
  readonly problem: string

  constructor(key: string, problem: string, source?: string) {
    super(`${source ? `${source}: ` : ''}invalid config at \`${key}\`: ${problem}`)
    this.key = key
    this.problem = problem
  }
}

/** Check an untrusted value against `field`; `source` names the file in error messages. */
export function validateField<F extends Field>(field: F, value: unknown, source?: string): Infer<F> {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(key || '(root)', problem, source)
  }

  return check(field, value, '', fail) as Infer<F>
}

type Fail = (key: string, problem: string) => never

function check(field: Field, value: unknown, key: string, fail: Fail): unknown {
  switch (field.kind) {
    case 'boolean': {
      if (typeof value !== 'boolean') fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
      return value
    }

    case 'number': {
      const inRange = typeof value === 'number' && !Number.isNaN(value) && (field.minimum === undefined || value >= field.minimum) && (field.maximum === undefined || value <= field.maximum)
      if (!inRange) fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
      return value
    }

    case 'string': {
      if (typeof value !== 'string' || (field.nonEmpty && value.trim() === '')) fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
      const problem = field.check?.(value as string)
      if (problem) fail(key, problem)
      return value
    }

    case 'enum': return checkEnum(field, value, key, fail)
    case 'array': return checkArray(field, value, key, fail)
    case 'object': return checkObject(field, value, key, fail)
    case 'record': return checkRecord(field, value, key, fail)
    case 'tuple': return checkTuple(field, value, key, fail)
    case 'anyOf': return checkAnyOf(field, value, key, fail)
  }
}

function checkEnum(field: EnumField, value: unknown, key: string, fail: Fail): unknown {
  if (typeof value === 'string' && field.values.includes(value)) return value
  const alias = typeof value === 'number' ? field.aliases?.[value] : undefined
  if (alias !== undefined) return alias
  const allowed = allowedValues(field).join(', ')
  return fail(key, field.invalid ? field.invalid(value, allowed) : `${describe(value)} is not allowed; expected one of: ${allowed}`)
}

function checkArray(field: ArrayField, value: unknown, key: string, fail: Fail): unknown {
  if (!Array.isArray(value)) {
    if (field.single && fits(field.items, value)) return [check(field.items, value, key, fail)]
    return fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
  }

  return mapChanged(value, (item, index) => check(field.items, item, `${key}[${index}]`, fail))
}

function checkObject(field: ObjectField, value: unknown, key: string, fail: Fail): unknown {
  if (!isRecord(value)) return fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
  const names = Object.keys(field.properties)
  for (const name of Object.keys(value)) {
    const refusal = field.refused?.[name]
    if (refusal) fail(join(key, name), refusal)
    if (!names.includes(name)) fail(join(key, name), `unknown ${field.noun ?? 'key'}; expected one of: ${names.join(', ')}`)
  }

  for (const name of field.required ?? []) {
    if (value[name] === undefined) fail(join(key, name), `missing; expected ${expectedOf(field.properties[name]!)}`)
  }

  if (field.requireOneOf && field.requireOneOf.keys.every((name) => value[name] === undefined)) fail(key, field.requireOneOf.problem)
  return assignChanged(value, (name, item) => (item === undefined ? item : check(field.properties[name]!, item, join(key, name), fail)))
}

function checkRecord(field: RecordField, value: unknown, key: string, fail: Fail): unknown {
  if (!isRecord(value)) return fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
  const known = field.keys?.names()
  if (known) {
    for (const name of Object.keys(value)) {
      if (!known.includes(name)) fail(join(key, name), `unknown ${field.keys!.noun}; expected one of: ${known.join(', ')}`)
    }
  }

  return assignChanged(value, (name, item) => check(field.keys ? field.keys.fieldFor(name) : field.values, item, join(key, name), fail))
}

function checkTuple(field: TupleField, value: unknown, key: string, fail: Fail): unknown {
  if (!Array.isArray(value) || value.length < field.minItems || value.length > field.items.length) {
    return fail(key, `expected ${expectedOf(field)}, got ${describe(value)}`)
  }

  return mapChanged(value, (item, index) => check(field.items[index]!, item, `${key}[${index}]`, fail))
}

function checkAnyOf(field: AnyOfField, value: unknown, key: string, fail: Fail): unknown {
  const option = field.options.find((candidate) => fits(candidate, value))
  if (option) return check(option, value, key, fail)
  // Nothing fits: the first option's own message is the most specific ("… is not a severity").
  if (field.expected) return fail(key, `expected ${field.expected}, got ${describe(value)}`)
  return check(field.options[0]!, value, key, fail)
}

/** Whether a value is of the kind a field takes, so anyOf can pick the option to explain. */
function fits(field: Field, value: unknown): boolean {
  switch (field.kind) {
    case 'boolean':
    case 'number':
    case 'string': return typeof value === field.kind
    case 'enum': return typeof value === 'string' || (typeof value === 'number' && field.aliases !== undefined)
    case 'array': return Array.isArray(value) || (field.single === true && fits(field.items, value))
    case 'tuple': return Array.isArray(value)
    case 'object':
    case 'record': return isRecord(value)
    case 'anyOf': return field.options.some((option) => fits(option, value))
  }
}

export function allowedValues(field: EnumField): Array<string | number> {
  return [...field.values, ...Object.keys(field.aliases ?? {}).map(Number)]
}

/** The words after "expected" for a field. */
export function expectedOf(field: Field): string {
  if (field.expected) return field.expected
  switch (field.kind) {
    case 'boolean': return '`true` or `false`'
    case 'number': return field.minimum !== undefined && field.maximum !== undefined ? `a number from ${field.minimum} to ${field.maximum}` : 'a number'
    case 'string': return field.nonEmpty ? 'a non-empty string' : 'a string'
    case 'enum': return `one of: ${allowedValues(field).join(', ')}`
    case 'array': return field.items.kind === 'string' ? 'an array of strings' : 'an array'
    case 'object':
    case 'record': return 'an object'
    case 'tuple': return `an array of ${field.minItems} to ${field.items.length} items`
    case 'anyOf': return field.options.map(expectedOf).join(' or ')
  }
}

function mapChanged(items: readonly unknown[], map: (item: unknown, index: number) => unknown): readonly unknown[] {
  const mapped = items.map(map)
  return mapped.every((item, index) => item === items[index]) ? items : mapped
}

function assignChanged(record: Record<string, unknown>, map: (name: string, item: unknown) => unknown): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined
  for (const [name, item] of Object.entries(record)) {
    const next = map(name, item)
    if (next !== item) (copy ??= {...record})[name] = next
  }

  return copy ?? record
}

function join(key: string, name: string): string {
  return key ? `${key}.${name}` : name
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : String(value)
}
