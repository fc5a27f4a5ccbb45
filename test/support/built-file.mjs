// The widget tests a second time, against the built drop-in file (dist/clinic-elements.min.js):
// minified templates and CSS, private members renamed by the minifier. A test runs on the built file
// when everything it imports from src/ (itself or through its test helpers) is something the drop-in
// file provides: the registering entries, the element classes and `registerTranslation`. Those
// imports are served as the built file; tests of internal functions (readers, validators…) have no
// built counterpart and run on src/ only.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const ENTRY = '/test/support/built-file-entry.js';

/** Modules of src/ the built file stands in for (paths from the repo root, without extension). */
const providedModules = new Set([
  'src/index',
  'src/classes',
  'src/faq',
  'src/symptom-checklist',
  'src/phase-table',
  'src/location-picker',
  'src/contact-form',
  'src/components/faq/faq',
  'src/components/symptom-checklist/symptom-checklist',
  'src/components/phase-table/phase-table',
  'src/components/location-picker/location-picker',
  'src/components/location-picker/location',
  'src/components/contact-form/contact-form',
  'src/internal/i18n',
]);

/** The names the drop-in file exports (its closing `export{a as ClinicFaq,…}`). */
function builtExports() {
  const code = readFileSync(join(root, 'dist/clinic-elements.min.js'), 'utf8');
  const list = [...code.matchAll(/export\s*\{([^}]*)\}/g)].pop()?.[1] ?? '';
  return new Set(list.split(',').map((entry) => entry.trim().split(/\s+as\s+/).pop()));
}

const withoutExtension = (path) => path.replace(/\.(ts|js|mjs)$/, '');

/** Value imports of a module: `{ source, names }` (type-only imports and names left out). */
function valueImports(file) {
  const code = readFileSync(file, 'utf8');
  const imports = [];
  for (const [, clause, source] of code.matchAll(/^\s*import\s+(?!type\s)([^'";]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm)) {
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    const names = named
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/)[0]);
    const other = clause.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim();
    imports.push({ source, names: other ? [...names, other] : names });
  }
  return imports;
}

/** Whether a test (and the test helpers it imports) takes from src/ only what the built file provides. */
function runsOnBuiltFile(file, exported, seen = new Set()) {
  if (seen.has(file)) return true;
  seen.add(file);
  for (const { source, names } of valueImports(file)) {
    if (!source.startsWith('.')) continue;
    const target = resolve(dirname(file), source);
    const fromRoot = withoutExtension(relative(root, target));
    if (fromRoot.startsWith('src/')) {
      if (!providedModules.has(fromRoot)) return false;
      if (names.some((name) => !name.startsWith('* as') && !exported.has(name))) return false;
    } else if (fromRoot.startsWith('test/')) {
      const candidates = [`${withoutExtension(target)}.ts`, `${withoutExtension(target)}.js`, target];
      const helper = candidates.find((candidate) => {
        try {
          readFileSync(candidate);
          return true;
        } catch {
          return false;
        }
      });
      if (helper && /\.(ts|js)$/.test(helper) && !runsOnBuiltFile(helper, exported, seen)) return false;
    }
  }
  return true;
}

/** The test files that run on the built file (widget, demo, a11y, security and framework tests). */
export function testsForBuiltFile() {
  const exported = builtExports();
  const files = readdirSync(join(root, 'test'), { recursive: true })
    .map((file) => join('test', String(file)))
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('test/internal/'))
    .filter((file) => runsOnBuiltFile(join(root, file), exported));
  return files.sort();
}

/** A dev-server plugin serving what the built file provides in place of the src/ modules. */
export function builtFilePlugin() {
  return {
    name: 'built-file',
    resolveImport({ source, context }) {
      if (!source.startsWith('.')) return undefined;
      const fromRoot = withoutExtension(posix.resolve(posix.dirname(context.path), source)).slice(1);
      return providedModules.has(fromRoot) ? ENTRY : undefined;
    },
  };
}
