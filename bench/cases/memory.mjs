// Case 5: memory. For each widget, its markup from the demo page is created, rendered and removed
// 1,000 times (batches of 50, one frame each); the heap, DOM node and listener counts after a forced
// GC (CDP HeapProfiler.collectGarbage) are compared with before, and the live instances of the
// widget's class are counted (Runtime.queryObjects). A control runs the same markup with the tags
// renamed to unknown elements, so the noise of the measurement is known.
import { freshPage, waitDone } from '../lib/browser.mjs';
import { newObjectsDuring } from '../lib/heap.mjs';
import { round, sleep } from '../lib/stats.mjs';
import { allTags, demoSections, widgetTags } from '../lib/pages.mjs';

export const name = 'memory';
export const title = 'Memory, create/remove';
const LEAK_BYTES = 100 * 1024; // 100 bytes per cycle: far below one retained widget (several KB)
const LOOK_BYTES = 32 * 1024; // above this, a second pass between heap snapshots says what grew

/** In the page: creates `total` copies of `html` (batches), waits for their updates and a frame, removes them. */
async function cycle(html, total, batch, tags) {
  const stage = document.getElementById('stage');
  for (let made = 0; made < total; made += batch) {
    const holder = document.createElement('div');
    for (let i = 0; i < Math.min(batch, total - made); i += 1) holder.append(document.createRange().createContextualFragment(html));
    stage.append(holder);
    const elements = [...holder.querySelectorAll(tags.join(','))].filter((el) => 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    holder.remove();
  }
}

async function measure(session) {
  await session.send('Runtime.discardConsoleEntries');
  for (let i = 0; i < 3; i += 1) await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? null;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners'), layoutObjects: get('LayoutObjects') };
}

async function liveInstances(page, tag) {
  const prototype = await page.evaluateHandle((t) => customElements.get(t)?.prototype ?? Object.prototype, tag);
  const objects = await page.queryObjects(prototype);
  const count = await page.evaluate((list) => list.length, objects);
  await objects.dispose();
  await prototype.dispose();
  return count;
}

export async function run({ browser, origin, quick, log }) {
  const total = quick ? 200 : 1000;
  const batch = 50;
  const sections = demoSections();
  const inert = (html) => html.replace(/<(\/?)clinic-/g, '<$1x-inert-');
  const subjects = [...widgetTags.map((tag) => ({ tag, html: sections[tag] })), { tag: 'control', html: inert(Object.values(sections).join('\n')) }];
  const page = await freshPage(browser, origin);
  const results = {};
  try {
    await page.goto(`${origin}/memory`, { waitUntil: 'load' });
    await waitDone(page);
    page.on('console', () => {}); // messages are dropped from the inspector before each measure
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await session.send('HeapProfiler.enable');
    for (const { tag, html } of subjects) {
      await page.evaluate(cycle, html, 20, 20, allTags); // warm-up: one-time allocations (styles, templates, texts)
      await sleep(100);
      const before = await measure(session);
      const started = Date.now();
      await page.evaluate(cycle, html, total, batch, allTags);
      const ms = Date.now() - started;
      await sleep(300); // let pending timers of removed widgets run out
      const after = await measure(session);
      const live = tag === 'control' ? 0 : await liveInstances(page, tag);
      results[tag] = {
        cycles: total,
        heapBefore: before.heap,
        heapAfter: after.heap,
        heapGrowthBytes: after.heap - before.heap,
        bytesPerCycle: round((after.heap - before.heap) / total, 1),
        nodesGrowth: after.nodes - before.nodes,
        listenersGrowth: after.listeners - before.listeners,
        liveInstancesAfter: live,
        msPerCycle: round(ms / total, 2),
      };
      if (tag !== 'control' && after.heap - before.heap > LOOK_BYTES) {
        // a second pass between two heap snapshots: does it grow again, and what are the new objects?
        const diff = await newObjectsDuring(session, async () => {
          await page.evaluate(cycle, html, total, batch, allTags);
          await sleep(300);
          await session.send('Runtime.discardConsoleEntries');
        });
        results[tag].secondPass = diff;
        log(`  memory ${tag}: second pass, new objects still alive: ${(diff.totalBytes / 1024).toFixed(1)} KB — ${diff.groups.slice(0, 4).map((g) => `${g.kind} ×${g.count} ${(g.bytes / 1024).toFixed(1)} KB${g.samples.length ? ` (e.g. ${g.samples.map((x) => JSON.stringify(x)).join(', ')})` : ''}`).join('; ')}`);
      }
      log(`  memory ${tag}: ${total} cycles in ${ms} ms, heap ${((after.heap - before.heap) / 1024).toFixed(1)} KB, nodes ${after.nodes - before.nodes}, live ${live}`);
    }
  } finally {
    await page.close();
  }
  const noise = Math.abs(results.control.heapGrowthBytes);
  const rows = [];
  const leaks = [];
  for (const { tag } of subjects) {
    const r = results[tag];
    // growth that does not come back in a second pass (one-time caches, code) is not a leak
    const growth = r.secondPass ? Math.min(r.heapGrowthBytes, r.secondPass.totalBytes) : r.heapGrowthBytes;
    const leak = tag !== 'control' && (r.liveInstancesAfter > 0 || r.nodesGrowth > 100 || growth > LEAK_BYTES + noise);
    if (leak) leaks.push(tag);
    r.leak = leak;
    rows.push([title, tag === 'control' ? 'control (same HTML, no widget)' : `<${tag}>`, `heap growth KB after ${total} (nodes, live instances)`, `${(r.heapGrowthBytes / 1024).toFixed(1)} (${r.nodesGrowth >= 0 ? '+' : ''}${r.nodesGrowth}, ${r.liveInstancesAfter})`, `${r.msPerCycle} ms/cycle`]);
  }
  const worst = widgetTags.reduce((a, b) => (results[b].heapGrowthBytes > results[a].heapGrowthBytes ? b : a));
  const budgets = [{
    figure: `leak after ${total} create/remove cycles`,
    budget: 'none measurable',
    measured: leaks.length ? `leak: ${leaks.join(', ')}` : `none (largest: <${worst}> ${(results[worst].heapGrowthBytes / 1024).toFixed(1)} KB, control ${(results.control.heapGrowthBytes / 1024).toFixed(1)} KB, 0 live instances)`,
    pass: leaks.length === 0,
  }];
  const notes = [];
  for (const { tag } of subjects) {
    const second = results[tag].secondPass;
    if (second) notes.push(`memory <${tag}>: grew ${(results[tag].heapGrowthBytes / 1024).toFixed(1)} KB; a second pass of ${total} cycles left ${(second.totalBytes / 1024).toFixed(1)} KB of new objects alive: ${second.groups.slice(0, 5).map((g) => `${g.kind} ×${g.count} (${(g.bytes / 1024).toFixed(1)} KB)${g.samples.length ? ` e.g. ${g.samples.map((x) => JSON.stringify(x)).join(', ')}` : ''}`).join('; ')}`);
  }
  return { results, rows, budgets, notes: [...notes, `memory: leak = live instances of the class after GC, or > 100 DOM nodes, or heap growth > ${LEAK_BYTES / 1024} KB + the control's |growth| (when the growth is over ${LOOK_BYTES / 1024} KB, the JavaScript objects still alive after a second pass between two heap snapshots count instead).`] };
}
