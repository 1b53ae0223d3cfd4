/**
 * The JSON Schema (draft-07, what editors and ESLint's option validation
 * read) of a field description. Checks only the validator can make (the
 * phrase pattern language, references between keys) are left out.
 */
import type {Field} from './config-schema.js'
import {allowedValues} from './config-validate.js'

export type JsonSchema = Record<string, unknown>

export function toJsonSchema(field: Field): JsonSchema {
  const documented = {
    ...(field.description === undefined ? {} : {description: field.description}),
    ...(field.default === undefined ? {} : {default: field.default})
  }
  return {...shapeOf(field), ...documented}
}

function shapeOf(field: Field): JsonSchema {
  switch (field.kind) {
    case 'boolean': return {type: 'boolean'}
    case 'number': return {type: 'number', ...(field.minimum === undefined ? {} : {minimum: field.minimum}), ...(field.maximum === undefined ? {} : {maximum: field.maximum})}
    // `\S`: the validator's "non-empty" means more than white space.
    case 'string': return {type: 'string', ...(field.nonEmpty ? {pattern: '\\S'} : {})}
    case 'enum': return {enum: allowedValues(field)}
    case 'array': {
      const list = {type: 'array', items: toJsonSchema(field.items)}
      return field.single ? {anyOf: [toJsonSchema(field.items), list]} : list
    }

    case 'object': return {
      type: 'object',
      additionalProperties: false,
      ...(field.required?.length ? {required: field.required} : {}),
      ...(field.requireOneOf ? {anyOf: field.requireOneOf.keys.map((key) => ({required: [key]}))} : {}),
      properties: Object.fromEntries(Object.entries(field.properties).map(([key, value]) => [key, toJsonSchema(value)]))
    }

    case 'record': return field.keys
      ? {type: 'object', additionalProperties: false, properties: Object.fromEntries(field.keys.names().map((name) => [name, toJsonSchema(field.keys!.fieldFor(name))]))}
      : {type: 'object', additionalProperties: toJsonSchema(field.values)}

    case 'tuple': return {type: 'array', items: field.items.map(toJsonSchema), additionalItems: false, minItems: field.minItems, maxItems: field.items.length}
    case 'anyOf': return {anyOf: field.options.map(toJsonSchema)}
  }
}
