// Editor data and framework typings, generated from the manifest by the maintained generators (never
// written by hand), into dist/ at build time (`npm run build` runs this after tsc):
//   dist/editors/vscode.html-custom-data.json, vscode.css-custom-data.json  VS Code (custom-element-vs-code-integration)
//   dist/editors/web-types.json                                              JetBrains (custom-element-jet-brains-integration; package.json "web-types")
//   dist/jsx/index.d.ts      JSX types for React 19, Preact and Solid (@wc-toolkit/jsx-types, which
//                            covers all three: custom-element-solidjs-integration would declare Solid's twice) → `clinic-elements/jsx`
//   dist/vue/index.d.ts      Vue's GlobalComponents (custom-element-vuejs-integration) → `clinic-elements/vue`
// Each typings folder also gets an empty index.js, so the export resolves at run time as well.
//   node scripts/generate-integrations.mjs [manifest.json]   (default: the manifest of the source, scripts/manifest.mjs)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateManifest } from './manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const manifest = process.argv[2] ? JSON.parse(readFileSync(process.argv[2], 'utf8')) : generateManifest();
const quiet = { hideLogs: true };
const camelCase = (name) => name.replace(/-([a-z])/g, (whole, letter) => letter.toUpperCase());
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

/**
 * A copy of the manifest for the typings generators, which take a property's type from the class
 * (`ClinicLocation['lat']`) and so break on attributes that have no property (`<clinic-location lat>`):
 * such an attribute names itself as its field and the generators use the manifest's types
 * (`useCemTypes`), which are the source's types.
 */
function forTypings() {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) attribute.fieldName ??= attribute.name;
  }
  return copy;
}

/** The detail types of our events (`ClinicFaqToggleDetail`), exported by the package root. */
const detailTypes = [...new Set(elements.flatMap((element) => element.events ?? []).map((event) => /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1]).filter(Boolean))];

for (const folder of ['editors', 'jsx', 'vue']) {
  rmSync(join(dist, folder), { recursive: true, force: true });
  mkdirSync(join(dist, folder), { recursive: true });
}

generateVsCodeCustomElementData(structuredClone(manifest), {
  ...quiet,
  outdir: join(dist, 'editors'),
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  descriptionSrc: 'summary',
  hideMethodDocs: true,
});

// Boolean attributes take no value: VS Code's value set `v` completes them without `=""`.
const vscodeFile = join(dist, 'editors', 'vscode.html-custom-data.json');
const vscodeData = JSON.parse(readFileSync(vscodeFile, 'utf8'));
for (const tag of vscodeData.tags) {
  const element = elements.find((candidate) => candidate.tagName === tag.name);
  for (const attribute of tag.attributes ?? []) {
    const documented = element?.attributes?.find((candidate) => candidate.name === attribute.name);
    if (documented?.type?.text === 'boolean' && (attribute.values ?? []).length === 0) {
      delete attribute.values;
      attribute.valueSet = 'v';
    }
  }
}
writeFileSync(vscodeFile, `${JSON.stringify(vscodeData, null, 2)}\n`);

generateJetBrainsWebTypes(structuredClone(manifest), {
  ...quiet,
  outdir: join(dist, 'editors'),
  webTypesFileName: 'web-types.json',
  descriptionSrc: 'summary',
  hideMethodDocs: true,
  packageJson: false,
});

generateJsxTypes(forTypings(), {
  ...quiet,
  outdir: join(dist, 'jsx'),
  fileName: 'index.d.ts',
  globalTypePath: '../index.js',
  stronglyTypedEvents: true,
  useCemTypes: true,
});

// Vue's generator wraps an event's type in CustomEvent<…> itself, so it gets the detail type; with
// the manifest's own types (no globalTypePath) it imports nothing, so the detail types are imported here.
const forVue = forTypings();
for (const event of forVue.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.events ?? [])) {
  const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
  if (detail) event.type.text = detail;
  else delete event.type; // a plain Event (`change`)
}
generateVuejsTypes(forVue, { ...quiet, outdir: join(dist, 'vue'), fileName: 'index.d.ts' });
const vueTypes = join(dist, 'vue', 'index.d.ts');
// Vue's template checker looks for `@clinic-faq-toggle` under the prop `onClinicFaqToggle`; the
// generator writes `"onclinic-faq-toggle"`, which it never finds (the event went untyped).
// A plain Event (`change`) is typed as one, not as CustomEvent<never>.
let vueSource = readFileSync(vueTypes, 'utf8').replaceAll('CustomEvent<never>', 'Event');
for (const name of new Set(elements.flatMap((element) => element.events ?? []).map((event) => event.name))) {
  vueSource = vueSource.replace(new RegExp(`"?on${name}"?\\?:`, 'g'), `${camelCase(`on-${name}`)}?:`);
}
writeFileSync(vueTypes, `import type { ${detailTypes.join(', ')} } from '../index.js';\n${vueSource}`);

for (const folder of ['jsx', 'vue']) writeFileSync(join(dist, folder, 'index.js'), '// Types only: see index.d.ts.\nexport {};\n');
console.log('Editor data and framework typings written to dist/editors, dist/jsx and dist/vue.');
