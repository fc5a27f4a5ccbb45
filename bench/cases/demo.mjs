// Case 2: the seed page (the demo page, from demo/page.html and examples/) with the drop-in file,
// against the same page without the script: time from the script's start until all five widgets
// have rendered, and the page's total main-thread time.
import { profiledLoads, tracedLoad } from '../lib/browser.mjs';
import { printProfile } from '../lib/profile.mjs';
import { cpus, loadavg } from 'node:os';
import { rotate, round, summary } from '../lib/stats.mjs';

export const name = 'demo';
export const title = 'Seed page';
const BUDGET_MS = 50;

export async function run({ browser, origin, quick, runs, log, profile: forceProfile }) {
  const variants = { script: `${origin}/demo`, 'no-script': `${origin}/demo?script=0` };
  const names = Object.keys(variants);
  const samples = { script: [], 'no-script': [] };
  const settleMs = quick ? 150 : 250;
  for (const v of names) await tracedLoad(browser, origin, variants[v], { settleMs: 0 });
  for (let i = 0; i < runs; i += 1) {
    for (const v of rotate(names, i)) {
      const { timing, main } = await tracedLoad(browser, origin, variants[v], { settleMs });
      samples[v].push({
        main: main.total,
        wall: main.wall,
        groups: main.groups,
        longest: main.longest,
        rendered: timing.rendered,
        scriptToReady: timing.scriptStart === null ? null : timing.ready - timing.scriptStart,
        scriptToReadyCpu: main.scriptToReadyCpu,
        scriptToFrame: timing.scriptStart === null ? null : timing.rendered - timing.scriptStart,
      });
    }
    log(`  demo run ${i + 1}/${runs}`);
  }
  const pick = (v, key) => summary(samples[v].map((s) => s[key]));
  const breakdown = (v) => Object.fromEntries(Object.keys(samples[v][0].groups).map((g) => [g, summary(samples[v].map((s) => s.groups[g])).median]));
  const results = {
    script: { mainThreadMs: pick('script', 'main'), mainThreadWallMs: pick('script', 'wall'), renderedMs: pick('script', 'rendered'), scriptToReadyMs: pick('script', 'scriptToReady'), scriptToReadyCpuMs: pick('script', 'scriptToReadyCpu'), scriptToFrameMs: pick('script', 'scriptToFrame'), longestTaskMs: pick('script', 'longest'), breakdownMs: breakdown('script') },
    'no-script': { mainThreadMs: pick('no-script', 'main'), mainThreadWallMs: pick('no-script', 'wall'), renderedMs: pick('no-script', 'rendered'), longestTaskMs: pick('no-script', 'longest'), breakdownMs: breakdown('no-script') },
  };
  const extra = round(results.script.mainThreadMs.median - results['no-script'].mainThreadMs.median);
  results.extraMainThreadMs = extra;
  const toReady = results.script.scriptToReadyMs.median;
  const rows = [
    [title, 'with the drop-in file', 'script start → all 5 rendered (updateComplete)', results.script.scriptToReadyMs, ''],
    [title, 'with the drop-in file', 'main-thread CPU ms in that time', results.script.scriptToReadyCpuMs, ''],
    [title, 'with the drop-in file', 'script start → next frame', results.script.scriptToFrameMs, ''],
    [title, 'with the drop-in file', 'main-thread CPU ms', results.script.mainThreadMs, `+${extra} ms`],
    [title, 'without script', 'main-thread CPU ms', results['no-script'].mainThreadMs, '1.00x'],
    [title, 'with the drop-in file', 'rendered ms (from navigation)', results.script.renderedMs, ''],
    [title, 'without script', 'rendered ms (from navigation)', results['no-script'].renderedMs, ''],
  ];
  const budgets = [{ figure: 'seed page, all widgets rendered after script start', budget: `≤ ${BUDGET_MS} ms`, measured: `${toReady} ms (CPU ${results.script.scriptToReadyCpuMs.median} ms; page main thread +${extra} ms vs no script)`, pass: toReady !== null && toReady <= BUDGET_MS }];

  const notes = [];
  const cpuToReady = results.script.scriptToReadyCpuMs.median;
  if (!(toReady <= BUDGET_MS) && cpuToReady <= BUDGET_MS) notes.push(`demo: script start → rendered is ${toReady} ms of wall time but only ${cpuToReady} ms of main-thread CPU: the rest is waiting for a core (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
  let profile;
  if (forceProfile || (forceProfile !== false && !quick && !(toReady <= BUDGET_MS))) {
    // what-if: the first Intl.NumberFormat of the page (ICU locale data) made before our script
    const whatIf = { as: [], warm: [] };
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i += 1) {
      for (const v of rotate(['as', 'warm'], i)) {
        const { timing, main } = await tracedLoad(browser, origin, `${origin}/demo${v === 'warm' ? '?warmIntl=1' : ''}`, { settleMs });
        whatIf[v].push({ wall: timing.ready - timing.scriptStart, cpu: main.scriptToReadyCpu });
      }
    }
    results.whatIfIntlWarm = Object.fromEntries(Object.entries(whatIf).map(([k, v]) => [k, { wall: summary(v.map((x) => x.wall)), cpu: summary(v.map((x) => x.cpu)) }]));
    notes.push(`demo what-if: with the page's first Intl.NumberFormat made before our script, script start → rendered takes ${results.whatIfIntlWarm.warm.wall.median} ms (CPU ${results.whatIfIntlWarm.warm.cpu.median}) instead of ${results.whatIfIntlWarm.as.wall.median} ms (CPU ${results.whatIfIntlWarm.as.cpu.median})`);
    profile = await profiledLoads(browser, origin, `${origin}/demo?src=/build/clinic-elements.dev.js`);
    printProfile('seed page, 3 loads added up (unminified drop-in equivalent)', profile);
  }
  return { results, rows, budgets, profile, notes: [...notes, 'script start: a performance.mark the bench server puts in front of the drop-in file (module evaluation starts; its compile is before it and is counted in main-thread ms).'] };
}
