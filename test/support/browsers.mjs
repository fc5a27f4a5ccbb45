// Finds and starts the browsers the tests run in: Debian's Chromium, Firefox ESR and WebKit (no npm
// package can download a browser here).
//
// - Chromium: CHROME_PATH, or the usual install paths. Always needed unless BROWSERS leaves it out.
// - Firefox ESR: FIREFOX_PATH or /usr/bin/firefox-esr, driven through WebDriver BiDi.
// - WebKit (Safari's engine): Debian's webkit2gtk-driver (`WebKitWebDriver`, which starts
//   MiniBrowser) on a virtual display (Xvfb), driven through W3C WebDriver. Both are started here on
//   a free display and a free port, and stopped when the test run ends.
//
// BROWSERS picks some of them: `BROWSERS=chromium`, `BROWSERS=webkit`, `BROWSERS=chromium,webkit`.
// Without it every installed browser runs (Chromium must be installed; a missing Firefox or WebKit
// is left out with a note).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const webkitDriverPaths = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/WebKitWebDriver', '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/WebKitWebDriver'];
const xvfbPaths = ['/usr/bin/Xvfb'];

const knownBrowsers = ['chromium', 'firefox', 'webkit'];

/**
 * The browsers asked for: the names in BROWSERS (comma-separated), or all three when it is unset.
 * An unknown name stops the run with a message rather than running fewer browsers than intended.
 */
export function requestedBrowsers() {
  const requested = (process.env.BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (requested.length === 0) return new Set(knownBrowsers);
  const unknown = requested.filter((name) => !knownBrowsers.includes(name));
  if (unknown.length > 0) {
    console.error(`\nBROWSERS=${process.env.BROWSERS}: unknown browser ${unknown.join(', ')}. Use chromium, firefox and/or webkit, separated by commas.\n`);
    process.exit(1);
  }
  return new Set(requested);
}

/** Whether BROWSERS names this browser explicitly (then a missing install is an error, not a note). */
function explicitlyRequested(name) {
  return (process.env.BROWSERS ?? '').toLowerCase().split(',').map((part) => part.trim()).includes(name);
}

function firstExisting(paths) {
  return paths.find((candidate) => candidate && existsSync(candidate));
}

/**
 * A browser's binary: the path in the environment variable `pathVariable`, or the first of `paths`
 * that exists. When none does and the browser is `required`, the run stops with `howToInstall`.
 */
function findBrowser({ pathVariable, paths, required, howToInstall }) {
  const path = firstExisting([process.env[pathVariable], ...paths]);
  if (!path && required) {
    console.error(`\n${howToInstall}\n`);
    process.exit(1);
  }
  return path;
}

export function findChromium() {
  return findBrowser({
    pathVariable: 'CHROME_PATH',
    paths: chromiumPaths,
    required: true,
    howToInstall: 'No Chromium found. Install Debian\'s package:  sudo apt-get install -y chromium\n(or point CHROME_PATH at a Chrome/Chromium binary)',
  });
}

/** Firefox ESR's path when it is requested and installed. */
export function findFirefox() {
  if (!requestedBrowsers().has('firefox')) return undefined;
  return findBrowser({
    pathVariable: 'FIREFOX_PATH',
    paths: firefoxPaths,
    required: explicitlyRequested('firefox'),
    howToInstall: 'BROWSERS asks for firefox, but no Firefox was found. Install Debian\'s package:  sudo apt-get install -y firefox-esr\n(or point FIREFOX_PATH at a Firefox binary)',
  });
}

/** WebKitWebDriver's and Xvfb's paths when WebKit is requested and both are installed. */
export function findWebKit() {
  if (!requestedBrowsers().has('webkit')) return undefined;
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, ...webkitDriverPaths]);
  const xvfb = firstExisting(xvfbPaths);
  if (driver && xvfb) return { driver, xvfb };
  const message = 'WebKit needs Debian\'s webkit2gtk-driver and xvfb:  sudo apt-get install -y webkit2gtk-driver xvfb';
  if (explicitlyRequested('webkit')) {
    console.error(`\nBROWSERS asks for webkit, but it is not installed. ${message}\n`);
    process.exit(1);
  }
  console.warn(`\nNote: the tests run without WebKit. ${message}\n`);
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function stopProcess(child) {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/** Resolves once something answers HTTP on this port (WebKitWebDriver takes a moment to listen). */
async function waitForDriver(port, driverProcess) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driverProcess.exitCode} before it listened on port ${port}.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s.`);
}

/**
 * Starts a virtual display (Xvfb picks a free display number itself: -displayfd) and WebKitWebDriver
 * on a free port with that display. MiniBrowser cannot start without a display, headless or not.
 * Both processes are stopped when this Node process ends (normally, by Ctrl+C or by SIGTERM), or
 * earlier through `stop()`.
 */
export async function startWebKitDriver({ driver, xvfb }) {
  const display = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const displayNumber = await new Promise((resolve, reject) => {
    let written = '';
    display.on('error', reject);
    display.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code} before it chose a display.`)));
    display.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(written.trim());
    });
  });
  const port = await freePort();
  // MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for the 320 px reflow
  // tests. A GTK style sheet of its own (GTK reads $XDG_CONFIG_HOME/gtk-3.0/gtk.css) shrinks the
  // toolbar's buttons and address field; the page's content, form controls included, is drawn by
  // WebKit and does not change (measured: same sizes for text, input, button and select).
  const configHome = mkdtempSync(join(tmpdir(), 'clinic-elements-webkit-'));
  mkdirSync(join(configHome, 'gtk-3.0'));
  writeFileSync(
    join(configHome, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n',
  );
  const driverProcess = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: `:${displayNumber}`, XDG_CONFIG_HOME: configHome },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // MiniBrowser's processes write GLib and ALSA notes (no D-Bus session, no sound card) on every page:
  // kept out of the test output, and the last of them shown if the driver fails to start.
  let driverOutput = '';
  driverProcess.stderr.on('data', (chunk) => {
    driverOutput = (driverOutput + chunk).slice(-4000);
  });
  const stop = () => {
    stopProcess(driverProcess);
    stopProcess(display);
    rmSync(configHome, { recursive: true, force: true });
  };
  process.once('exit', stop);
  // Ctrl+C: the test runner stops its browsers and exits by itself; SIGTERM and SIGHUP would end
  // Node without 'exit' handlers, leaving the display and the driver running.
  process.once('SIGINT', stop);
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.exit(signal === 'SIGTERM' ? 143 : 129);
    });
  }
  try {
    await waitForDriver(port, driverProcess);
  } catch (error) {
    stop();
    if (driverOutput) console.error(driverOutput);
    throw error;
  }
  return { port, stop };
}

/** What @web/test-runner-webdriver needs to open MiniBrowser sessions on the driver at `port`. */
export function webkitCapabilities(port) {
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { args: ['--automation'] },
      // Plain W3C WebDriver: WebKitGTK's driver does not offer WebDriver BiDi sessions.
      'wdio:enforceWebDriverClassic': true,
    },
  };
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Several test pages run at once: keep background pages' timers and animation frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
