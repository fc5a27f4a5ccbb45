// The WordPress plugin's build (scripts/wordpress-zip.mjs) without WordPress: the allow-list is the
// manifest's tags and attributes, exactly; PHP reads back every generated literal as written; the
// loader's chunks all go into the zip. (`node --test scripts/`, part of npm test; the plugin in a
// real WordPress is test/wordpress-plugin/run.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowListOf, phpLiteral, scriptFiles } from './wordpress-zip.mjs';

const hasPhp = spawnSync('php', ['-v']).status === 0;

test('the allow-list holds exactly the manifest’s tags and their attributes', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const { tags, uri_attributes: uriAttributes } = allowListOf(manifest);
  const documented = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  assert.deepEqual(Object.keys(tags).sort(), documented.map((declaration) => declaration.tagName).sort());
  for (const declaration of documented) {
    assert.deepEqual(tags[declaration.tagName], [...new Set((declaration.attributes ?? []).map((attribute) => attribute.name))].sort());
  }
  assert.ok(tags['clinic-contact-form'].includes('privacy-href'));
  assert.ok(uriAttributes.includes('privacy-href'), 'privacy-href is checked for javascript: like href');
  for (const name of Object.values(tags).flat()) assert.doesNotMatch(name, /^on/i, `${name}: no event handler attribute is ever allowed`);
});

test('an undocumented tag or attribute never enters the allow-list', () => {
  const { tags } = allowListOf({
    modules: [{ declarations: [{ customElement: true, tagName: 'clinic-x', attributes: [{ name: 'a' }] }, { tagName: 'not-an-element', attributes: [{ name: 'b' }] }] }],
  });
  assert.deepEqual(tags, { 'clinic-x': ['a'] });
});

test('PHP reads every generated literal back as written (quotes, backslashes, $, newlines, <?php)', { skip: !hasPhp && 'no php' }, () => {
  const value = { tags: { 'clinic-faq': ["it's", 'back\\slash', '$notAVariable', 'line\nbreak', '<?php echo 1; ?>', '\\\'', ''] }, nested: [[], {}, true, false, null, 3] };
  const folder = mkdtempSync(join(tmpdir(), 'php-literal-'));
  const file = join(folder, 'literal.php');
  writeFileSync(file, `<?php\nreturn ${phpLiteral(value)};\n`);
  const readBack = execFileSync('php', ['-r', `echo json_encode(require '${file}');`]).toString();
  rmSync(folder, { recursive: true, force: true });
  assert.deepEqual(JSON.parse(readBack), { ...value, nested: [[], [], true, false, null, 3] });
});

test('the zip takes the loader and every chunk it imports, or else the drop-in file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(folder, 'clinic-elements.min.js'), 'export{};');
  assert.deepEqual(scriptFiles(folder), ['clinic-elements.min.js']);
  writeFileSync(join(folder, 'clinic-elements.loader.js'), 'const m={"clinic-faq":()=>import("./clinic-elements.faq.js")};');
  writeFileSync(join(folder, 'clinic-elements.faq.js'), 'import{a}from"./clinic-elements.shared.js";');
  writeFileSync(join(folder, 'clinic-elements.shared.js'), 'export const a=1;');
  writeFileSync(join(folder, 'unrelated.js'), '');
  assert.deepEqual(scriptFiles(folder), ['clinic-elements.faq.js', 'clinic-elements.loader.js', 'clinic-elements.shared.js']);
  rmSync(join(folder, 'clinic-elements.shared.js'));
  assert.throws(() => scriptFiles(folder), /clinic-elements\.shared\.js is missing/);
  rmSync(folder, { recursive: true, force: true });
});
