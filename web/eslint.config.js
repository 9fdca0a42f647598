import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'src/__generated__', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The package root also loads Relay's legacy containers (about 7 KB gzip on every page).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react-relay', message: "Import from 'react-relay/hooks'." }] },
      ],
    },
  },
  // Playwright's fixtures call their argument `use`; they are not React hooks.
  { files: ['e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
);
