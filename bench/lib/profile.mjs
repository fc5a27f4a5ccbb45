// CPU profiles through the DevTools protocol (Profiler domain): the functions with the most
// self time, and the same grouped by script, to say *why* a figure is what it is.

/** Starts the sampling profiler on a page's CDP session; returns stop() → the profile. */
export async function startProfile(session, intervalUs = 100) {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    await session.send('Profiler.disable');
    return profile;
  };
}

const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '') : '');

/**
 * @returns {{ totalMs: number, functions: {name: string, where: string, selfMs: number, pct: number}[], scripts: {script: string, selfMs: number, pct: number}[] }}
 */
export function topSelf(profileOrProfiles, limit = 15) {
  const profiles = Array.isArray(profileOrProfiles) ? profileOrProfiles : [profileOrProfiles];
  const merged = profiles.map((profile, n) => ({
    // node ids are per profile: make them unique so several profiles add up
    nodes: profile.nodes.map((node) => ({ ...node, id: `${n}:${node.id}`, children: (node.children ?? []).map((c) => `${n}:${c}`) })),
    samples: profile.samples.map((id) => `${n}:${id}`),
    timeDeltas: profile.timeDeltas ?? [],
  }));
  const profile = {
    nodes: merged.flatMap((p) => p.nodes),
    samples: merged.flatMap((p) => p.samples),
    // the first delta of each profile is from its start: treat the boundary as zero time
    timeDeltas: merged.flatMap((p) => p.timeDeltas.map((d, i) => (i === 0 ? 0 : d))),
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** "caller ← caller's caller" of a profile node, by function name and line. */
  const callers = (id) => {
    const chain = [];
    for (let p = parentOf.get(id); p !== undefined && chain.length < 3; p = parentOf.get(p)) {
      const { callFrame } = byId.get(p);
      if (callFrame.functionName === '(root)') break;
      chain.push(`${callFrame.functionName || '(anonymous)'}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`);
    }
    return chain.join(' ← ');
  };
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    // each sample's time is the delta to the next one
    const dt = deltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const functions = new Map();
  const scripts = new Map();
  let total = 0;
  let program = 0;
  let harness = 0;
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += us;
    if (callFrame.functionName === '(program)') {
      program += us; // native work outside JavaScript: parsing, style, layout, paint
      continue;
    }
    const parent = parentOf.has(id) ? byId.get(parentOf.get(id)).callFrame : null;
    if (callFrame.url.startsWith('pptr:') || (!callFrame.url && parent?.url.startsWith('pptr:'))) {
      harness += us; // the benchmark's own page.evaluate code
      continue;
    }
    const name = callFrame.functionName || (callFrame.url ? '(anonymous)' : callFrame.functionName);
    const where = callFrame.url ? `${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : '';
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, us: 0, lines: new Map(), callers: new Map() };
    entry.us += us;
    const chain = callers(id);
    entry.callers.set(chain, (entry.callers.get(chain) ?? 0) + us);
    // line-level hot spots inside the function (the profiler's positionTicks), 1-based lines
    for (const { line, ticks } of byId.get(id).positionTicks ?? []) entry.lines.set(line, (entry.lines.get(line) ?? 0) + ticks);
    functions.set(key, entry);
    const script = callFrame.url ? shortUrl(callFrame.url) : name;
    scripts.set(script, (scripts.get(script) ?? 0) + us);
  }
  const ms = (us) => Math.round(us / 10) / 100;
  const pct = (us) => (total ? Math.round((us / total) * 1000) / 10 : 0);
  return {
    totalMs: ms(total),
    programMs: ms(program),
    harnessMs: ms(harness),
    functions: [...functions.values()].sort((a, b) => b.us - a.us).slice(0, limit).map((f) => {
      const ticks = [...f.lines.values()].reduce((a, b) => a + b, 0);
      const hotLines = [...f.lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([line, n]) => ({ line, share: Math.round((n / ticks) * 100) }));
      const [calledFrom] = [...f.callers.entries()].sort((a, b) => b[1] - a[1]);
      return { name: f.name, where: f.where, selfMs: ms(f.us), pct: pct(f.us), hotLines, calledFrom: calledFrom?.[0] ?? '' };
    }),
    scripts: [...scripts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([script, us]) => ({ script, selfMs: ms(us), pct: pct(us) })),
  };
}

export function printProfile(title, result) {
  console.log(`\n  profile: ${title}: ${result.totalMs} ms sampled (not idle), of which ${result.programMs} ms native (parse/style/layout/paint) and ${result.harnessMs} ms the bench's own probes; top self time in JavaScript:`);
  for (const f of result.functions) {
    const lines = f.hotLines?.length && f.where ? `  [hot lines: ${f.hotLines.map((l) => `${l.line} (${l.share}%)`).join(', ')}]` : '';
    console.log(`    ${String(f.selfMs).padStart(8)} ms ${String(f.pct).padStart(5)}%  ${f.name || '(native)'}  ${f.where}${lines}`);
    if (f.calledFrom) console.log(`${' '.repeat(22)}← ${f.calledFrom}`);
  }
  console.log('    by script: ' + result.scripts.map((s) => `${s.script || '(native)'} ${s.selfMs} ms (${s.pct}%)`).join(' · '));
}
