// The manifest of the source (scripts/manifest.mjs with the plugins of custom-elements-manifest.config.mjs)
// describes the published package and only its public API, passes @wc-toolkit/cem-validator, and the
// generated parts of docs/ are in step with it. No build needed.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { isInternalMember, publishedPath } from '../custom-elements-manifest.config.mjs';
import { customElementsOf, generateManifest, manifestProblems, validateManifest } from './manifest.mjs';
import { renderDocs } from './generate-docs.mjs';

let manifest;
let elements; // tag name → declaration
before(() => {
  manifest = generateManifest();
  elements = Object.fromEntries(customElementsOf(manifest).map(({ declaration }) => [declaration.tagName, declaration]));
});

test('private, #private, _internal, static, @internal members and platform callbacks are not public API', () => {
  const internal = [
    { kind: 'field', name: 'internals', privacy: 'private' },
    { kind: 'field', name: 'content', privacy: 'protected' },
    { kind: 'field', name: '#storageKey' },
    { kind: 'field', name: '_arrangement' },
    { kind: 'field', name: 'formAssociated', static: true },
    { kind: 'method', name: 'formResetCallback' },
    { kind: 'field', name: 'radio', description: '@internal The radio element, for the picker to focus.' },
  ];
  const public_ = [
    { kind: 'field', name: 'value' },
    { kind: 'method', name: 'checkValidity' },
    { kind: 'field', name: 'redFlags', readonly: true },
  ];
  assert.deepEqual(internal.filter((member) => !isInternalMember(member)).map((member) => member.name), []);
  assert.deepEqual(public_.filter((member) => isInternalMember(member)).map((member) => member.name), []);
});

test('module paths are those of the published files', () => {
  assert.equal(publishedPath('src/components/faq/faq.ts'), 'dist/components/faq/faq.js');
  assert.equal(publishedPath('./src/faq.ts'), 'dist/faq.js');
  const paths = manifest.modules.map((module) => module.path);
  assert.deepEqual(paths.filter((path) => !/^dist\/.*\.js$/.test(path)), []);
  const references = JSON.stringify(manifest).match(/"module":\s*"[^"]*"/g) ?? [];
  assert.deepEqual(references.filter((reference) => !/"dist\/.*\.js"$/.test(reference)), [], 'references to modules outside dist/');
});

test('every tag is documented, defined by its entry module and lists only public members', () => {
  assert.deepEqual(Object.keys(elements).sort(), ['clinic-contact-form', 'clinic-faq', 'clinic-location', 'clinic-location-picker', 'clinic-phase-table', 'clinic-symptom-checklist']);
  assert.deepEqual(manifestProblems(manifest), []);
  const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => `${module.path} ${entry.name}`));
  assert.ok(definitions.includes('dist/faq.js clinic-faq'), definitions.join('\n'));
  assert.ok(definitions.includes('dist/location-picker.js clinic-location'), definitions.join('\n'));
});

test('manifestProblems names what is wrong (an internal member, a missing description, a source path)', () => {
  const broken = structuredClone(manifest);
  const faq = customElementsOf(broken).find(({ declaration }) => declaration.tagName === 'clinic-faq');
  faq.declaration.members.push({ kind: 'field', name: '_items', privacy: 'private' });
  faq.declaration.attributes[0].description = '';
  faq.module.path = 'src/components/faq/faq.ts';
  const problems = manifestProblems(broken).join('\n');
  assert.match(problems, /internal member _items/);
  assert.match(problems, /attribute \S+ has no description/);
  assert.match(problems, /module src\/components\/faq\/faq\.ts is not a published file/);
});

test('the manifest passes @wc-toolkit/cem-validator (package.json, paths, definitions, exported types)', async () => {
  await validateManifest(manifest);
});

test('a manifest with a source path or an unexported detail type fails the validator', async () => {
  const broken = structuredClone(manifest);
  const faqModule = broken.modules.find((module) => module.path === 'dist/components/faq/faq.js');
  faqModule.path = 'src/components/faq/faq.ts';
  faqModule.exports = faqModule.exports.filter((entry) => entry.name !== 'ClinicFaqToggleDetail');
  const logged = [];
  const original = console.log;
  console.log = (...args) => logged.push(args.join(' '));
  try {
    await assert.rejects(validateManifest(broken));
  } finally {
    console.log = original;
  }
  assert.match(logged.join('\n'), /ClinicFaqToggleDetail/);
});

test('the shared --clinic-* tokens are documented on every element, with defaults', () => {
  for (const [tag, declaration] of Object.entries(elements)) {
    const names = (declaration.cssProperties ?? []).map((property) => property.name);
    for (const token of ['--clinic-font-family', '--clinic-color-accent', '--clinic-color-focus', '--clinic-radius', '--clinic-space']) {
      assert.ok(names.includes(token), `<${tag}> does not list ${token}`);
    }
  }
  const accent = elements['clinic-faq'].cssProperties.find((property) => property.name === '--clinic-color-accent');
  assert.ok(accent.description && accent.default, 'the token has a description and a default');
});

test('clinic-location is complete: its data attributes, slot, parts and properties are documented', () => {
  const location = elements['clinic-location'];
  const attributes = location.attributes.map((attribute) => attribute.name);
  for (const name of ['value', 'label', 'lat', 'lng', 'postcodes', 'serves', 'href', 'phone', 'selected']) {
    assert.ok(attributes.includes(name), `<clinic-location> lacks the attribute ${name}`);
  }
  assert.ok(location.slots?.some((slot) => slot.name === ''), 'the default slot (the branch’s own HTML)');
  assert.ok(location.cssParts?.some((part) => part.name === 'card'), 'the card part');
});

test('an attribute and a part (or slot) of the same name are both listed: the picker’s label, the form’s success', () => {
  const picker = elements['clinic-location-picker'];
  assert.ok(picker.attributes.some((attribute) => attribute.name === 'label'));
  assert.ok(picker.cssParts.some((part) => part.name === 'label'));
  const form = elements['clinic-contact-form'];
  assert.ok(form.slots.some((slot) => slot.name === 'success'));
  assert.ok(form.cssParts.some((part) => part.name === 'success'));
});

test('the generated parts of docs/ are in step with the source and examples/ (npm run docs)', async () => {
  const docs = await renderDocs(manifest);
  assert.ok(docs.length >= 10, `only ${docs.length} docs found`);
  const stale = docs.filter(({ current, wanted }) => current !== wanted).map(({ file }) => file);
  assert.deepEqual(stale, [], 'Run `npm run docs` and commit the result.');
  const faq = docs.find(({ file }) => file.endsWith('components/faq.md')).current;
  assert.match(faq, /\| `searchable` \| `searchable` \| `boolean` \|/, 'the FAQ page has its attribute table');
  assert.match(faq, /```html\n<clinic-faq searchable>/, 'the FAQ page has the seed example as a snippet');
});
