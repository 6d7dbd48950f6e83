// ESLint: typescript-eslint's recommended rules everywhere, plus its type-checked rules on src/
// (the code that ships); tests, benches and scripts get the syntactic set only, which is cheap.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'src/data/kernel/kernel-binary.ts', 'src/config/schema-validators.ts', 'src/record/schema-validators.ts', 'src/gate/pr-report-validators.ts', 'wasm/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      // A leading underscore marks a parameter or binding kept for its position or to drop a key
      // from a rest object: the codebase's convention for "deliberately unused".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
);
