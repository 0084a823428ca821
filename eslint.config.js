// @ts-check
/**
 * ESLint with typed rules: typescript-eslint's recommended type-checked set
 * over the TypeScript (the project's tsconfig gives the types) and
 * eslint-plugin-astro's over the .astro files. `npm run lint` runs it with
 * --max-warnings 0, and so does `npm test` (tests/lint.test.ts).
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['.cache/', 'dist/', '.dist-*/', '.test-site/', '.astro/', 'content/', 'node_modules/', 'screenshots/', 'public/', 'scripts/bench-floor/.astro/', 'scripts/bench-floor/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // a leading underscore names what a destructuring leaves out on purpose ({ reportHtml: _html, ...listed })
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'], projectService: false, project: true } },
    rules: {
      // the Astro parser types template expressions (<li>…</li> in a .map) and types imported
      // from other .astro files as any: these rules would flag every list, not unsafe code
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      // tests read JSON files and use expect.any(): values typed any on purpose, checked by the assertions
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // vitest callbacks and loader stubs are async by contract, with or without an await
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['src/scripts/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
);
