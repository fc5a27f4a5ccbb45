// Two builds from one source:
//  1. the npm package: ES modules with `lit` external, one entry per widget (declarations come
//     from `tsc -p tsconfig.build.json`, run by `npm run build` after rollup);
//  2. the drop-in file `dist/clinic-elements.min.js`: one self-contained, minified ES module
//     with Lit inside that registers all five widgets, for CMS pages and CDNs.
import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTMLModule from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const minifyHTML = minifyHTMLModule.default ?? minifyHTMLModule;

export const widgetEntries = ['faq', 'symptom-checklist', 'phase-table', 'location-picker', 'contact-form'];

/**
 * The CSS a widget's styles module exports for the pre-upgrade stylesheet (`preUpgradeStyles`, a
 * Lit `css` result or a list of them), read by running the module in Node: the rules have one
 * source, beside the widget's other styles, and no copy to keep equal.
 */
async function preUpgradeRulesOf(stylesModule) {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({ entryPoints: [stylesModule], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const styles = module.preUpgradeStyles;
  if (!styles) return undefined;
  return [styles].flat().map((result) => result.cssText).join('\n');
}

/**
 * Writes the optional pre-upgrade stylesheet next to the drop-in file: the header in
 * src/clinic-elements.css, then each widget's pre-upgrade rules: the `preUpgradeStyles` its
 * `*.styles.ts` modules export, or (until every widget has moved) its `*.pre-upgrade.css` file.
 */
const preUpgradeStylesheet = () => ({
  name: 'pre-upgrade-stylesheet',
  async generateBundle() {
    const { readFile, readdir } = await import('node:fs/promises');
    const parts = [await readFile('src/clinic-elements.css', 'utf8')];
    for (const folder of (await readdir('src/components')).sort()) {
      const files = (await readdir(`src/components/${folder}`)).sort();
      for (const file of files) {
        const path = `src/components/${folder}/${file}`;
        if (file.endsWith('.pre-upgrade.css')) parts.push(await readFile(path, 'utf8'));
        if (!file.endsWith('.styles.ts')) continue;
        const rules = await preUpgradeRulesOf(path);
        if (rules) parts.push(`/* <clinic-${folder}> before the script runs (from ${file}) */\n${rules}\n`);
      }
    }
    this.emitFile({ type: 'asset', fileName: 'clinic-elements.css', source: parts.join('\n') });
  },
});

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

/**
 * Lit's `css` tag has no side effects: a stylesheet no element uses (the pre-upgrade rules, which only
 * dist/clinic-elements.css needs) is left out of the scripts.
 */
const treeshake = { manualPureFunctions: ['css'] };

/**
 * Every property name Lit's production code uses. The loader's chunks are minified one at a time,
 * so a widget's chunk cannot see Lit's names in the shared chunk: keeping these out of the names
 * the mangler hands out means a renamed private member never lands on a name Lit uses on the same
 * element (Lit's `this.l`, say).
 */
function litPropertyNames() {
  const names = new Set();
  for (const folder of ['lit-html', 'lit-element', '@lit/reactive-element']) {
    const directory = `node_modules/${folder}`;
    for (const file of readdirSync(directory, { recursive: true })) {
      if (!String(file).endsWith('.js') || String(file).includes('development')) continue;
      const code = readFileSync(`${directory}/${file}`, 'utf8');
      for (const [, name] of code.matchAll(/\.([A-Za-z_$][\w$]*)/g)) names.add(name);
      for (const [, name] of code.matchAll(/([A-Za-z_$][\w$]*):/g)) names.add(name);
    }
  }
  return [...names];
}

/**
 * Minifies a built file. Besides the usual local renaming, it renames exactly our private members,
 * whose names explain themselves in src/: ES private fields and methods (`#storageKey`, renamed by
 * terser anyway) and internal reactive state, which Lit needs as an ordinary property and which by
 * convention starts with one underscore (`_arrangement`). Nothing public, no attribute, no property a
 * template binds on another element and none of Lit's own `_$…` names start that way. One name cache
 * serves every chunk, so a member keeps one name across the loader's files.
 */
const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    maxWorkers: 1,
    nameCache: {},
    // `unsafe` assumes the built-ins are the platform's (String(x) → ""+x, …) and `unsafe_arrows`
    // turns function expressions that use no `this`/`arguments` into arrows.
    compress: { passes: 2, unsafe: true, unsafe_arrows: true },
    mangle: { properties: { regex: /^_[A-Za-z]/, reserved: litPropertyNames() } },
    format: { comments: false },
  });

/** The plugins of the minified builds: Lit from node_modules, templates and CSS minified too (fresh ones per build, so no build shares another's name cache). */
export const minifiedBuildPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  // Lit accepts unquoted attribute values and bindings, so the quotes can go too.
  minifyHTML({ options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true } } }),
  typescript(),
  minify(),
];

/** The widget entries (src/faq.ts, …) from which a module is reached through static imports. */
function widgetsReaching(id, getModuleInfo) {
  const widgets = new Set();
  const seen = new Set();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop();
    if (seen.has(current)) continue;
    seen.add(current);
    const entry = /[\\/]src[\\/]([a-z-]+)\.ts$/.exec(current)?.[1];
    if (entry && widgetEntries.includes(entry)) {
      widgets.add(entry);
      continue;
    }
    queue.push(...(getModuleInfo(current)?.importers ?? []));
  }
  return widgets;
}

/**
 * The loader's chunks: one `shared` chunk holds Lit and the internals two or more widgets use;
 * each widget has its own chunk, with the internals only it uses (the picker's form association).
 */
function loaderChunk(id, { getModuleInfo }) {
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) return 'shared';
  if (!/[\\/]src[\\/]internal[\\/]/.test(id)) return undefined;
  return widgetsReaching(id, getModuleInfo).size >= 2 ? 'shared' : undefined;
}

export default [
  {
    input: Object.fromEntries(['index', 'classes', ...widgetEntries].map((name) => [name, `src/${name}.ts`])),
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [typescript()],
    treeshake,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/clinic-elements.ts',
    plugins: [...minifiedBuildPlugins(), preUpgradeStylesheet()],
    treeshake,
    output: { file: 'dist/clinic-elements.min.js', format: 'es', sourcemap: true },
  },
  {
    input: { loader: 'src/loader.ts' },
    plugins: minifiedBuildPlugins(),
    treeshake,
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'clinic-elements.[name].js',
      chunkFileNames: 'clinic-elements.[name].js',
      manualChunks: loaderChunk,
    },
  },
];
