// Finds the browsers the tests run in. Debian's Chromium (no npm package can download a browser
// here): CHROME_PATH, or the usual install paths. Firefox ESR is used as a second browser when
// present (FIREFOX_PATH or /usr/bin/firefox-esr) unless BROWSERS=chromium.
import { existsSync } from 'node:fs';

const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findChromium() {
  const path = [process.env.CHROME_PATH, ...chromiumPaths].find((candidate) => candidate && existsSync(candidate));
  if (!path) {
    console.error('\nNo Chromium found. Install Debian\'s package:  sudo apt-get install -y chromium\n(or point CHROME_PATH at a Chrome/Chromium binary)\n');
    process.exit(1);
  }
  return path;
}

export function findFirefox() {
  if ((process.env.BROWSERS ?? '').split(',').includes('chromium') && !process.env.BROWSERS.includes('firefox')) return undefined;
  return [process.env.FIREFOX_PATH, ...firefoxPaths].find((candidate) => candidate && existsSync(candidate));
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
