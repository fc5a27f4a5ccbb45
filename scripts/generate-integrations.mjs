// Editor data and framework typings, generated from the manifest by the maintained generators (never
// written by hand), into dist/ at build time (`npm run build` runs this after tsc):
//   dist/editors/vscode.html-custom-data.json, vscode.css-custom-data.json  VS Code (custom-element-vs-code-integration)
//   dist/editors/web-types.json                                              JetBrains (custom-element-jet-brains-integration; package.json "web-types")
//   dist/jsx/index.d.ts      JSX types for React 19, Preact and Solid 1 (@wc-toolkit/jsx-types, which
//                            covers all three: custom-element-solidjs-integration would declare Solid's twice) → `clinic-elements/jsx`
//   dist/solid/index.d.ts    JSX types for Solid 2, which no generator covers yet (written here, see solid2Typings)
//                            → `clinic-elements/solid`; a file of its own, as it imports @solidjs/web
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

for (const folder of ['editors', 'jsx', 'vue', 'solid']) {
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
  includeDefaultDOMEvents: true, // onClick, onKeyDown, onFocus… on our tags, as on any element
});
const jsxTypes = join(dist, 'jsx', 'index.d.ts');
const generatedRef = 'ref?: (T | ((e: T) => void)) | undefined;';
const jsxSource = readFileSync(jsxTypes, 'utf8');
if (!jsxSource.includes(generatedRef)) throw new Error(`dist/jsx/index.d.ts: the generator's ref type changed; expected \`${generatedRef}\``);
// The generator's ref takes a callback or (Solid 1) a variable, not the object of React's and
// Preact's useRef/createRef (`ref={faqRef}` failed to compile).
const jsxWithRefs = jsxSource.replace(generatedRef, 'ref?: T | { current: T | null } | ((element: T) => void) | undefined;');
writeFileSync(jsxTypes, jsxWithRefs);
writeFileSync(join(dist, 'solid', 'index.d.ts'), solid2Typings());

/** A doc comment holding `text`, each line indented (a star-slash inside the text is escaped, as it would end the comment). */
function docComment(text, indent) {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * Solid 2's JSX types belong to its renderer, `@solidjs/web` (`"jsxImportSource": "@solidjs/web"`;
 * `solid-js` 2 has no `jsx-runtime`), so the tags are declared there, on Solid's own
 * `HTMLAttributes` (ref, class, style, onClick…). That import is why this is a file of its own: in
 * `clinic-elements/jsx` it would break every other framework's app that has no `@solidjs/web`.
 * Solid 2 sets what is written as an attribute (its `attr:`/`bool:` namespaces are gone), a property
 * with `prop:`, and listens to `on` + an upper-case letter (`onClinic-faq-toggle` →
 * `clinic-faq-toggle`; the `on:` namespace is gone too).
 */
function solid2Typings() {
  const typeOf = (entry) => {
    const text = entry.type?.text ?? 'string';
    return /\bundefined\b/.test(text) ? text : `${text} | undefined`;
  };
  const customEvents = (element) => (element.events ?? []).flatMap((event) => {
    const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
    // Plain DOM events (the picker's `change`) are Solid's own handlers already (`onChange`).
    return detail ? [{ ...event, detail }] : [];
  });
  const declarations = elements.map((element) => {
    const attributes = (element.attributes ?? []).map((attribute) =>
      `${docComment(attribute.description, '        ')}        "${attribute.name}"?: ${typeOf(attribute)};`);
    const properties = (element.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
      .map((member) => `${docComment(member.description, '        ')}        "prop:${member.name}"?: ${typeOf(member)};`);
    const events = customEvents(element).map((event) => {
      const handler = `SolidJSX.EventHandlerUnion<${element.name}, CustomEvent<${event.detail}>>`;
      return `${docComment(event.description, '        ')}        "on${event.name[0].toUpperCase()}${event.name.slice(1)}"?: ${handler} | undefined;`;
    });
    const members = [...attributes, ...properties, ...events].join('\n');
    return `${docComment(element.summary, '      ')}      "${element.tagName}": SolidJSX.HTMLAttributes<${element.name}> & {\n${members}\n      };`;
  });
  const imported = [...new Set([...elements.map((element) => element.name), ...elements.flatMap(customEvents).map((event) => event.detail)])];
  return `// JSX types for Solid 2 ("jsxImportSource": "@solidjs/web"), generated from custom-elements.json.
// Attributes as written, properties with prop:, events with on + the event's name from an upper-case
// letter (onClinic-faq-toggle). Load once: import type {} from 'clinic-elements/solid';
import type { JSX as SolidJSX } from "@solidjs/web";
import type { ${imported.join(', ')} } from "../index.js";

declare module "@solidjs/web/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements {
${declarations.join('\n')}
    }
  }
}
`;
}

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

for (const folder of ['jsx', 'vue', 'solid']) writeFileSync(join(dist, folder, 'index.js'), '// Types only: see index.d.ts.\nexport {};\n');
console.log('Editor data and framework typings written to dist/editors, dist/jsx, dist/solid and dist/vue.');
