// Debian's Chromium, headless, found and flagged exactly as the tests do (test/support/browsers.mjs).
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../test/support/browsers.mjs';
import { mainThreadTime, traceCategories } from './trace.mjs';
import { startProfile, topSelf } from './profile.mjs';
import { sleep } from './stats.mjs';

export async function launch() {
  const executablePath = findChromium();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs, defaultViewport: { width: 1280, height: 800 } });
  return { browser, version: await browser.version(), executablePath };
}

/** Uncaught errors and console errors of the benchmark pages (message → count), printed at the end. */
export const pageErrors = new Map();
const noteError = (message) => pageErrors.set(message, (pageErrors.get(message) ?? 0) + 1);

/** A fresh tab on the bench origin (same origin as the pages, so navigations keep the renderer). */
export async function freshPage(browser, origin, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => noteError(`uncaught: ${String(error?.message ?? error).split('\n')[0].slice(0, 160)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') noteError(`console.error: ${message.text().slice(0, 160)}`);
  });
  await page.setViewport(viewport);
  await page.goto(`${origin}/blank`);
  return page;
}

/** Waits for the probe's `done` (all tags defined and updated, two frames later), with a timeout. */
export async function waitDone(page, timeoutMs = 30000) {
  return page.evaluate(
    (timeout) => Promise.race([window.__bench.done, new Promise((_, reject) => setTimeout(() => reject(new Error(`not rendered after ${timeout} ms`)), timeout))]),
    timeoutMs,
  );
}

/**
 * Loads `url` in a fresh tab under a trace (optionally with the CPU slowed `cpuSlowdown` times); returns the probe's timings (ms since navigation start)
 * and the main-thread time of the page from navigation start until `settleMs` after rendering.
 */
export async function tracedLoad(browser, origin, url, { settleMs = 250, viewport, cpuSlowdown = 1 } = {}) {
  const page = await freshPage(browser, origin, viewport);
  try {
    // CPU slowed as Lighthouse's mobile run does (4x): a mid-range phone's main thread.
    if (cpuSlowdown !== 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.tracing.start({ categories: traceCategories });
    await page.goto(url, { waitUntil: 'load' });
    const timing = await waitDone(page);
    await sleep(settleMs);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return { timing, main: mainThreadTime(trace.traceEvents, url) };
  } finally {
    await page.close();
  }
}

/**
 * Loads `url` `loads` times, each in a fresh tab under the sampling profiler, and adds the profiles
 * up (one load gives too few samples on a busy machine): the functions with the most self time.
 */
export async function profiledLoads(browser, origin, url, loads = 3) {
  const profiles = [];
  for (let load = 0; load < loads; load += 1) {
    const page = await freshPage(browser, origin);
    try {
      const stop = await startProfile(await page.createCDPSession());
      await page.goto(url, { waitUntil: 'load' });
      await waitDone(page);
      profiles.push(await stop());
    } finally {
      await page.close();
    }
  }
  return topSelf(profiles);
}
