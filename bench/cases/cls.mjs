// Case 3: the drop-in file arrives 1 s after the content (the bench server holds it back). The
// visitor sees the plain HTML first; then the widgets upgrade it. Cumulative layout shift from a
// PerformanceObserver('layout-shift') on the seed page, at the top of the page and scrolled to
// each widget (a deep link, or a visitor who scrolled while the script was on its way).
import { freshPage, waitDone } from '../lib/browser.mjs';
import { sleep, summary } from '../lib/stats.mjs';
import { widgetTags } from '../lib/pages.mjs';

export const name = 'cls';
export const title = 'Late script (1 s)';
const DELAY_MS = 1000;

const viewports = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
};

async function sample(browser, origin, viewport, position, { script = true, css = true } = {}) {
  const page = await freshPage(browser, origin, viewport);
  try {
    const url = `${origin}/demo?delay=${DELAY_MS}${script ? '' : '&script=0'}${css ? '' : '&css=0'}`;
    const navigation = page.goto(url, { waitUntil: 'load', timeout: 20000 });
    const heights = (tags) => Object.fromEntries(tags.map((tag) => [tag, Math.round(document.querySelector(tag)?.getBoundingClientRect().height ?? -1)]));
    await page.waitForSelector('footer', { timeout: 10000 }); // the content is parsed (the script is still on its way)
    const before = await page.evaluate(heights, widgetTags);
    let early = await page.evaluate(() => !customElements.get('clinic-faq'));
    if (position !== 'top') {
      // scroll there the way a visitor or a #link does, before the script has come
      early = await page.evaluate((tag) => {
        document.querySelector(tag).scrollIntoView({ block: 'start' });
        return !customElements.get(tag);
      }, position);
    }
    await navigation;
    await waitDone(page);
    await sleep(500); // late work after the first update (ResizeObserver, fonts, timers)
    const after = await page.evaluate(heights, widgetTags);
    const { cls, shifts } = await page.evaluate(() => ({ cls: window.__bench.cls(), shifts: window.__bench.shifts }));
    const grew = Object.fromEntries(widgetTags.filter((t) => before[t] !== after[t]).map((t) => [t, `${before[t]}→${after[t]} px`]));
    return { cls, shifts, early, heights: grew };
  } finally {
    await page.close();
  }
}

export async function run({ browser, origin, quick, log }) {
  const plan = quick
    ? [['desktop', 'top'], ...['top', ...widgetTags].map((p) => ['mobile', p])]
    : Object.keys(viewports).flatMap((v) => ['top', ...widgetTags].map((p) => [v, p]));
  const repeats = quick ? 1 : 2;
  const samples = {};
  for (let r = 0; r < repeats; r += 1) {
    for (const [v, p] of plan) {
      const key = `${v} ${p}`;
      const s = await sample(browser, origin, viewports[v], p);
      (samples[key] ??= []).push(s);
    }
    log(`  cls round ${r + 1}/${repeats} (${plan.length} page loads)`);
  }
  // the same without the optional pre-upgrade stylesheet (clinic-elements.css): does the widget
  // itself keep the layout, or only the stylesheet?
  const withoutCss = {};
  if (!quick) {
    for (const p of ['top', ...widgetTags]) withoutCss[`mobile ${p}`] = await sample(browser, origin, viewports.mobile, p, { css: false });
    log(`  cls without clinic-elements.css (${widgetTags.length + 1} page loads)`);
  }
  const baseline = {};
  for (const v of quick ? ['mobile'] : Object.keys(viewports)) baseline[v] = await sample(browser, origin, viewports[v], 'top', { script: false });

  const results = { delayMs: DELAY_MS, positions: {}, baselineNoScript: {} };
  for (const [key, list] of Object.entries(samples)) {
    const worst = list.reduce((a, b) => (b.cls > a.cls ? b : a));
    results.positions[key] = { cls: summary(list.map((s) => s.cls)), scrolledBeforeScript: list.every((s) => s.early), worstShifts: worst.shifts.slice(0, 6), heightChanges: worst.heights };
  }
  for (const [v, s] of Object.entries(baseline)) results.baselineNoScript[v] = { cls: s.cls, shifts: s.shifts.slice(0, 6) };
  // the widgets whose height changes when they upgrade, per viewport: the cause of the shifts below them
  results.heightChanges = {};
  for (const v of Object.keys(viewports)) {
    const top = samples[`${v} top`]?.[0];
    if (top) results.heightChanges[v] = top.heights;
  }
  results.withoutPreUpgradeCss = Object.fromEntries(Object.entries(withoutCss).map(([k, s]) => [k, { cls: s.cls, shifts: s.shifts.slice(0, 6), heightChanges: s.heights }]));

  const rows = [];
  const notes = [];
  let worstAll = { cls: 0, where: 'anywhere' };
  for (const v of Object.keys(viewports)) {
    const entries = Object.entries(results.positions).filter(([k]) => k.startsWith(`${v} `));
    if (!entries.length) continue;
    const [worstKey, worst] = entries.reduce((a, b) => (b[1].cls.max > a[1].cls.max ? b : a));
    const top = results.positions[`${v} top`];
    rows.push([title, `${v} ${viewports[v].width}×${viewports[v].height}`, 'CLS, top of page', top ? top.cls.median?.toFixed(4) : null, '']);
    rows.push([title, `${v} ${viewports[v].width}×${viewports[v].height}`, `CLS, worst position (${worstKey.slice(v.length + 1)})`, worst.cls.max.toFixed(4), '']);
    if (results.baselineNoScript[v]) rows.push([title, `${v}, no script`, 'CLS, top of page', results.baselineNoScript[v].cls.toFixed(4), '']);
    if (worst.cls.max > worstAll.cls) worstAll = { cls: worst.cls.max, where: worstKey };
  }
  const noCss = Object.entries(results.withoutPreUpgradeCss);
  if (noCss.length) {
    const [key, worst] = noCss.reduce((a, b) => (b[1].cls > a[1].cls ? b : a));
    rows.push([title, 'mobile, without clinic-elements.css', `CLS, worst position (${key.slice('mobile '.length)})`, worst.cls.toFixed(4), '']);
    for (const [k, r] of noCss) {
      if (r.cls >= 0.0005) notes.push(`without clinic-elements.css, layout shift ${r.cls.toFixed(4)} at ${k}: ${[...new Set(r.shifts.flatMap((s) => s.sources.map((src) => `${src.node} y ${src.from[0]}→${src.to[0]}, h ${src.from[1]}→${src.to[1]}`)))].slice(0, 4).join('; ')}`);
    }
  }
  for (const [key, r] of Object.entries(results.positions)) {
    if (r.cls.max >= 0.0005) {
      const sources = r.worstShifts.flatMap((s) => s.sources.map((src) => `${src.node} y ${src.from[0]}→${src.to[0]}, h ${src.from[1]}→${src.to[1]}`));
      notes.push(`layout shift ${r.cls.max.toFixed(4)} at ${key}: ${[...new Set(sources)].slice(0, 5).join('; ')}`);
    }
    if (!r.scrolledBeforeScript) notes.push(`cls ${key}: the script had already arrived when the page was scrolled (figure is for an upgraded page)`);
  }
  for (const [v, changes] of Object.entries(results.heightChanges)) {
    if (Object.keys(changes).length) notes.push(`cls ${v}: widgets whose height changes when the script arrives: ${Object.entries(changes).map(([t, c]) => `<${t}> ${c}`).join(', ')}`);
  }
  const noCssChanges = results.withoutPreUpgradeCss['mobile top']?.heightChanges;
  if (noCssChanges && Object.keys(noCssChanges).length) notes.push(`cls mobile without clinic-elements.css: height changes ${Object.entries(noCssChanges).map(([t, c]) => `<${t}> ${c}`).join(', ')}`);
  const budgets = [{ figure: 'layout shift with a late script', budget: '0.00', measured: `${worstAll.cls.toFixed(4)} (worst: ${worstAll.where})`, pass: worstAll.cls < 0.005 }];
  return { results, rows, budgets, notes };
}
