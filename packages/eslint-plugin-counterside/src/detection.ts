/**
 * The resolved answer to “where are strings found?” for one combination of
 * settings and rule options. Memoized, so every rule of a file with the
 * same options shares one object, and the per-file cache is shared with it.
 */
import picomatch from 'picomatch'
import {compileCalleePatterns} from './callee-pattern.js'
import {
  defaultAttributes,
  defaultCallees,
  defaultInlineElements,
  defaultInternalCallees,
  defaultMessageProperties,
  type DetectionOptions,
  type RuleOptions,
  type Settings
} from './options.js'

export type Surface = 'customer' | 'staff'

export interface Detection {
  readonly checkAllStrings: boolean
  readonly attributes: ReadonlySet<string>
  readonly messageProperties: ReadonlySet<string>
  readonly isCallee: (name: string) => boolean
  readonly isInternalCallee: (name: string) => boolean
  /** JSX element names that continue a sentence (`b`, `a`, `Trans`), by full name. */
  readonly isInlineElement: (name: string) => boolean
  /** Component names mapped to their surface; empty when no surfaces are set. */
  readonly surfaceComponents: ReadonlyMap<string, Surface>
  /** The surface a file's path (relative to the working directory) puts it on, if any; undefined when no globs are set. */
  readonly surfaceOfFile: ((relativePath: string) => Surface | undefined) | undefined
}

const byKey = new Map<string, Detection>()
const byIdentity = new WeakMap<object, WeakMap<object, Detection>>()

export function resolveDetection(settings: Settings, options: RuleOptions): Detection {
  let forSettings = byIdentity.get(settings)
  if (!forSettings) byIdentity.set(settings, (forSettings = new WeakMap()))
  let detection = forSettings.get(options)
  if (detection) return detection

  const merged = {
    checkAllStrings: options.checkAllStrings ?? settings.checkAllStrings ?? false,
    attributes: union(defaultAttributes, settings.attributes, options.attributes),
    callees: union(defaultCallees, settings.callees, options.callees),
    messageProperties: union(defaultMessageProperties, settings.messageProperties, options.messageProperties),
    internalCallees: union(defaultInternalCallees, settings.internalCallees, options.internalCallees),
    inlineElements: union(defaultInlineElements, settings.inlineElements, options.inlineElements),
    surfaces: settings.surfaces ?? {}
  }
  const key = JSON.stringify(merged)
  detection = byKey.get(key)
  if (!detection) {
    detection = build(merged)
    byKey.set(key, detection)
  }

  forSettings.set(options, detection)
  return detection
}

function build(merged: Required<Omit<DetectionOptions, 'checkAllStrings'>> & {checkAllStrings: boolean; surfaces: NonNullable<Settings['surfaces']>}): Detection {
  const surfaceComponents = new Map<string, Surface>()
  for (const name of merged.surfaces.staff?.components ?? []) surfaceComponents.set(name, 'staff')
  for (const name of merged.surfaces.customer?.components ?? []) surfaceComponents.set(name, 'customer')
  const customerFiles = globMatcher(merged.surfaces.customer?.files)
  const staffFiles = globMatcher(merged.surfaces.staff?.files)
  const hasFileGlobs = Boolean(merged.surfaces.customer?.files?.length || merged.surfaces.staff?.files?.length)
  return {
    checkAllStrings: merged.checkAllStrings,
    attributes: new Set(merged.attributes),
    messageProperties: new Set(merged.messageProperties),
    isCallee: compileCalleePatterns(merged.callees),
    isInternalCallee: compileCalleePatterns(merged.internalCallees),
    isInlineElement: compileCalleePatterns(merged.inlineElements),
    surfaceComponents,
    // A file listed as both is treated as customer-facing: more rules, not fewer.
    surfaceOfFile: hasFileGlobs ? (path) => (customerFiles(path) ? 'customer' : staffFiles(path) ? 'staff' : undefined) : undefined
  }
}

function globMatcher(globs: readonly string[] | undefined): (path: string) => boolean {
  if (!globs || globs.length === 0) return () => false
  return picomatch([...globs], {dot: true})
}

function union(...lists: Array<readonly string[] | undefined>): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))]
}
