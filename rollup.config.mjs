// Two builds from one source:
//  1. the npm package: ES modules with `lit` external, one entry per widget (declarations come
//     from `tsc -p tsconfig.build.json`, run by `npm run build` after rollup);
//  2. the drop-in file `dist/clinic-elements.min.js`: one self-contained, minified ES module
//     with Lit inside that registers all five widgets, for CMS pages and CDNs.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTMLModule from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const minifyHTML = minifyHTMLModule.default ?? minifyHTMLModule;

export const widgetEntries = ['faq', 'symptom-checklist', 'phase-table', 'location-picker', 'contact-form'];

/**
 * Writes the optional pre-upgrade stylesheet next to the drop-in file: the header in
 * src/clinic-elements.css followed by each widget's `*.pre-upgrade.css` rules.
 */
const preUpgradeStylesheet = () => ({
  name: 'pre-upgrade-stylesheet',
  async generateBundle() {
    const { readFile, readdir } = await import('node:fs/promises');
    const parts = [await readFile('src/clinic-elements.css', 'utf8')];
    for (const folder of (await readdir('src/components')).sort()) {
      for (const file of (await readdir(`src/components/${folder}`)).filter((name) => name.endsWith('.pre-upgrade.css')).sort()) {
        parts.push(await readFile(`src/components/${folder}/${file}`, 'utf8'));
      }
    }
    this.emitFile({ type: 'asset', fileName: 'clinic-elements.css', source: parts.join('\n') });
  },
});

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

export default [
  {
    input: Object.fromEntries(['index', 'classes', ...widgetEntries].map((name) => [name, `src/${name}.ts`])),
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [typescript()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/index.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      // Lit accepts unquoted attribute values and bindings, so the quotes can go too.
      minifyHTML({ options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true } } }),
      typescript(),
      // `unsafe` assumes the built-ins are the platform's (String(x) → ""+x, …) and `unsafe_arrows`
      // turns function expressions that use no `this`/`arguments` into arrows: 36 B gzip together.
      terser({ ecma: 2021, module: true, compress: { passes: 2, unsafe: true, unsafe_arrows: true }, format: { comments: false } }),
      preUpgradeStylesheet(),
    ],
    output: { file: 'dist/clinic-elements.min.js', format: 'es', sourcemap: true },
  },
];
