/**
 * Invariants over every package.json and package readme, so a new package
 * or field cannot slip out unpublishable: metadata npm shows, the LICENSE
 * copies, peers instead of pinned toolchains, and readme links that still
 * work on npm. Fast and without a build; `package.test.ts` packs and
 * installs for real.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join, posix} from 'node:path'
import {describe, expect, it} from 'vitest'
import {publicPackages, repoRoot, workspaceGlobs, workspacePackages, type PackageManifest} from './packaging/workspace-packages.js'

const repository = 'https://github.com/counterside/counterside'
const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8')
const root = JSON.parse(read('package.json')) as PackageManifest
const license = read('LICENSE')

/** The toolchains a user's project already has: a package takes them as peers, never as its own copy. */
const sharedToolchain = (name: string): boolean => ['eslint', 'typescript', 'typescript-eslint'].includes(name) || name.startsWith('@typescript-eslint/')
/** `1.2.3`: an exact pin; ranges, tags and `workspace:` are not. */
const exactVersion = (spec: string): boolean => /^=?v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(spec)

describe('workspace', () => {
  it('lists the same package folders as pnpm-workspace.yaml', () => {
    const globs = [...read('pnpm-workspace.yaml').matchAll(/^\s*-\s*['"]?([^'"\s]+)\/\*['"]?\s*$/gm)].map((match) => match[1])
    expect(globs).toEqual([...workspaceGlobs])
  })

  it('publishes exactly the five public packages; the lab, the catalogs and the examples are private', () => {
    expect(publicPackages().map((item) => item.dir)).toEqual([
      'packages/core',
      'packages/counterside',
      'packages/counterside-language-server',
      'packages/eslint-plugin-counterside',
      'packages/retext-counterside'
    ])
    expect(root.private).toBe(true)
  })

  it('has a root LICENSE: MIT, Counterside contributors, 2026', () => {
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Counterside contributors\n/)
  })
})

describe.each([{dir: '.', manifest: root}, ...workspacePackages()])('$dir/package.json', ({dir, manifest}) => {
  it('says where the code, the homepage and the issues are, and which Node it needs', () => {
    expect(manifest.repository).toEqual({type: 'git', url: `git+${repository}.git`, ...(dir === '.' ? {} : {directory: dir})})
    expect(manifest.homepage).toBe(dir === '.' ? `${repository}#readme` : `${repository}/tree/main/${dir}#readme`)
    expect(manifest.bugs).toBe(`${repository}/issues`)
    expect(manifest.engines?.node).toBe('>=20.19')
  })
})

describe.each(publicPackages())('$dir (public)', ({dir, manifest}) => {
  it('has the metadata npm shows', () => {
    expect(manifest.license).toBe('MIT')
    expect(manifest.description).toMatch(/\w{3}/)
    expect(manifest.keywords?.length).toBeGreaterThan(2)
  })

  it('ships LICENSE, a byte-for-byte copy of the root one', () => {
    expect(manifest.files).toContain('LICENSE')
    expect(read(`${dir}/LICENSE`)).toBe(license)
    expect(existsSync(join(repoRoot, dir, 'readme.md'))).toBe(true)
  })

  it('maps every export to its types first, then its code, inside the shipped files', () => {
    const exports = Object.entries(manifest.exports ?? {})
    expect(exports.length).toBeGreaterThan(0)
    for (const [subpath, target] of exports) {
      if (subpath === './package.json') continue
      expect(Object.keys(target as object), subpath).toEqual(['types', 'default'])
      for (const file of Object.values(target as Record<string, string>)) {
        expect(manifest.files?.some((shipped) => posix.normalize(file).startsWith(`${shipped}/`)), `${subpath}: ${file}`).toBe(true)
      }
    }
  })

  it('declares whether importing it has side effects (libraries)', () => {
    if (manifest.bin) return // the CLI runs when started; its library entry is not tree-shaken anyway
    expect(manifest.sideEffects).toBe(false)
  })

  it('takes shared toolchains as peer ranges, never as pinned dependencies', () => {
    const dependencies = Object.entries(manifest.dependencies ?? {})
    expect(dependencies.filter(([name]) => sharedToolchain(name))).toEqual([])
    const pinned = [...dependencies, ...Object.entries(manifest.peerDependencies ?? {})].filter(([, spec]) => exactVersion(spec))
    expect(pinned).toEqual([])
    // The repository's own tests still run on a pinned copy of each peer.
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) expect(manifest.devDependencies?.[peer], peer).toBeDefined()
  })
})

describe('eslint-plugin-counterside peers', () => {
  it('accepts ESLint 9 and 10 and any typescript-eslint 8', () => {
    const plugin = publicPackages().find((item) => item.manifest.name === 'eslint-plugin-counterside')
    expect(plugin?.manifest.peerDependencies).toEqual({'@typescript-eslint/utils': '^8.0.0', eslint: '^9.0.0 || ^10.0.0'})
  })
})

/** Link targets in Markdown: inline `[text](target)` and `[label]: target` definitions. */
function linkTargets(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!)
  const definitions = [...markdown.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1]!)
  return [...inline, ...definitions]
}

describe.each(publicPackages())('$dir/readme.md links', ({dir}) => {
  const targets = linkTargets(read(`${dir}/readme.md`))

  it('has no relative link that leaves the package (npm shows the readme without the repository)', () => {
    const leaving = targets.filter((target) => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith('#')).filter((target) => posix.normalize(posix.join(dir, target.split('#')[0]!)).startsWith(`${dir}/`) === false)
    expect(leaving).toEqual([])
  })

  it('links only to files that exist in the repository', () => {
    const prefix = /^https:\/\/github\.com\/counterside\/counterside\/(?:blob|tree)\/main\/([^#?]+)/
    const missing = targets.flatMap((target) => prefix.exec(target)?.[1] ?? []).filter((path) => !existsSync(join(repoRoot, path)))
    expect(missing).toEqual([])
  })
})
