// Real-browser tests: Debian's Chromium (with coverage), Firefox ESR and WebKit (MiniBrowser through
// WebKitWebDriver on a virtual display), each where installed; BROWSERS=chromium,firefox,webkit picks
// some (test/support/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { requestedBrowsers, findChromium, findFirefox, findWebKit, startWebKitDriver, webkitCapabilities, chromiumArgs } from './test/support/browsers.mjs';
import { webdriverCommands } from './test/support/webdriver-commands.mjs';
import { submitEndpoint } from './test/support/submit-endpoint.mjs';
import { cspPage } from './test/support/csp-page.mjs';
import { ssrPage } from './test/ssr/ssr-page.mjs';
import { forcedColorsCommand } from './test/support/forced-colors.mjs';
import { frameworkModules } from './test/support/framework-modules.mjs';
import { summaryLine } from './test/support/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
// The accessibility tree as Chromium exposes it to screen readers (test/a11y): CDP, so Chromium only.
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const requested = requestedBrowsers();
const chromium = requested.has('chromium') ? findChromium() : undefined;
const firefox = findFirefox();
const webkit = findWebKit();
// WebKitWebDriver (and its Xvfb display) run for the whole test run and stop when it ends.
const webkitDriver = webkit ? await startWebKitDriver(webkit) : undefined;

/** MiniBrowser through WebKitWebDriver, reported as WebKit (the engine Safari runs on). */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsCommand(), frameworkModules(), a11ySnapshotPlugin(), webdriverCommands()],
  middleware: [submitEndpoint(), cspPage(), ssrPage()],
  // One page at a time per browser: a background tab gets no animation frames or resize
  // observations in headless Chromium, which made tests flaky.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 8000 } },
  // Coverage comes from Chromium only (V8's); without Chromium there is none to report.
  coverage: Boolean(chromium),
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage', reporters: ['text-summary', 'lcov'] },
  browsers: [
    ...(chromium ? [chromeLauncher({ launchOptions: { executablePath: chromium, headless: true, args: chromiumArgs } })] : []),
    ...(firefox
      ? [puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } })]
      : []),
    ...(webkitDriver ? [new WebKitLauncher(webkitCapabilities(webkitDriver.port))] : []),
  ],
  reporters: [defaultReporter(), summaryLine()],
};
