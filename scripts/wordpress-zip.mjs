// Builds the WordPress plugin, `dist/clinic-elements-wordpress.zip` (run by `npm run build`, after
// rollup): the folder `clinic-elements/` with the plugin's PHP from wordpress/, the built script(s)
// and the pre-upgrade stylesheet from dist/ in `assets/`, and three files written here, never by hand:
//   generated/allowed-html.php  the tags and documented attributes editors may save, from custom-elements.json
//   generated/form-texts.php    the contact form's texts (src/components/contact-form/contact-form.texts.ts),
//                               so the server's messages read as the widget's
//   generated/patterns.php      the block patterns: the seed clinic's widgets from examples/
//   node scripts/wordpress-zip.mjs [--out dist/clinic-elements-wordpress.zip]
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const outArgument = process.argv.indexOf('--out');
const outFile = join(root, outArgument > 0 ? process.argv[outArgument + 1] : 'dist/clinic-elements-wordpress.zip');
const pluginFolder = 'clinic-elements';

// ---- PHP literals -------------------------------------------------------------------------------

/** A PHP literal for a JSON-like value: single-quoted strings (only `\` and `'` are escaped there). */
export function phpLiteral(value, depth = 0) {
  const pad = '\t'.repeat(depth + 1);
  const closePad = '\t'.repeat(depth);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'array()';
    return `array(\n${value.map((item) => `${pad}${phpLiteral(item, depth + 1)},`).join('\n')}\n${closePad})`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return 'array()';
  return `array(\n${entries.map(([key, item]) => `${pad}${phpLiteral(key)} => ${phpLiteral(item, depth + 1)},`).join('\n')}\n${closePad})`;
}

const phpFile = (description, value) =>
  `<?php\n/**\n * ${description}\n * Written by scripts/wordpress-zip.mjs at build time: do not edit.\n *\n * @package ClinicElements\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${phpLiteral(value)};\n`;

// ---- What the plugin's generated files hold -------------------------------------------------------

/**
 * The allow-list: every documented tag with its documented attributes, and the attributes that hold
 * a URL (checked for safe protocols like `href`).
 */
export function allowListOf(manifest) {
  const tags = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      tags[declaration.tagName] = [...new Set((declaration.attributes ?? []).map((attribute) => attribute.name).filter(Boolean))].sort();
    }
  }
  const uriAttributes = [...new Set(Object.values(tags).flat().filter((name) => /(^|-)(href|src|action|url)$/.test(name)))].sort();
  return { tags, uri_attributes: uriAttributes };
}

/** The contact form's built-in texts per language, read from the TypeScript source. */
export async function formTexts() {
  const bundled = await build({
    entryPoints: [join(root, 'src/components/contact-form/contact-form.texts.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const moduleUrl = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`;
  const { texts } = await import(moduleUrl);
  return texts;
}

const patternTitles = {
  'clinic-faq': { name: 'faq', title: 'FAQ (veelgestelde vragen)' },
  'clinic-symptom-checklist': { name: 'symptom-checklist', title: 'Symptom checklist (herkenbare klachten)' },
  'clinic-phase-table': { name: 'phase-table', title: 'Treatment phases (behandeling per fase)' },
  'clinic-location-picker': { name: 'branches', title: 'Branches (vestigingen)' },
  'clinic-contact-form': { name: 'contact-form', title: 'Contact form (contactformulier)' },
};

/**
 * The block patterns: the seed clinic's widgets from examples/ (the one source of example content).
 * The contact form is the standard form (no `<form>`, which Authors may not save) with the seed's
 * branches to choose from and its thank-you, without `action` (the plugin adds its REST route).
 */
async function patterns() {
  try {
    return await patternsFromExamples();
  } catch (error) {
    console.warn(`wordpress-zip: the patterns come from demo/index.html, since examples/ could not give them (${error.message}).`);
    return patternsFromDemoPage();
  }
}

async function patternsFromExamples() {
  const examples = await import(pathToFileURL(join(root, 'examples/index.js')).href);
  return Object.entries(patternTitles).map(([tag, { name, title }]) => {
    const variants = examples.examples[tag];
    let example = tag === 'clinic-contact-form' ? (variants.standard ?? Object.values(variants)[0]) : (variants.seed ?? Object.values(variants)[0]);
    if (tag === 'clinic-contact-form') {
      const attributes = Object.fromEntries(Object.entries(example.attributes).filter(([attributeName]) => attributeName !== 'action'));
      const locations = examples.locationsContent && examples.branches ? examples.locationsContent(examples.branches) : example.content;
      example = { ...example, attributes, content: [locations, examples.successContent].filter(Boolean).join('\n') };
    }
    return { name, title, description: example.description.replace(/`/g, ''), content: examples.exampleHtml(tag, example) };
  });
}

/** The widgets between the demo page's `<!-- tag:start -->` markers (before examples/ existed). */
function patternsFromDemoPage() {
  const page = readFileSync(join(root, 'demo/index.html'), 'utf8');
  return Object.entries(patternTitles).map(([tag, { name, title }]) => {
    const marker = tag.replace(/^clinic-/, '');
    const found = page.match(new RegExp(`<!-- ${marker}:start -->\\n([\\s\\S]*?)\\n\\s*<!-- ${marker}:end -->`));
    if (!found) throw new Error(`demo/index.html has no <!-- ${marker}:start --> … <!-- ${marker}:end --> for the ${tag} pattern.`);
    let content = found[1].replace(/^ {6}/gm, '');
    if (tag === 'clinic-contact-form') {
      const locations = page.match(/<clinic-location [\s\S]*?<\/clinic-location>/g).join('\n');
      const success = content.match(/<div slot="success"[\s\S]*?<\/div>/)?.[0] ?? '';
      content = `<clinic-contact-form>\n${locations}\n${success}\n</clinic-contact-form>`;
    }
    return { name, title, description: '', content };
  });
}

/**
 * The built files the plugin serves: the loader and every chunk it imports (following their
 * imports) when the build made a loader, else the drop-in file; and the pre-upgrade stylesheet.
 */
export function scriptFiles(distFolder) {
  const entry = existsSync(join(distFolder, 'clinic-elements.loader.js')) ? 'clinic-elements.loader.js' : 'clinic-elements.min.js';
  const files = new Set();
  const waiting = [entry];
  while (waiting.length > 0) {
    const file = waiting.pop();
    if (files.has(file)) continue;
    if (!existsSync(join(distFolder, file))) throw new Error(`dist/${file} is missing: run the rollup build first.`);
    files.add(file);
    const code = readFileSync(join(distFolder, file), 'utf8');
    for (const [, imported] of code.matchAll(/["']\.\/([\w.-]+\.js)["']/g)) waiting.push(imported);
  }
  return [...files].sort();
}

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// ---- The zip -----------------------------------------------------------------------------------

async function main() {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const encoder = new TextEncoder();
  const entries = {};
  const add = (path, contents) => {
    entries[`${pluginFolder}/${path}`] = typeof contents === 'string' ? encoder.encode(contents) : contents;
  };

  for (const path of filesUnder(join(root, 'wordpress'))) {
    const name = relative(join(root, 'wordpress'), path);
    let contents = readFileSync(path);
    if (name === 'clinic-elements.php' || name === 'readme.txt') {
      contents = contents
        .toString('utf8')
        .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
        .replace(/define\( 'CLINIC_ELEMENTS_VERSION', '[^']*' \)/, `define( 'CLINIC_ELEMENTS_VERSION', '${version}' )`)
        .replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
    }
    add(name, contents);
  }

  const distFolder = join(root, 'dist');
  for (const file of [...scriptFiles(distFolder), 'clinic-elements.css']) add(`assets/${file}`, readFileSync(join(distFolder, file)));

  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  add('generated/allowed-html.php', phpFile('The tags and documented attributes every role that writes posts may save, from custom-elements.json.', allowListOf(manifest)));
  add('generated/form-texts.php', phpFile('The contact form’s built-in texts per language, from src/components/contact-form/contact-form.texts.ts.', await formTexts()));
  add('generated/patterns.php', phpFile('The block patterns: the seed clinic’s widgets, from examples/.', await patterns()));

  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(outFile, zip);
  console.log(`${relative(root, outFile)}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KB`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
