import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['dist/', 'tmp/', 'coverage/', 'storybook-static/', 'node_modules/', 'bench/.build/', 'bench/results/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      // Readable source (issue 13): strict equality only, one statement per line.
      eqeqeq: ['error', 'always'],
      'max-statements-per-line': ['error', { max: 1 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'element', property: 'innerHTML', message: 'Never turn page text into markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML in src: page text is never turned into markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML in src.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
