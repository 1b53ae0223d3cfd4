/**
 * Type-level test, compiled by `tsc -p tsconfig.tests.json` (part of
 * `pnpm test`), never run: the shared configs must fit every config helper a
 * user may wrap them in. They once were typescript-eslint's
 * `FlatConfig.Config`, which `defineConfig` rejected with TS2322.
 */
import {defineConfig} from 'eslint/config'
import type {Linter} from 'eslint'
import {defineConfig as defineConfig9} from 'eslint9/config'
import type {Linter as Linter9} from 'eslint9'
import tseslint from 'typescript-eslint'
import counterside from '../src/index.js'

const {recommended, strict, all} = counterside.configs

// ESLint 10 and 9: `extends`, a plain entry, a spread with `files`.
export const eslint10 = defineConfig({extends: [counterside.configs.recommended]}, strict, {...all, files: ['**/*.tsx']})
export const eslint9 = defineConfig9({extends: [counterside.configs.recommended]}, strict, {...all, files: ['**/*.tsx']})
export const plain10: Linter.Config[] = [recommended, strict, all]
export const plain9: Linter9.Config[] = [recommended, strict, all]

// typescript-eslint's helper, which this repository's own eslint.config.js uses.
export const typescriptEslint = tseslint.config(recommended, {...strict, files: ['**/*.ts']})

// The configs reference the very plugin object users import.
export const samePlugin: typeof counterside.configs.recommended.plugins.counterside = counterside
