// What a web developer gets from `npm install clinic-elements`: the packed tarball, installed into a
// scratch node_modules (lit linked from the repo; no network), must type-check in a strict TypeScript
// app under both module resolutions people use (nodenext and bundler), with typed tags and event
// details, must import in Node (server-side rendering frameworks import packages on the server),
// and must hold every file package.json "exports" points to. Needs dist/ (npm test builds first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, symlinkSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules', '.bin', 'tsc');
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs'];

let tmp;
let tarballFiles; // paths inside the tarball, without the leading `package/`

/** Runs a command without throwing; resolves to { status, output } (stdout + stderr). */
function run(file, args, options = {}) {
  return new Promise((resolve) => {
    execFile(file, args, { encoding: 'utf8', timeout: 60_000, ...options }, (error, stdout, stderr) => {
      resolve({ status: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first');
  tmp = mkdtempSync(join(tmpdir(), 'clinic-elements-package-'));
  const packDir = join(tmp, 'pack');
  mkdirSync(packDir);
  const tarball = join(packDir, execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop());
  tarballFiles = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));

  const modules = join(tmp, 'node_modules');
  const installed = join(modules, 'clinic-elements');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '--strip-components=1', '-C', installed]);
  for (const name of LIT_PACKAGES) {
    const target = join(root, 'node_modules', name);
    assert.ok(existsSync(target), `${name} is not in the repo's node_modules (npm ci first)`);
    symlinkSync(target, join(modules, name), 'dir');
  }
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every file path in an "exports" value (a string, or nested conditions such as types/default). */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(exportTargets);
}

test('the tarball holds every file package.json points to, the manifest, the stylesheet and the licence', () => {
  const wanted = new Set([
    ...Object.values(pkg.exports).flatMap(exportTargets),
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    './custom-elements.json',
    './dist/clinic-elements.css',
    './LICENSE',
  ]);
  const missing = [...wanted].filter((path) => !tarballFiles.includes(path.replace(/^\.\//, '')));
  assert.deepEqual(missing, [], `package.json points to files the npm package does not contain: ${missing.join(', ')}`);
  // Every entry with a default must also have types (a TypeScript app would get `any` otherwise).
  for (const [entry, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object' && value.default?.endsWith('.js')) {
      assert.ok(value.types, `exports["${entry}"] has no "types" condition`);
    }
  }
});

test('the tarball holds no module left over from a deleted source file (the build empties dist/ first)', () => {
  const stale = tarballFiles
    .filter((path) => /^dist\/.*\.js$/.test(path) && path !== 'dist/clinic-elements.min.js')
    .filter((path) => !existsSync(join(root, path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))));
  assert.deepEqual(stale, [], `modules without a source file: ${stale.join(', ')}`);
});

// --- TypeScript: a strict app that uses the package as the README shows --------------------------

const CONSUMER = `
import 'clinic-elements/faq.js';
import 'clinic-elements/location-picker.js';
import {
  ClinicFaq,
  ClinicSymptomChecklist,
  ClinicPhaseTable,
  ClinicLocationPicker,
  ClinicLocation,
  ClinicContactForm,
  registerTranslation,
  type ClinicFaqToggleDetail,
  type ClinicSymptomsChangeDetail,
  type ClinicLocationChangeDetail,
  type ClinicSubmitDetail,
  type ClinicSubmitSuccessDetail,
  type ClinicSubmitErrorDetail,
  type Translations,
} from 'clinic-elements';
import * as classes from 'clinic-elements/classes.js';
import { ClinicFaq as FaqFromEntry } from 'clinic-elements/faq.js';
import { ClinicLocationPicker as PickerFromEntry, ClinicLocation as LocationFromEntry } from 'clinic-elements/location-picker.js';

// The same classes from every entry point.
const sameClasses: [typeof ClinicFaq, typeof ClinicSymptomChecklist, typeof ClinicPhaseTable, typeof ClinicLocationPicker, typeof ClinicLocation, typeof ClinicContactForm] = [
  classes.ClinicFaq, classes.ClinicSymptomChecklist, classes.ClinicPhaseTable, classes.ClinicLocationPicker, classes.ClinicLocation, classes.ClinicContactForm,
];
const fromEntries: [typeof ClinicFaq, typeof ClinicLocationPicker, typeof ClinicLocation] = [FaqFromEntry, PickerFromEntry, LocationFromEntry];
const register: (lang: string, texts: classes.Translations) => void = classes.registerTranslation;

// Tags are typed (HTMLElementTagNameMap), not plain HTMLElement.
const picker: ClinicLocationPicker = document.createElement('clinic-location-picker');
const location: ClinicLocation = document.createElement('clinic-location');
const faq: ClinicFaq = document.createElement('clinic-faq');
const checklist: ClinicSymptomChecklist = document.createElement('clinic-symptom-checklist');
const table: ClinicPhaseTable = document.createElement('clinic-phase-table');
const form: ClinicContactForm = document.createElement('clinic-contact-form');
const queried: ClinicFaq | null = document.querySelector('clinic-faq');
picker.append(location);
document.body.append(picker, faq, checklist, table, form);

// Events are typed (HTMLElementEventMap): detail has the documented shape.
picker.addEventListener('clinic-location-change', (e) => {
  const km: number | undefined = e.detail.distanceKm;
  const value: string = e.detail.value;
  const label: string = e.detail.label;
  const detail: ClinicLocationChangeDetail = e.detail;
  console.log(km?.toFixed(1), value, label, detail);
});
faq.addEventListener('clinic-faq-toggle', (e) => {
  const detail: ClinicFaqToggleDetail = e.detail;
  const open: boolean = e.detail.open;
  console.log(detail.id, detail.question, open);
});
checklist.addEventListener('clinic-symptoms-change', (e) => {
  const detail: ClinicSymptomsChangeDetail = e.detail;
  const match: boolean = detail.match;
  console.log(detail.checked.join(), detail.redFlags.length, match);
});
form.addEventListener('clinic-submit', (e) => {
  const detail: ClinicSubmitDetail = e.detail;
  e.preventDefault();
  console.log(Object.keys(detail.data));
});
form.addEventListener('clinic-submit-success', (e) => {
  const detail: ClinicSubmitSuccessDetail = e.detail;
  const status: number = detail.status;
  console.log(status, detail.body);
});
form.addEventListener('clinic-submit-error', (e) => {
  const detail: ClinicSubmitErrorDetail = e.detail;
  const status: number | undefined = detail.status;
  console.log(status, detail.message);
});

const texts: Translations = { 'faq.openAll': 'Toon alle antwoorden', 'faq.total': { one: '{count} vraag', other: '{count} vragen' } };
registerTranslation('nl', texts);
register('nl', { 'faq.closeAll': 'Verberg alle antwoorden' });

console.log(sameClasses, fromEntries, queried);
`;

// Misuse the event detail: `value` is a string. The compiler must reject exactly this line.
const MISUSE_LINE = 'const n: number = e.detail.value; // misuse';
const MISUSE = `import 'clinic-elements/location-picker.js';

const picker = document.createElement('clinic-location-picker');
picker.addEventListener('clinic-location-change', (e) => {
  ${MISUSE_LINE}
  console.log(n);
});
`;

const RESOLUTIONS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};

/** Writes tsconfig.<name>.json for the given files and runs the repo's tsc on it. */
function typecheck(resolution, files, name) {
  const config = join(tmp, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({
    compilerOptions: {
      ...RESOLUTIONS[resolution],
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      strict: true,
      skipLibCheck: false, // the package's own .d.ts files must compile too
      types: [],
      noEmit: true,
    },
    files,
  }, null, 2));
  return run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: tmp });
}

let checks; // the four tsc runs, started together (each takes a few seconds)
before(() => {
  writeFileSync(join(tmp, 'consumer.ts'), CONSUMER);
  writeFileSync(join(tmp, 'misuse.ts'), MISUSE);
  checks = Object.fromEntries(Object.keys(RESOLUTIONS).flatMap((resolution) => [
    [`${resolution}-consumer`, typecheck(resolution, ['consumer.ts'], `${resolution}-consumer`)],
    [`${resolution}-misuse`, typecheck(resolution, ['misuse.ts'], `${resolution}-misuse`)],
  ]));
});

for (const resolution of Object.keys(RESOLUTIONS)) {
  test(`a strict TypeScript app type-checks against the package (moduleResolution ${resolution})`, async () => {
    const { status, output } = await checks[`${resolution}-consumer`];
    assert.equal(status, 0, `tsc (moduleResolution ${resolution}, skipLibCheck false) rejected the consumer:\n${output}`);
  });

  test(`misusing an event detail is a type error (moduleResolution ${resolution})`, async () => {
    const { status, output } = await checks[`${resolution}-misuse`];
    const line = MISUSE.split('\n').findIndex((text) => text.includes(MISUSE_LINE)) + 1;
    assert.notEqual(status, 0, `tsc accepted \`${MISUSE_LINE}\`: clinic-location-change's detail is not typed`);
    const errors = output.split('\n').filter((text) => /error TS\d+/.test(text));
    assert.equal(errors.length, 1, `expected one error (the misuse), got:\n${output}`);
    assert.match(errors[0], new RegExp(`misuse\\.ts\\(${line},\\d+\\): error TS2322: Type 'string' is not assignable to type 'number'`),
      `the error is not the misuse on line ${line}:\n${output}`);
  });
}

// --- Node: server-side rendering frameworks import the package on the server ---------------------

const ALL_CLASSES = ['ClinicFaq', 'ClinicSymptomChecklist', 'ClinicPhaseTable', 'ClinicLocationPicker', 'ClinicLocation', 'ClinicContactForm'];
const TAGS = {
  'clinic-faq': 'ClinicFaq',
  'clinic-symptom-checklist': 'ClinicSymptomChecklist',
  'clinic-phase-table': 'ClinicPhaseTable',
  'clinic-location-picker': 'ClinicLocationPicker',
  'clinic-location': 'ClinicLocation',
  'clinic-contact-form': 'ClinicContactForm',
};
// Entry point → the classes it exports and the tags it registers (classes.js registers none).
const ENTRIES = {
  'clinic-elements': { classes: ALL_CLASSES, tags: Object.keys(TAGS) },
  'clinic-elements/classes.js': { classes: ALL_CLASSES, tags: [] },
  'clinic-elements/faq.js': { classes: ['ClinicFaq'], tags: ['clinic-faq'] },
  'clinic-elements/symptom-checklist.js': { classes: ['ClinicSymptomChecklist'], tags: ['clinic-symptom-checklist'] },
  'clinic-elements/phase-table.js': { classes: ['ClinicPhaseTable'], tags: ['clinic-phase-table'] },
  'clinic-elements/location-picker.js': { classes: ['ClinicLocationPicker', 'ClinicLocation'], tags: ['clinic-location-picker', 'clinic-location'] },
  // The standard form offers a location picker, so contact-form.js registers that too (src/contact-form.ts).
  'clinic-elements/contact-form.js': { classes: ['ClinicContactForm'], tags: ['clinic-contact-form', 'clinic-location-picker', 'clinic-location'] },
};

/** Imports one entry in a fresh Node process from the consumer directory; reports what it exports and registers. */
function importInNode(specifier) {
  const code = `
    const m = await import(${JSON.stringify(specifier)});
    const registry = globalThis.customElements;
    const tags = Object.keys(${JSON.stringify(TAGS)}).filter((tag) => registry?.get(tag));
    const wrongClass = tags.filter((tag) => registry.get(tag) !== m[${JSON.stringify(TAGS)}[tag]] && m[${JSON.stringify(TAGS)}[tag]]);
    const types = Object.fromEntries(Object.entries(m).map(([name, value]) => [name, typeof value]));
    console.log(JSON.stringify({ types, tags, wrongClass }));
  `;
  return run(process.execPath, ['--input-type=module', '-e', code], { cwd: tmp });
}

let imports;
before(() => {
  imports = Object.fromEntries(Object.keys(ENTRIES).map((specifier) => [specifier, importInNode(specifier)]));
});

for (const [specifier, expected] of Object.entries(ENTRIES)) {
  test(`import('${specifier}') works in Node and exports ${expected.classes.join(', ')}`, async () => {
    const { status, output } = await imports[specifier];
    assert.equal(status, 0, `import('${specifier}') threw in Node:\n${output}`);
    const { types, tags, wrongClass } = JSON.parse(output.trim().split('\n').pop());
    for (const name of expected.classes) {
      assert.equal(types[name], 'function', `'${specifier}' does not export the class ${name} (exports: ${Object.keys(types).join(', ')})`);
    }
    if (expected.classes === ALL_CLASSES) {
      assert.equal(types.registerTranslation, 'function', `'${specifier}' does not export registerTranslation`);
    }
    assert.deepEqual(tags.sort(), [...expected.tags].sort(), `'${specifier}' registered the wrong tags in Node's custom element registry`);
    assert.deepEqual(wrongClass, [], `'${specifier}' registered tags with a different class than it exports`);
  });
}
