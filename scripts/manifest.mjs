// Generates custom-elements.json from the JSDoc in src/ with @custom-elements-manifest/analyzer (the
// plugins in custom-elements-manifest.config.mjs make it the manifest of the published package), with
// modules in a stable order (the analyzer's own order varies between runs), and validates it with
// @wc-toolkit/cem-validator and the rules below.
//   node scripts/manifest.mjs          write custom-elements.json
//   node scripts/manifest.mjs --check  fail when the manifest is invalid or the committed file is out of step with the source
// Other scripts (scripts/generate-*.mjs) import `generateManifest()` to build from the source's manifest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCem } from '@wc-toolkit/cem-validator';
import { isInternalMember } from '../custom-elements-manifest.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the analyzer on src/ and returns the manifest object, modules sorted by path. */
export function generateManifest() {
  const outdir = mkdtempSync(join(tmpdir(), 'clinic-elements-cem-'));
  try {
    // The analyzer joins --outdir to the project directory, so it takes a relative path.
    execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', relative(root, outdir)], { cwd: root, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    return manifest;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export function serializeManifest(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The custom elements of a manifest: [{ module, declaration }]. */
export function customElementsOf(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => ({ module, declaration })));
}

/**
 * Our own rules, beyond the validator's: the problems found, as sentences (empty when none).
 * Every tag is documented and defined by an entry module; members and attributes are public API only;
 * every attribute, event, slot, part and CSS property says what it is for.
 */
export function manifestProblems(manifest) {
  const problems = [];
  const definedTags = new Set(manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name)));
  for (const module of manifest.modules) {
    if (!/^dist\/.*\.js$/.test(module.path)) problems.push(`module ${module.path} is not a published file (dist/*.js)`);
  }
  for (const { declaration } of customElementsOf(manifest)) {
    const tag = declaration.tagName ?? declaration.name;
    if (!declaration.tagName) problems.push(`${declaration.name} has no tag name`);
    if (!definedTags.has(declaration.tagName)) problems.push(`<${tag}> is defined by no entry module`);
    if (!declaration.summary && !declaration.description) problems.push(`<${tag}> has no @summary or description`);
    for (const member of declaration.members ?? []) {
      if (isInternalMember(member)) problems.push(`<${tag}> lists the internal member ${member.name}`);
      else if (!member.description) problems.push(`<${tag}>'s member ${member.name} has no description`);
    }
    const documented = [
      ['attribute', declaration.attributes],
      ['event', declaration.events],
      ['slot', declaration.slots],
      ['part', declaration.cssParts],
      ['CSS property', declaration.cssProperties],
    ];
    for (const [kind, entries] of documented) {
      for (const entry of entries ?? []) {
        if (!entry.description?.trim()) problems.push(`<${tag}>'s ${kind} ${entry.name || '(default slot)'} has no description`);
        if (/^[_#]/.test(entry.name)) problems.push(`<${tag}> lists the internal ${kind} ${entry.name}`);
      }
    }
    for (const attribute of declaration.attributes ?? []) {
      if (!attribute.type?.text) problems.push(`<${tag}>'s attribute ${attribute.name} has no type`);
    }
    for (const event of declaration.events ?? []) {
      if (event.name.startsWith('clinic-') && !/^CustomEvent<\w+>$/.test(event.type?.text ?? '')) problems.push(`<${tag}>'s event ${event.name} has no typed detail (CustomEvent<…>)`);
    }
  }
  return problems;
}

/** Validates with @wc-toolkit/cem-validator (package.json and manifest rules); throws on errors. */
export async function validateManifest(manifest) {
  await validateCem(structuredClone(manifest), {
    packageJsonPath: join(root, 'package.json'),
    cemFileName: 'custom-elements.json',
    rules: {
      // The analyzer (0.11) writes schema 1.0.0: the version is the analyzer's to state, not ours.
      manifest: { schemaVersion: 'off', modulePath: 'error', definitionPath: 'error', tagName: 'error', exportTypes: 'error' },
      packageJson: { packageType: 'error', exports: 'error', customElementsProperty: 'error', publishedCem: 'error' },
    },
  });
}

async function main() {
  const manifest = generateManifest();
  const problems = manifestProblems(manifest);
  if (problems.length > 0) {
    console.error(`custom-elements.json would document things wrongly:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  try {
    await validateManifest(manifest);
  } catch (error) {
    console.error(`custom-elements.json fails @wc-toolkit/cem-validator (see above): ${error.message}`);
    process.exit(1);
  }
  const fresh = serializeManifest(manifest);
  const file = join(root, 'custom-elements.json');
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      /* a missing file is out of date too */
    }
    if (committed !== fresh) {
      console.error('custom-elements.json is out of date with the source. Run `npm run analyze` and commit the result.');
      process.exit(1);
    }
    console.log('custom-elements.json is valid and up to date with the source.');
  } else {
    writeFileSync(file, fresh);
    console.log('custom-elements.json written (valid).');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
