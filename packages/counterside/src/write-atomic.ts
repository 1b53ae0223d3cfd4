/** Reports and baselines are written to a temporary file and renamed, so a reader never sees half a file. */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'

export function writeFileAtomic(filePath: string, content: string): void {
  mkdirSync(path.dirname(filePath), {recursive: true})
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, filePath)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
