// Benchmark harness (issue 8): `npm run bench` (full, a few minutes) or `npm run bench:quick`
// (about a minute). Options: --only faq,demo,blocking,cls,filter,memory · --runs N · --no-build (measure
// dist/ as it is) · --profile (CPU profiles even when budgets pass) · --no-profile.
// Prints one table and the budgets; writes bench/results/<time>.json and bench/results/latest.json.
// Figures only: a missed budget never makes this exit non-zero.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildBundles, buildDist } from './lib/build.mjs';
import { launch, pageErrors } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { formatNumber, table } from './lib/stats.mjs';
import * as faq from './cases/faq.mjs';
import * as demo from './cases/demo.mjs';
import * as cls from './cases/cls.mjs';
import * as filter from './cases/filter.mjs';
import * as memory from './cases/memory.mjs';
import * as blocking from './cases/blocking.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=').slice(1).join('=') : argv[i + 1];
};
const quick = argv.includes('--quick');
const allCases = [faq, demo, blocking, cls, filter, memory];
const only = option('only')?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((n) => !allCases.some((c) => c.name === n));
if (unknown?.length) {
  console.error(`unknown case(s): ${unknown.join(', ')}; cases are ${allCases.map((c) => c.name).join(', ')}`);
  process.exit(2);
}
const cases = only ? allCases.filter((c) => only.includes(c.name)) : allCases;
const runs = Number(option('runs') ?? (quick ? 3 : 7));
const profile = argv.includes('--profile') ? true : argv.includes('--no-profile') ? false : undefined;
const started = Date.now();
const log = (message) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s ${message}`);

log(`Clinic Elements benchmark: ${quick ? 'quick' : 'full'} mode, ${runs} runs, cases ${cases.map((c) => c.name).join(', ')}`);
const loadStart = loadavg()[0];
if (loadStart > cpus().length) log(`! load average ${loadStart.toFixed(1)} on ${cpus().length} cores: wall-clock figures will be noisy (the CPU-time figures less so)`);
if (!argv.includes('--no-build')) {
  const built = buildDist(root);
  log(built.ok ? `built dist/ (rollup -c, ${built.ms} ms)` : 'using the existing dist/');
}
const sizes = await buildBundles(root);
log(`bundled baselines into bench/.build/ (gzip: ${Object.entries(sizes).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')})`);

const server = await startServer(root);
const { browser, version } = await launch();
log(`${version}, server ${server.origin}`);

const results = {};
const rows = [];
const budgets = [];
const notes = [];
const profiles = {};
const DROP_IN_BUDGET = 26 * 1024;
const DROP_IN_GOAL = 25 * 1024;
budgets.push({
  figure: 'drop-in file, all five widgets + Lit, gzip',
  budget: '≤ 26 KB hard cap (goal for the seed page 25 KB)',
  measured: `${(sizes['clinic-elements.min'] / 1024).toFixed(2)} KB`,
  pass: sizes['clinic-elements.min'] <= DROP_IN_BUDGET,
  note: sizes['clinic-elements.min'] > DROP_IN_GOAL ? 'over the 25 KB goal' : undefined,
});
try {
  for (const benchCase of cases) {
    log(`case ${benchCase.name}: ${benchCase.title}`);
    try {
      const outcome = await benchCase.run({ browser, origin: server.origin, root, quick, runs, log, profile, sizes });
      results[benchCase.name] = outcome.results;
      rows.push(...outcome.rows);
      budgets.push(...outcome.budgets);
      notes.push(...(outcome.notes ?? []));
      if (outcome.profile) profiles[benchCase.name] = outcome.profile;
    } catch (error) {
      console.error(`! case ${benchCase.name} failed: ${error?.stack ?? error}`);
      results[benchCase.name] = { error: String(error?.message ?? error) };
      rows.push([benchCase.title, '(failed)', String(error?.message ?? error).slice(0, 60), null, '']);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const cell = (value) => (value && typeof value === 'object' && 'median' in value ? [formatNumber(value.median), formatNumber(value.min), formatNumber(value.max)] : [formatNumber(value), '', '']);
const tableRows = rows.map(([caseTitle, variant, figure, value, ratio]) => [caseTitle, variant, figure, ...cell(value), ratio ?? '']);
const headers = ['case', 'variant', 'figure', 'median', 'min', 'max', 'ratio'];
const budgetHeaders = ['figure', 'budget', 'measured', 'result'];
const budgetRows = budgets.map((b) => [b.figure, b.budget, b.measured, b.pass === null ? 'n/a' : b.pass ? 'pass' : 'MISS']);

console.log(`\nResults (${quick ? 'quick' : 'full'}, ${runs} runs per figure unless noted; ms unless noted)\n`);
console.log(table(headers, tableRows, { left: 3 }));
console.log('\nBudgets\n');
console.log(table(budgetHeaders, budgetRows, { left: 3 }));
if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
if (pageErrors.size) console.log(`\nErrors in the benchmark pages:\n${[...pageErrors].map(([m, n]) => `- ${m} (×${n})`).join('\n')}`);

let commit = null;
let uncommitted = null;
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  // what was measured is the working tree: say whether src/ had uncommitted changes
  uncommitted = execSync('git status --porcelain -- src', { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).length;
} catch {
  // not a git checkout
}
const report = {
  date: new Date().toISOString(),
  commit,
  uncommittedSrcFiles: uncommitted,
  mode: quick ? 'quick' : 'full',
  runs,
  cases: cases.map((c) => c.name),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadavgAtStart: loadStart, loadavgAtEnd: loadavg()[0], node: process.version, chromium: version },
  pageErrors: Object.fromEntries(pageErrors),
  sizes,
  results,
  budgets,
  profiles,
  tables: { results: table(headers, tableRows, { markdown: true }), budgets: table(budgetHeaders, budgetRows, { markdown: true }) },
};
const dir = join(root, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${report.date.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
log(`wrote ${file.slice(root.length)} (and bench/results/latest.json)`);
