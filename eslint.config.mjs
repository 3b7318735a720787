// ESLint: TypeScript rules, Lit's and web components' rules, and lit-a11y for the templates.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

/** What src/ may not import: the DOM layer and Lit. */
export const layerPatterns = [
  { group: ['**/components/**'], message: 'src/ must not import components/' },
  { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*'], message: 'src/ knows no Lit: that is components/' },
];
const amplifyOnlyInAdapter = {
  group: ['aws-amplify', 'aws-amplify/*', '@aws-amplify/*'],
  message: 'only src/amplify/ imports aws-amplify',
};
/** Browser globals src/ must be handed, never reach for. */
export const domGlobals = [
  'document',
  'window',
  'localStorage',
  'sessionStorage',
  'location',
  'customElements',
  'CustomEvent',
  'HTMLElement',
].map((name) => ({ name, message: `src/ knows no DOM: the host hands in what it needs instead of ${name}` }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'packages/*/dist/**',
      'coverage/**',
      'node_modules/**',
      '.tmp/**',
      'custom-elements.json',
      'examples/*/dist/**',
      'examples/*/.angular/**',
      'examples/*/.next/**',
      'examples/*/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'components/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    // The layers: src/ knows no DOM, no Lit, no components/; only src/amplify/ imports aws-amplify.
    files: ['src/**/*.ts'],
    ignores: ['src/amplify/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layerPatterns, amplifyOnlyInAdapter] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/amplify/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns }] },
  },
  {
    // components/ reaches Amplify only through src/amplify/ (loaded lazily by the host).
    files: ['components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['aws-amplify', 'aws-amplify/*', '@aws-amplify/*'],
              message: 'components/ must not import aws-amplify',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.test.ts',
      'test/**/*.ts',
      'packages/local-cognito/src/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'bench/**/*.{mjs,jsx}',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // chai: `expect(x).to.exist`
    files: ['test/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.jsx'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        window: 'readonly',
        document: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        performance: 'readonly',
        MutationObserver: 'readonly',
        requestAnimationFrame: 'readonly',
        history: 'readonly',
        location: 'readonly',
        sessionStorage: 'readonly',
        FormData: 'readonly',
        Buffer: 'readonly',
        HTMLElement: 'readonly',
        Event: 'readonly',
        customElements: 'readonly',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
