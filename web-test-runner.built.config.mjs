// The widget tests again, on the built drop-in file dist/clinic-elements.min.js instead of src/
// (`npm run test:built`, part of `npm test`): proves the minifier's renaming of private members and
// the minified templates and CSS change nothing a test can see. Which tests can run on it:
// test/support/built-file.mjs. In Chromium unless BROWSERS says otherwise (the engines' differences
// are covered by the run on src/).
import { builtFilePlugin, testsForBuiltFile } from './test/support/built-file.mjs';

process.env.BROWSERS ??= 'chromium';
const { default: config } = await import('./web-test-runner.config.mjs');

export default {
  ...config,
  files: testsForBuiltFile(),
  plugins: [builtFilePlugin(), ...config.plugins],
  coverage: false,
};
