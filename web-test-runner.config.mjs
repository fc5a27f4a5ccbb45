// Real-browser tests: Debian's Chromium (with coverage) and, where installed, Firefox ESR.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findChromium, findFirefox, chromiumArgs } from './test/support/browsers.mjs';
import { submitEndpoint } from './test/support/submit-endpoint.mjs';
import { cspPage } from './test/support/csp-page.mjs';
import { forcedColorsCommand } from './test/support/forced-colors.mjs';
import { frameworkModules } from './test/support/framework-modules.mjs';
import { summaryLine } from './test/support/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
// The accessibility tree as Chromium exposes it to screen readers (test/a11y): CDP, so Chromium only.
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const firefox = findFirefox();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsCommand(), frameworkModules(), a11ySnapshotPlugin()],
  middleware: [submitEndpoint(), cspPage()],
  // One page at a time per browser: a background tab gets no animation frames or resize
  // observations in headless Chromium, which made tests flaky.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 8000 } },
  coverage: true,
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage', reporters: ['text-summary', 'lcov'] },
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } }),
    ...(firefox
      ? [puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } })]
      : []),
  ],
  reporters: [defaultReporter(), summaryLine()],
};
