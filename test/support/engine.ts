/**
 * The browser engine a test runs in, for the few tests that need something only one engine offers
 * the test runner. Skip those elsewhere with the reason beside the skip, never drop them:
 *
 *   // Print media is emulated through CDP: not in Firefox (WebDriver BiDi) or WebKit (WebDriver).
 *   if (engine !== 'chromium') this.skip();
 *
 * WebKit runs as WebKitGTK's MiniBrowser through W3C WebDriver (test/support/browsers.mjs), with no
 * CDP and no BiDi: no accessibility snapshot, no media emulation (print, reduced motion, forced
 * colours). Keys, mouse and viewport sizes work (test/support/webdriver-commands.mjs).
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = navigator.userAgent.includes('Firefox') ? 'firefox' : navigator.userAgent.includes('Chrome') ? 'chromium' : 'webkit';
