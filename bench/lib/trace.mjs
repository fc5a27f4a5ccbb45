// Main-thread time from a Chromium trace (the way DevTools' Performance panel and Lighthouse's
// "main-thread work breakdown" count it): the top-level tasks (RunTask) of the page's renderer
// main thread, from the navigation start to the end of the trace, split by what they spent
// their self time on. `total` is the thread's CPU time in those tasks, `wall` their duration.
export const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.gc'];

/** A task longer than this blocks input (Lighthouse's long task): 50 ms, in the trace's µs. */
const LONG_TASK_US = 50_000;

const groupOf = (name) => {
  if (/^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|v8\.run|v8\.callFunction|V8\.Execute|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks|v8\.produceCache|v8\.produceModuleCache|V8\.CompileCode|V8\.ScriptCompiler|XHR|CustomElement|ObserverCallback)/.test(name)) return 'script';
  if (/GC|^V8\.GC|BlinkGC|ThreadState::/i.test(name)) return 'gc';
  if (/^(ParseHTML|ParseAuthorStyleSheet|StreamingCompileScript)/.test(name)) return 'parse';
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|StyleInvalidator)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|IntersectionObserver|ResizeObserver|LayoutShift)/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|PaintImage|Decode|RasterTask|HitTest)/.test(name)) return 'paint';
  return 'other';
};

/** The renderer main thread that was busiest during the trace (for traces without a navigation). */
function busiestRendererMain(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = null;
  for (const thread of mains) {
    const busy = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask' && e.ph === 'X').reduce((sum, e) => sum + e.dur, 0);
    if (!best || busy > best.busy) best = { pid: thread.pid, tid: thread.tid, busy, ts: 0 };
  }
  if (!best) throw new Error('no renderer main thread in the trace');
  return best;
}

/**
 * @param {object[]} events traceEvents
 * @param {string | null} pageUrl the page navigated to (its navigationStart picks the renderer and
 *   the start); null: the busiest renderer main thread, the whole trace
 * @returns {{ total: number, wall: number, beforeDone: number, groups: Record<string, number>, tasks: number, longest: number, blocking: number }} ms
 */
export function mainThreadTime(events, pageUrl) {
  const nav = pageUrl === null ? busiestRendererMain(events) : events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl).at(-1);
  if (!nav) throw new Error(`no navigationStart for ${pageUrl} in the trace`);
  const { pid, tid } = nav;
  const done = events.find((e) => e.name === 'bench-done' && e.pid === pid);
  const scriptStart = events.find((e) => e.name === 'bench-script-start' && e.pid === pid);
  const ready = events.find((e) => e.name === 'bench-ready' && e.pid === pid);
  let scriptToReady = 0; // CPU time of the main thread between the two marks
  const forced = { count: 0, style: 0, layout: 0, where: new Map() };
  const slices = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && !String(e.cat).startsWith('toplevel'))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // CPU time of the thread (tdur) where the trace has it, else wall time: on a busy shared machine
  // the thread's CPU time is what the page cost; wall time also counts waiting for a core.
  const cpu = (e) => (typeof e.tdur === 'number' ? e.tdur : e.dur);
  const groups = { script: 0, style: 0, layout: 0, paint: 0, parse: 0, gc: 0, other: 0 };
  let total = 0;
  let wall = 0;
  let beforeDone = 0;
  let tasks = 0;
  let longest = 0;
  // Total Blocking Time as Lighthouse counts it: of every task over 50 ms, the part beyond 50 ms.
  let blocking = 0;
  const stack = [];
  let counted = false; // the current top-level task counts (starts after the navigation)
  for (const event of slices) {
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const end = event.ts + event.dur;
    const parent = stack.at(-1);
    if (!parent) {
      counted = event.ts >= nav.ts;
      if (counted) {
        total += cpu(event);
        wall += event.dur;
        tasks += 1;
        longest = Math.max(longest, event.dur);
        blocking += Math.max(0, event.dur - LONG_TASK_US);
        if (!done || event.ts < done.ts) beforeDone += cpu(event);
        if (scriptStart && ready) {
          const overlap = Math.min(end, ready.ts) - Math.max(event.ts, scriptStart.ts);
          if (overlap > 0 && event.dur > 0) scriptToReady += (cpu(event) * overlap) / event.dur;
        }
      }
    }
    const node = { end, group: event.name === 'RunTask' ? 'other' : groupOf(event.name), name: event.name };
    // inside JavaScript (not merely inside an event dispatch: typing into a field makes the browser's
    // own editing code update layout, which is not the page's doing)
    node.inScript = Boolean(parent && end <= parent.end && (parent.inScript || (parent.group === 'script' && parent.name !== 'EventDispatch')));
    // the nearest script slice that says where it is (function, url, line)
    const data = event.args?.data;
    node.where = data && (data.functionName || data.url) ? `${data.functionName || '(anonymous)'} ${String(data.url ?? '').replace(/^https?:\/\/[^/]+/, '')}:${(data.lineNumber ?? 0) + 1}` : (parent?.where ?? (node.group === 'script' ? event.name : undefined));
    if (counted && node.inScript && (event.name === 'Layout' || event.name === 'UpdateLayoutTree')) {
      // style or layout computed synchronously because script asked for it (a read after a write)
      forced.count += 1;
      forced[event.name === 'Layout' ? 'layout' : 'style'] += cpu(event);
      if (parent?.where) forced.where.set(parent.where, (forced.where.get(parent.where) ?? 0) + cpu(event));
    }
    if (counted) {
      // self time: a slice adds its time to its group and takes it off its parent's group
      groups[node.group] += cpu(event);
      if (parent && end <= parent.end) groups[parent.group] -= cpu(event);
    }
    stack.push(node);
  }
  const ms = (us) => Math.round(us / 10) / 100;
  return {
    total: ms(total),
    wall: ms(wall),
    scriptToReadyCpu: scriptStart && ready ? ms(scriptToReady) : null,
    beforeDone: ms(beforeDone),
    groups: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, ms(v)])),
    tasks,
    longest: ms(longest),
    blocking: ms(blocking),
    forced: { count: forced.count, styleMs: ms(forced.style), layoutMs: ms(forced.layout), where: [...forced.where.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w, us]) => `${w} (${ms(us)} ms)`) },
  };
}
