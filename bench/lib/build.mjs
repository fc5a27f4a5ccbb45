// Builds what the benchmark pages load: dist/ (our rollup build, unless --no-build) and small
// esbuild bundles of the baselines (Lion, Shoelace) and of our FAQ alone in bench/.build/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Runs the JavaScript half of `npm run build` (rollup -c): the .d.ts files are not needed here. */
export function buildDist(root) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const message = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(0, 12).join('\n');
    if (!existsSync(join(root, 'dist/clinic-elements.min.js'))) throw new Error(`rollup -c failed and there is no dist/ to fall back on:\n${message}`);
    console.warn(`! rollup -c failed; measuring the dist/ that is already there.\n${message}`);
    return { ok: false, ms: Date.now() - started };
  }
  return { ok: true, ms: Date.now() - started };
}

const bundles = [
  { name: 'clinic-faq', entry: 'clinic-faq.js', minify: true },
  { name: 'clinic-faq.dev', entry: 'clinic-faq.js', minify: false },
  { name: 'clinic-elements.dev', entry: 'clinic-elements.js', minify: false },
  { name: 'lit-slot', entry: 'lit-slot.js', minify: true },
  { name: 'lion-accordion', entry: 'lion-accordion.js', minify: true },
  { name: 'sl-details', entry: 'sl-details.js', minify: true },
];

/** Bundles the entries in bench/entries/ into bench/.build/<name>.js; returns their gzip sizes. */
export async function buildBundles(root) {
  const out = join(root, 'bench/.build');
  mkdirSync(out, { recursive: true });
  const sizes = {};
  for (const { name, entry, minify } of bundles) {
    await build({
      entryPoints: [join(root, 'bench/entries', entry)],
      outfile: join(out, `${name}.js`),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify,
      keepNames: !minify,
      conditions: ['production'],
      legalComments: 'none',
      logLevel: 'error',
    });
    sizes[name] = gzipSize(join(out, `${name}.js`));
  }
  copyFileSync(join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css'), join(out, 'shoelace-light.css'));
  sizes['clinic-elements.min'] = gzipSize(join(root, 'dist/clinic-elements.min.js'));
  return sizes;
}
