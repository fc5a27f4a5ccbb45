// A test-runner command the stock `emulateMedia` lacks with puppeteer: forced colours (Windows High
// Contrast). `executeServerCommand('emulate-forced-colors', { active: true })` resolves true when the
// browser emulates it, false where it cannot (Firefox ESR), so a test can skip honestly.
export function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name?.toLowerCase().includes('firefox')) return false;
      try {
        const page = session.browser.getPage(session.id);
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
        return true;
      } catch {
        return false;
      }
    },
  };
}
