// Case 1: an FAQ with 300 items — <clinic-faq> against plain <details> (the limit), Lion's
// <lion-accordion> and Shoelace's <sl-details>. Each run loads every variant once, in rotating
// order, in a fresh tab under a trace.
import { profiledLoads, tracedLoad } from '../lib/browser.mjs';
import { printProfile } from '../lib/profile.mjs';
import { rotate, round, summary } from '../lib/stats.mjs';
import { faqVariants } from '../lib/pages.mjs';

export const name = 'faq';
export const title = 'FAQ, 300 items';
// Issue 13's budget: our FAQ costs no more main-thread time than Lion's accordion in the same run.

export async function run({ browser, origin, quick, runs, log, profile: forceProfile, sizes }) {
  const count = 300;
  const variants = quick ? ['details', 'lit-slot', 'clinic-faq', 'lion-accordion', 'sl-details'] : ['details', 'lit-slot', 'clinic-faq', 'clinic-faq-dropin', 'lion-accordion', 'sl-details'];
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  const settleMs = quick ? 150 : 250;
  const url = (variant) => `${origin}/faq/${variant}?n=${count}`;
  // one unmeasured load each: first compile of the browser's own code, disk cache of the binary
  for (const variant of variants) await tracedLoad(browser, origin, url(variant), { settleMs: 0 });
  for (let i = 0; i < runs; i += 1) {
    for (const variant of rotate(variants, i)) {
      const { timing, main } = await tracedLoad(browser, origin, url(variant), { settleMs });
      samples[variant].push({ ...main, rendered: timing.rendered, ready: timing.ready, scriptToReady: timing.scriptStart === null ? null : timing.ready - timing.scriptStart });
    }
    log(`  faq run ${i + 1}/${runs}`);
  }

  const results = {};
  for (const variant of variants) {
    const s = samples[variant];
    results[variant] = {
      label: faqVariants[variant].label,
      mainThreadMs: summary(s.map((x) => x.total)),
      mainThreadWallMs: summary(s.map((x) => x.wall)),
      mainThreadUntilRenderedMs: summary(s.map((x) => x.beforeDone)),
      renderedMs: summary(s.map((x) => x.rendered)),
      scriptToReadyMs: summary(s.map((x) => x.scriptToReady)),
      longestTaskMs: summary(s.map((x) => x.longest)),
      breakdownMs: Object.fromEntries(Object.keys(s[0].groups).map((g) => [g, summary(s.map((x) => x.groups[g])).median])),
      forcedStyleLayout: { count: summary(s.map((x) => x.forced.count)).median, ms: summary(s.map((x) => x.forced.styleMs + x.forced.layoutMs)).median, where: [...new Set(s.flatMap((x) => x.forced.where))].slice(0, 3) },
      gzipBytes: { details: 0, 'lit-slot': sizes['lit-slot'], 'clinic-faq': sizes['clinic-faq'], 'clinic-faq-dropin': sizes['clinic-elements.min'], 'lion-accordion': sizes['lion-accordion'], 'sl-details': sizes['sl-details'] }[variant],
    };
  }
  const base = results.details.mainThreadMs.median;
  const baseRendered = results.details.renderedMs.median;
  for (const variant of variants) {
    results[variant].ratioMainThread = round(results[variant].mainThreadMs.median / base);
    results[variant].ratioRendered = round(results[variant].renderedMs.median / baseRendered);
  }

  const rows = [];
  for (const variant of variants) {
    const r = results[variant];
    rows.push([title, r.label, 'main-thread CPU ms', r.mainThreadMs, `${r.ratioMainThread.toFixed(2)}x`]);
    rows.push([title, r.label, 'rendered ms (from navigation)', r.renderedMs, `${r.ratioRendered.toFixed(2)}x`]);
  }
  const ratio = results['clinic-faq'].ratioMainThread;
  const lionRatio = results['lion-accordion'].ratioMainThread;
  const notes = [];
  const split = (r) => Object.entries(r.breakdownMs).map(([g, v]) => `${g} ${v}`).join(', ');
  for (const variant of variants) notes.push(`faq ${variant}: main-thread CPU self time by kind (ms, median): ${split(results[variant])}; forced style/layout from script: ${results[variant].forcedStyleLayout.count}× ${results[variant].forcedStyleLayout.ms} ms${results[variant].forcedStyleLayout.where.length ? ` (in ${results[variant].forcedStyleLayout.where.join('; ')})` : ''}; longest task ${results[variant].longestTaskMs.median} ms`);
  const budgets = [{ figure: 'FAQ 300 items, main-thread time vs plain <details>', budget: `≤ Lion's in the same run (${lionRatio.toFixed(2)}x)`, measured: `${ratio.toFixed(2)}x (Lion ${lionRatio.toFixed(2)}x, Shoelace ${results['sl-details'].ratioMainThread.toFixed(2)}x, bare Lit <slot> ${results['lit-slot'].ratioMainThread.toFixed(2)}x)`, pass: ratio <= lionRatio }];

  let profile;
  if (forceProfile || (forceProfile !== false && !quick && ratio > lionRatio)) {
    // what-ifs: the same FAQ whose items already have ids (the widget sets none), and with no-schema
    const whatIf = { 'clinic-faq': [], 'clinic-faq-ids': [], 'clinic-faq-noschema': [] };
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i += 1) {
      for (const variant of rotate(Object.keys(whatIf), i)) whatIf[variant].push((await tracedLoad(browser, origin, url(variant), { settleMs })).main.total);
    }
    results.whatIf = Object.fromEntries(Object.entries(whatIf).map(([k, v]) => [k, summary(v)]));
    const base = results.whatIf['clinic-faq'].median;
    notes.push(`faq what-ifs (CPU ms, median of ${whatIf['clinic-faq'].length}): as is ${base}; items with author ids (nothing to set) ${results.whatIf['clinic-faq-ids'].median} (${round(base - results.whatIf['clinic-faq-ids'].median)} saved); no-schema ${results.whatIf['clinic-faq-noschema'].median} (${round(base - results.whatIf['clinic-faq-noschema'].median)} saved)`);
    profile = await profiledLoads(browser, origin, `${origin}/faq/clinic-faq?n=${count}&script=/build/clinic-faq.dev.js`);
    printProfile('<clinic-faq> with 300 items, 3 page loads added up (unminified faq.js + Lit)', profile);
  }
  return { results, rows, budgets, profile, notes: [...notes, 'faq: each variant\'s script is imported after the page\'s first frame (the 300 items are on screen, then upgraded), so runs do not race the first layout.', `main-thread CPU ms: CPU time of the top-level tasks of the page's renderer main thread, from navigation start until ${settleMs} ms after rendered (Chromium trace); rendered: wall time from navigation start to two frames after every element finished its update (this one suffers when the machine is busy).`] };
}
