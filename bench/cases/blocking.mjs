// Case: Total Blocking Time the widgets add to the seed page on a phone (issue 13's budget). The
// seed page (the demo page) on a 390 × 844 viewport with the CPU slowed 4x, as Lighthouse's mobile
// run does, three ways: without script, with the drop-in file, and through the loader. TBT counts, of
// every main-thread task over 50 ms, the part beyond 50 ms; the widgets' share is the page's TBT with
// the script minus its TBT without.
import { tracedLoad } from '../lib/browser.mjs';
import { rotate, round, summary } from '../lib/stats.mjs';

export const name = 'blocking';
export const title = 'Seed page on a phone (4x CPU)';
const BUDGET_MS = 50;
const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

export async function run({ browser, origin, quick, runs, log }) {
  const variants = {
    'no script': `${origin}/demo?script=0`,
    'drop-in file': `${origin}/demo`,
    loader: `${origin}/demo?src=/clinic-elements.loader.js`,
  };
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((variant) => [variant, []]));
  const settleMs = quick ? 300 : 500;
  const load = (variant) => tracedLoad(browser, origin, variants[variant], { settleMs, viewport: PHONE, cpuSlowdown: 4 });
  // one warm-up load each (disk cache, code cache)
  for (const variant of names) await load(variant);
  for (let i = 0; i < runs; i += 1) {
    for (const variant of rotate(names, i)) {
      const { main } = await load(variant);
      samples[variant].push({ blocking: main.blocking, longest: main.longest, main: main.total });
    }
    log(`  blocking run ${i + 1}/${runs}`);
  }
  const pick = (variant, key) => summary(samples[variant].map((sample) => sample[key]));
  const results = Object.fromEntries(names.map((variant) => [variant, { totalBlockingTimeMs: pick(variant, 'blocking'), longestTaskMs: pick(variant, 'longest'), mainThreadMs: pick(variant, 'main') }]));
  const added = (variant) => round(results[variant].totalBlockingTimeMs.median - results['no script'].totalBlockingTimeMs.median);
  results.addedByDropInMs = added('drop-in file');
  results.addedByLoaderMs = added('loader');
  const rows = names.flatMap((variant) => [
    [title, variant, 'Total Blocking Time ms', results[variant].totalBlockingTimeMs, variant === 'no script' ? '' : `+${added(variant)} ms`],
    [title, variant, 'longest task ms', results[variant].longestTaskMs, ''],
  ]);
  const budgets = ['drop-in file', 'loader'].map((variant) => ({
    figure: `TBT the widgets add to the seed page, phone, 4x CPU (${variant})`,
    budget: `≤ ${BUDGET_MS} ms`,
    measured: `${added(variant)} ms (page ${results[variant].totalBlockingTimeMs.median} ms, without script ${results['no script'].totalBlockingTimeMs.median} ms; longest task ${results[variant].longestTaskMs.median} ms)`,
    pass: added(variant) <= BUDGET_MS,
  }));
  return { results, rows, budgets };
}
