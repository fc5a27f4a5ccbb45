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
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules', '.bin', 'tsc');
// Linked from the repo into the scratch app's node_modules: Lit, and the frameworks the typings are for.
const LINKED_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs', 'react', '@types/react', 'vue', '@vue', 'preact', 'solid-js', '@solidjs'];

let tmp;
let tarball; // the packed .tgz
let installed; // node_modules/clinic-elements in the scratch app: the tarball unpacked
let tarballFiles; // paths inside the tarball, without the leading `package/`

/** Runs a command without throwing; resolves to { status, output } (stdout + stderr). */
function run(file, args, options = {}) {
  return new Promise((resolve) => {
    // Generous: eight compilers start together on a machine that other test runs share.
    execFile(file, args, { encoding: 'utf8', timeout: 240_000, ...options }, (error, stdout, stderr) => {
      const timedOut = error?.killed ? `\n(killed after ${options.timeout ?? 240_000} ms)` : '';
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}${timedOut}` });
    });
  });
}

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first');
  tmp = mkdtempSync(join(tmpdir(), 'clinic-elements-package-'));
  const packDir = join(tmp, 'pack');
  mkdirSync(packDir);
  tarball = join(packDir, execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop());
  tarballFiles = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));

  const modules = join(tmp, 'node_modules');
  installed = join(modules, 'clinic-elements');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '--strip-components=1', '-C', installed]);
  for (const name of LINKED_PACKAGES) {
    const target = join(root, 'node_modules', name);
    assert.ok(existsSync(target), `${name} is not in the repo's node_modules (npm ci first)`);
    mkdirSync(dirname(join(modules, name)), { recursive: true });
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
    // Bundles (the drop-in file, the loader and its chunks: dist/clinic-elements.*.js) and the
    // generated typings' empty modules (dist/jsx, dist/solid, dist/vue) have no source file of their own.
    .filter((path) => /^dist\/.*\.js$/.test(path) && !/^dist\/(clinic-elements\.[\w-]+\.js|jsx\/|solid\/|vue\/)/.test(path))
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

// --- Frameworks: the generated typings in React 19, Preact 11 and Solid 2 TSX apps and a Vue 3 SFC app

/** Lines marked `// misuse: <what>` must each be the one compile error on that line. */
function misuseLines(source) {
  return source.split('\n').flatMap((text, index) => {
    const what = /\/\/ misuse: (.+)$/.exec(text)?.[1] ?? /<!-- misuse: (.+) -->/.exec(text)?.[1];
    return what ? [{ line: index + 1, what }] : [];
  });
}

/** tsc/vue-tsc errors as { file, line, message }; an error without a place (a broken config) has file ''. */
function compileErrors(output) {
  return output.split('\n').flatMap((text) => {
    const match = /^(?:(.+?)\((\d+),\d+\): )?error (TS\d+: .*)$/.exec(text.trim());
    return match ? [{ file: match[1] ?? '', line: Number(match[2] ?? 0), message: match[3] }] : [];
  });
}

// React 19 and Preact 11 read the same props (a property where the element has one, else an attribute;
// `on` + the event's name listens to it; `ref` takes a useRef object), so one app and one misuse file
// serve both, with the framework's own hooks.
const jsxApp = (hooks) => `import { useRef, useState } from '${hooks}';
import 'clinic-elements';
import type {} from 'clinic-elements/jsx';
import type { ClinicLocationChangeDetail, ClinicSymptomChecklist } from 'clinic-elements';

export function Clinic({ track }: { track: (id: string) => void }) {
  const [branch, setBranch] = useState('deurne');
  const [chosen, setChosen] = useState<ClinicLocationChangeDetail>();
  const checklist = useRef<ClinicSymptomChecklist>(null);
  return (
    <>
      <clinic-faq class="faq" single searchable no-schema onclinic-faq-toggle={(event) => track(event.detail.open ? event.detail.id : event.detail.question)}>
        <details><summary>Is bewegen veilig?</summary><p>Ja.</p></details>
      </clinic-faq>
      <clinic-symptom-checklist ref={checklist} threshold={2} remember onclinic-symptoms-change={(event) => track(event.detail.checked.join() + String(event.detail.match))}>
        <ul><li>Startstijfheid</li></ul>
      </clinic-symptom-checklist>
      <clinic-phase-table current={2} heading-level={3} layout="steps" onClick={() => track(String(checklist.current?.value.length))} />
      <clinic-location-picker name="vestiging" value={branch} label="Kies" required geolocation
          onclinic-location-change={(event) => { setBranch(event.detail.value); setChosen(event.detail); }}>
        <clinic-location value="deurne" label="Deurne" lat="51.4613" lng="5.7953" postcodes="5750-5759" serves="Liessel" href="/deurne" phone="0493 000 001" selected />
      </clinic-location-picker>
      <clinic-contact-form action="/api/contact" timeout={10000} heading-level={3} min-fill-ms={0} minFillMs={0} no-draft privacy-href="/privacy"
          onclinic-submit={(event) => track(Object.keys(event.detail.data).join())}
          onclinic-submit-success={(event) => track(String(event.detail.status))}
          onclinic-submit-error={(event) => track(event.detail.message + String(chosen?.distanceKm))} />
    </>
  );
}
`;

const JSX_MISUSE = `import 'clinic-elements';
import type {} from 'clinic-elements/jsx';

export const table = <clinic-phase-table current="twee" />; // misuse: a string where current takes a number
export const faq = <clinic-faq onclinic-faq-toggle={(event) => { const open: string = event.detail.open; console.log(open); }} />; // misuse: detail.open is a boolean
export const steps = <clinic-phase-table layout="sideways" />; // misuse: layout takes auto, table or steps
export const checklist = <clinic-symptom-checklist threshold={2} />;
`;

// Solid 2: attributes as written, properties with prop:, events with on + the name from a capital letter.
const SOLID_APP = `import { createSignal } from 'solid-js';
import 'clinic-elements';
import type {} from 'clinic-elements/solid';
import type { ClinicFaq } from 'clinic-elements';

export function Clinic(props: { track: (id: string) => void }) {
  const [branch, setBranch] = createSignal('deurne');
  let faq: ClinicFaq | undefined;
  return (
    <>
      <clinic-faq ref={(element) => (faq = element)} class="faq" single searchable no-schema
          onClinic-faq-toggle={(event) => props.track(event.detail.open ? event.detail.id : event.detail.question)}>
        <details><summary>Is bewegen veilig?</summary><p>Ja.</p></details>
      </clinic-faq>
      <clinic-symptom-checklist threshold={2} remember prop:value={['Startstijfheid']}
          onClinic-symptoms-change={(event) => props.track(event.detail.checked.join() + String(event.detail.match))}>
        <ul><li>Startstijfheid</li></ul>
      </clinic-symptom-checklist>
      <clinic-phase-table current={2} heading-level={3} layout="steps" onClick={() => faq?.focus()} />
      <clinic-location-picker name="vestiging" value={branch()} required
          onClinic-location-change={(event) => setBranch(event.detail.value)}>
        <clinic-location value="deurne" label="Deurne" lat="51.4613" lng="5.7953" postcodes="5750-5759" selected />
      </clinic-location-picker>
      <clinic-contact-form action="/api/contact" timeout={10000} heading-level={3} min-fill-ms={0} no-draft prop:minFillMs={0}
          onClinic-submit-error={(event) => props.track(event.detail.message)} />
    </>
  );
}
`;

const SOLID_MISUSE = `import 'clinic-elements';
import type {} from 'clinic-elements/solid';

export const table = <clinic-phase-table current="twee" />; // misuse: a string where current takes a number
export const faq = <clinic-faq onClinic-faq-toggle={(event) => { const open: string = event.detail.open; console.log(open); }} />; // misuse: detail.open is a boolean
export const checklist = <clinic-symptom-checklist prop:value="Startstijfheid" />; // misuse: the property value takes a list of complaints
export const form = <clinic-contact-form timeout={10000} />;
`;

const VUE_APP = `<script setup lang="ts">
import { ref } from 'vue';
import 'clinic-elements';
import type { ClinicFaqToggleDetail } from 'clinic-elements';

const branch = ref('deurne');
const opened = ref<ClinicFaqToggleDetail[]>([]);
</script>

<template>
  <clinic-faq single searchable @clinic-faq-toggle="opened.push($event.detail)">
    <details><summary>Is bewegen veilig?</summary><p>Ja.</p></details>
  </clinic-faq>
  <clinic-symptom-checklist :threshold="2" remember @clinic-symptoms-change="(event) => console.log(event.detail.checked.length, event.detail.match)" />
  <clinic-phase-table :current="2" layout="steps" />
  <clinic-location-picker name="vestiging" :value="branch" required @clinic-location-change="branch = $event.detail.value">
    <clinic-location value="deurne" label="Deurne" lat="51.4613" lng="5.7953" postcodes="5750-5759" />
  </clinic-location-picker>
  <clinic-contact-form action="/api/contact" :timeout="10000" @clinic-submit-error="(event) => console.log(event.detail.message)" />
</template>
`;

const VUE_MISUSE = `<script setup lang="ts">
import 'clinic-elements';
</script>

<template>
  <clinic-phase-table :current="'twee'" /><!-- misuse: a string where current takes a number -->
  <clinic-location-picker @clinic-location-change="(event) => { const count: number = event.detail.value; console.log(count); }" /><!-- misuse: detail.value is a string -->
  <clinic-faq single />
</template>
`;

const vueTsc = join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');
/**
 * One app per framework: `app` uses every tag, attribute and event as documented and must compile;
 * `misuse` must fail exactly on its marked lines. Both are checked in one compiler run per framework.
 * `needs`: a package the app cannot compile without, which the repo may lack (the test then says so).
 */
const FRAMEWORKS = [
  {
    name: 'React 19', folder: 'react', what: 'a React 19 TSX app', typings: 'clinic-elements/jsx', checker: tsc,
    compilerOptions: { jsx: 'react-jsx' }, app: ['app.tsx', jsxApp('react')], misuse: ['misuse.tsx', JSX_MISUSE],
  },
  {
    name: 'Preact 11', folder: 'preact', what: 'a Preact 11 TSX app (jsxImportSource preact)', typings: 'clinic-elements/jsx', checker: tsc,
    compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'preact' }, app: ['app.tsx', jsxApp('preact/hooks')], misuse: ['misuse.tsx', JSX_MISUSE],
  },
  {
    // Solid 2's JSX types belong to its renderer (solid-js 2 has no jsx-runtime): jsxImportSource @solidjs/web.
    name: 'Solid 2', folder: 'solid', what: 'a Solid 2 TSX app (jsxImportSource @solidjs/web)', typings: 'clinic-elements/solid', checker: tsc,
    compilerOptions: { jsx: 'preserve', jsxImportSource: '@solidjs/web' }, app: ['app.tsx', SOLID_APP], misuse: ['misuse.tsx', SOLID_MISUSE],
    needs: '@solidjs/web',
  },
  {
    name: 'Vue 3', folder: 'vue', what: 'a Vue 3 SFC app under vue-tsc', typings: 'clinic-elements/vue', checker: vueTsc,
    compilerOptions: { jsx: 'preserve' }, app: ['App.vue', VUE_APP], misuse: ['Misuse.vue', VUE_MISUSE],
    extraFiles: { 'env.d.ts': '/// <reference types="clinic-elements/vue" />\n' },
  },
];

/** Why a framework's app cannot be compiled here (a package missing from the repo), or false. */
function missingPackage(framework) {
  if (!framework.needs || existsSync(join(root, 'node_modules', framework.needs))) return false;
  return `${framework.needs} is not installed: add it to devDependencies (npm install --save-dev ${framework.needs}) to compile the ${framework.name} app`;
}

let frameworkChecks; // framework name → the compiler run over its app and misuse files, started together
before(() => {
  frameworkChecks = Object.fromEntries(FRAMEWORKS.filter((framework) => !missingPackage(framework)).map((framework) => {
    const folder = join(tmp, framework.folder);
    mkdirSync(folder);
    const files = { [framework.app[0]]: framework.app[1], [framework.misuse[0]]: framework.misuse[1], ...framework.extraFiles };
    for (const [file, source] of Object.entries(files)) writeFileSync(join(folder, file), source);
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, skipLibCheck: false, types: [], noEmit: true, ...framework.compilerOptions },
      include: Object.keys(files),
    }));
    return [framework.name, run(process.execPath, [framework.checker, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: folder })];
  }));
});

for (const framework of FRAMEWORKS) {
  const [appFile] = framework.app;
  const [misuseFile, misuseSource] = framework.misuse;

  test(`${framework.what} using every tag, attribute and event as documented compiles (${framework.typings})`, { skip: missingPackage(framework) }, async () => {
    const { output } = await frameworkChecks[framework.name];
    const errors = compileErrors(output);
    assert.ok(errors.some((error) => error.file === misuseFile), `the compiler did not check the ${framework.name} app (no error even in ${misuseFile}):\n${output}`);
    assert.deepEqual(errors.filter((error) => error.file !== misuseFile), [], `the compiler rejected the ${framework.name} app (${appFile}) or the package's typings:\n${output}`);
  });

  test(`in ${framework.name}, a wrong attribute type and a wrong use of an event detail fail on their lines`, { skip: missingPackage(framework) }, async () => {
    const { status, output } = await frameworkChecks[framework.name];
    assert.notEqual(status, 0, `the compiler accepted the ${framework.name} misuses: the typings do not type the tags`);
    const lines = compileErrors(output).filter((error) => error.file === misuseFile).map((error) => error.line);
    for (const { line, what } of misuseLines(misuseSource)) {
      assert.ok(lines.includes(line), `no error on line ${line} (${what}):\n${output}`);
    }
    assert.equal(lines.length, misuseLines(misuseSource).length, `errors besides the misuses:\n${output}`);
  });
}

// --- Editors: VS Code custom data and JetBrains web-types, generated from the manifest -------------

const ALL_TAGS = Object.keys(TAGS);

test('VS Code custom data and JetBrains web-types are in the package and describe every tag, attribute, slot and part', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  const vscode = JSON.parse(readFileSync(join(installed, 'dist/editors/vscode.html-custom-data.json'), 'utf8'));
  const css = JSON.parse(readFileSync(join(installed, 'dist/editors/vscode.css-custom-data.json'), 'utf8'));
  assert.ok(pkg['web-types'], 'package.json has no "web-types" field (JetBrains IDEs look for it)');
  const webTypes = JSON.parse(readFileSync(join(installed, pkg['web-types']), 'utf8'));
  const webElements = webTypes.contributions.html.elements;
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), [...ALL_TAGS].sort(), 'VS Code data lacks tags');
  assert.deepEqual(webElements.map((element) => element.name).sort(), [...ALL_TAGS].sort(), 'web-types lack tags');
  for (const element of elements) {
    const tag = vscode.tags.find((candidate) => candidate.name === element.tagName);
    const web = webElements.find((candidate) => candidate.name === element.tagName);
    for (const attribute of element.attributes ?? []) {
      assert.ok(tag.attributes.some((candidate) => candidate.name === attribute.name), `VS Code data: <${element.tagName}> lacks ${attribute.name}`);
      assert.ok(web.attributes.some((candidate) => candidate.name === attribute.name), `web-types: <${element.tagName}> lacks ${attribute.name}`);
    }
    // A part and a slot or attribute of the same name are both shown (the picker's `label`, the form's `success`).
    for (const part of element.cssParts ?? []) assert.match(tag.description, new RegExp(`\\*\\*${part.name}\\*\\*`), `VS Code data: <${element.tagName}> lacks the part ${part.name}`);
    for (const slot of (element.slots ?? []).filter((candidate) => candidate.name)) assert.match(tag.description, new RegExp(`\\*\\*${slot.name}\\*\\*`), `VS Code data: <${element.tagName}> lacks the slot ${slot.name}`);
  }
  // Attributes with a fixed set of values offer them.
  const layout = vscode.tags.find((tag) => tag.name === 'clinic-phase-table').attributes.find((attribute) => attribute.name === 'layout');
  assert.deepEqual(layout.values.map((value) => value.name).sort(), ['auto', 'steps', 'table'], 'VS Code data: layout offers its values');
  const single = vscode.tags.find((tag) => tag.name === 'clinic-faq').attributes.find((attribute) => attribute.name === 'single');
  assert.equal(single.valueSet, 'v', 'VS Code data: a boolean attribute takes no value');
  const method = webElements.find((element) => element.name === 'clinic-contact-form').attributes.find((attribute) => attribute.name === 'method');
  assert.match(JSON.stringify(method.value), /POST/, 'web-types: method offers its values');
  for (const token of ['--clinic-color-accent', '--clinic-radius']) {
    assert.ok(css.properties.some((property) => property.name === token), `VS Code CSS data lacks the shared token ${token}`);
  }
});

// --- The manifest that ships ------------------------------------------------------------------------

test('the shipped custom-elements.json points at files in the package and lists only public API', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const paths = manifest.modules.map((module) => module.path);
  const missing = paths.filter((path) => !tarballFiles.includes(path));
  assert.deepEqual(missing, [], `modules the package does not contain: ${missing.join(', ')}`);
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [...ALL_TAGS].sort());
  const internal = elements.flatMap((element) => (element.members ?? [])
    .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.static || /^[_#]/.test(member.name) || /Callback$/.test(member.name))
    .map((member) => `${element.tagName}.${member.name}`));
  assert.deepEqual(internal, [], `internal members listed as API: ${internal.join(', ')}`);
  const picker = elements.find((element) => element.tagName === 'clinic-location-picker');
  assert.ok(picker.attributes.some((attribute) => attribute.name === 'label') && picker.cssParts.some((part) => part.name === 'label'), 'the picker lists the attribute and the part `label`');
  const form = elements.find((element) => element.tagName === 'clinic-contact-form');
  assert.ok(form.slots.some((slot) => slot.name === 'success') && form.cssParts.some((part) => part.name === 'success'), 'the contact form lists the slot and the part `success`');
  for (const element of elements) {
    assert.ok(element.cssProperties.some((property) => property.name === '--clinic-color-accent'), `<${element.tagName}> does not list the shared tokens`);
  }
});

// --- publint and arethetypeswrong on the tarball --------------------------------------------------

test('publint finds nothing to fix in the tarball (strict: warnings count)', async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const data = readFileSync(tarball);
  const { messages, pkg: linted } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, level: 'suggestion', strict: true });
  assert.deepEqual(messages.map((message) => formatMessage(message, linted)), [], 'publint');
});

test('arethetypeswrong: every entry point resolves to types in Node 16+ and bundlers (ESM only)', async () => {
  const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  // The stylesheet is an entry point but not a module; `esm-only`: the package has no CommonJS build.
  const { status, output } = await run(process.execPath, [attw, tarball, '--profile', 'esm-only', '--exclude-entrypoints', './clinic-elements.css', '--no-color', '--no-emoji', '--format', 'table-flipped']);
  assert.equal(status, 0, `attw found problems:\n${output}`);
});

// --- Docs that travel: every relative link in README and docs resolves inside the tarball --------

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading) {
  return heading.trim().toLowerCase().replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function anchorsIn(markdown) {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...withoutCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => anchorOf(heading)));
}

test('every relative link in README.md and docs/ resolves to a file (and heading) inside the tarball', () => {
  const documents = tarballFiles.filter((path) => path === 'README.md' || (path.startsWith('docs/') && path.endsWith('.md')));
  assert.ok(documents.includes('docs/api.md'), 'docs/api.md is not in the package ("files" in package.json)');
  const broken = [];
  let checked = 0;
  for (const document of documents) {
    const text = readFileSync(join(installed, document), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:
      checked += 1;
      const [file, anchor] = target.split('#');
      const resolved = file ? posix.normalize(posix.join(posix.dirname(document), file)) : document;
      if (!tarballFiles.includes(resolved)) {
        broken.push(`${document}: ${target} (${resolved} is not in the package)`);
      } else if (anchor && resolved.endsWith('.md') && !anchorsIn(readFileSync(join(installed, resolved), 'utf8')).has(anchor)) {
        broken.push(`${document}: ${target} (no heading #${anchor} in ${resolved})`);
      }
    }
  }
  assert.ok(checked > 20, `only ${checked} relative links found: is the link pattern right?`);
  assert.deepEqual(broken, [], `links that do not resolve inside the package:\n${broken.join('\n')}`);
});
