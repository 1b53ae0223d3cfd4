/**
 * How deep a catalog may nest. Real catalogs nest a handful of levels; a
 * file thousands deep is generated or hostile, and parsing it recursively
 * would overflow the stack. Past the limit the file is refused with a clear
 * message instead (serde_json draws the same line, at the same depth).
 */
import {InputError} from '../input-error.js'

export const maxNesting = 128

export function tooDeep(format: string, offset: number): InputError {
  return new InputError(`${format} nested deeper than ${maxNesting} levels`, {offset}, `counterside reads catalogs up to ${maxNesting} levels deep; flatten the keys, or add the file to .countersideignore if it is not a catalog`)
}
