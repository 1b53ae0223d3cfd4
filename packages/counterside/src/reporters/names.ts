/**
 * The built-in `--format` names, and what else `--format` takes: without the
 * reporters themselves, so the command line can check `--format` and print
 * `--help` without loading them (a test holds `reporters` to these names).
 */
export const reporterNames = ['stylish', 'json', 'sarif', 'github', 'rdjson', 'checkstyle', 'junit', 'html'] as const

export type ReporterName = (typeof reporterNames)[number]

export function isReporterName(format: string): format is ReporterName {
  return (reporterNames as readonly string[]).includes(format)
}

/** Like ESLint, a name with a slash is a path; so is a name ending in .js, .mjs or .cjs. */
export function isFormatterPath(format: string): boolean {
  return /[\\/]/.test(format) || /\.[cm]?js$/.test(format)
}

export const formatChoices = `${reporterNames.join(', ')}, or a path to a formatter module (./my-formatter.js)`
