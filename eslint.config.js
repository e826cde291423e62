import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/*
 * The house rules: data ← domain ← api ← features ← app, with components usable by features
 * and app; no feature imports another; hooks and accessibility rules on; no `any`.
 */
const layers = [
  { type: 'data', pattern: 'src/data' },
  { type: 'domain', pattern: 'src/domain' },
  { type: 'api', pattern: 'src/api' },
  { type: 'components', pattern: 'src/components' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      '.bench',
      '.ssr',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2023 },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render text, so nothing a dataset or a file contains can run.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, boundaries },
    settings: {
      'boundaries/elements': layers,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.type }} must not import {{ to.element.type }} (data ← domain ← api ← features ← app)',
          policies: [
            ['data', ['data']],
            ['domain', ['data', 'domain']],
            ['api', ['data', 'domain', 'api']],
            ['components', ['data', 'domain', 'api', 'components']],
            ['app', ['data', 'domain', 'api', 'components', 'feature', 'app']],
          ]
            .map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: to } } } },
            }))
            .concat([
              {
                from: { element: { type: 'feature' } },
                allow: { to: { element: { types: { anyOf: ['data', 'domain', 'api', 'components'] } } } },
              },
              // A feature may import its own files, never another feature's.
              {
                from: { element: { type: 'feature' } },
                allow: {
                  to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
                },
              },
            ]),
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'scripts/**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
