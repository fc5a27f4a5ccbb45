// Size check (part of `npm test`): prints the gzip size of the drop-in file and what each widget
// adds to it, and fails when the drop-in file is over budget. A widget's figure is the drop-in
// bundle minus the same bundle built without that widget, so Lit and the shared internals are
// counted once and a growing widget shows up in review.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import config, { widgetEntries } from '../rollup.config.mjs';

const BUDGET = 24 * 1024;
const GOAL = 20 * 1024;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const dropInFile = process.argv.find((arg, index) => index > 1 && !arg.startsWith('--')) ?? 'dist/clinic-elements.min.js';
const dropIn = gzip(readFileSync(dropInFile));

/** The drop-in build of a virtual entry that imports the given widget entries. */
async function bundleOf(entries) {
  const virtual = {
    name: 'size-entry',
    resolveId: (id) => (id === 'size-entry' ? id : null),
    load: (id) => (id === 'size-entry' ? entries.map((name) => `export * from ${JSON.stringify(resolve(`src/${name}.ts`))};`).join('\n') : null),
  };
  const dropInConfig = config[1];
  const bundle = await rollup({ ...dropInConfig, input: 'size-entry', plugins: [virtual, ...dropInConfig.plugins], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return gzip(output[0].code);
}

// contact-form.js registers the location picker too (its standard form uses it), so the picker's
// share is measured with the contact form left out as well.
const dependents = { 'location-picker': ['contact-form'] };
const without = (names) => bundleOf(widgetEntries.filter((name) => !names.includes(name)));

const rows = [];
if (!process.argv.includes('--drop-in-only')) {
  const all = await bundleOf(widgetEntries);
  for (const name of widgetEntries) {
    const others = dependents[name] ?? [];
    const before = others.length ? await without(others) : all;
    rows.push([`${name}.js (adds)`, before - (await without([...others, name]))]);
  }
  rows.unshift(['lit + shared internals (the rest)', all - rows.reduce((sum, [, bytes]) => sum + bytes, 0)]);
}
rows.push(['clinic-elements.min.js (all, gzip)', dropIn]);

console.log('\nsize (gzip -9)');
for (const [label, bytes] of rows) console.log(`  ${label.padEnd(40)} ${kb(bytes).padStart(10)}`);
console.log(`  budget ${kb(BUDGET)}, goal ${kb(GOAL)}`);
if (dropIn > BUDGET) {
  console.error(`\nsize check FAILED: ${dropInFile} is ${kb(dropIn)} gzip, over the ${kb(BUDGET)} budget.`);
  process.exit(1);
}
console.log(`size check passed: ${kb(dropIn)} of ${kb(BUDGET)}${dropIn > GOAL ? ' (over the 20 KB goal)' : ''}`);
