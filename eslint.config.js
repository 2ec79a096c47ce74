// Lint states the architecture (no-restricted-imports below; `npm run lint:cycles` adds no-cycles):
// - src/domain holds the types and ports; it imports only itself and node: builtins (no vendor types);
// - the core (src/) never imports adapters/, feeds/ or storage/, nor the CLI;
// - adapters/ import only src/domain from the core; what else they need is injected;
// - feeds/ and storage/ do not import each other or adapters/;
// - src/main.ts and src/cli/ are the two composition roots that wire everything together.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outward = ['**/adapters/**', '**/feeds/**', '**/storage/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/cli/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outward, message: 'The core (src/) must not import adapters/, feeds/ or storage/; wire them in src/main.ts.' },
            { group: ['**/cli/**'], message: 'src/cli is a composition root; the core must not depend on it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|node:)',
              message: 'src/domain imports only src/domain (./) and node: builtins: no vendor types, nothing outward.',
            },
          ],
        },
      ],
    },
  },
  {
    // The second composition root: like src/main.ts it may wire adapters/, feeds/ and storage/ into the
    // core, but it is not a place for test or tooling code, and nothing in src/ (except main.ts's App type
    // flowing the other way) imports it.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/**', '**/bench/**', '**/scripts/**'],
              message: 'src/cli wires the product; it must not import tests, benchmarks or scripts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['feeds/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**'], message: 'feeds/ must not depend on chat adapters.' },
            { group: ['**/storage/**'], message: 'feeds/ and storage/ must not import each other; the core connects them through ports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**'], message: 'storage/ must not depend on chat adapters.' },
            { group: ['**/feeds/**'], message: 'feeds/ and storage/ must not import each other; the core connects them through ports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/feeds/**', '**/storage/**'], message: 'Adapters talk to the core through its ports only.' },
            {
              regex: '(^|/)src/(?!domain/)',
              message: 'Adapters import only src/domain from the core; inject anything else from src/main.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
