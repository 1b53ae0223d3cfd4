/**
 * The JSON Schema of the config file (JSON and YAML forms), derived from
 * the same description as the validator, so editors complete and check
 * every key and rule id. `scripts/generate-schema.js` writes it to
 * `schema/counterside.schema.json`.
 */
import {toJsonSchema} from '@counterside/core'
import {cliConfigField} from './cli-config.js'

export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/counterside/counterside/blob/main/packages/counterside/schema/counterside.schema.json',
    title: 'counterside config',
    ...toJsonSchema(cliConfigField)
  }
}
