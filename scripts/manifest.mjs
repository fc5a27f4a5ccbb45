// Generates custom-elements.json from the JSDoc in src/ with @custom-elements-manifest/analyzer,
// with modules in a stable order (the analyzer's own order varies between runs).
//   node scripts/manifest.mjs          write custom-elements.json
//   node scripts/manifest.mjs --check  fail when the committed file is out of step with the source
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

function generate() {
  const outdir = 'node_modules/.cache/cem'; // the analyzer takes --outdir relative to the project
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
  rmSync(outdir, { recursive: true, force: true });
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const fresh = generate();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    /* a missing file is out of date too */
  }
  if (committed !== fresh) {
    console.error('custom-elements.json is out of date with the source. Run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date with the source.');
} else {
  writeFileSync('custom-elements.json', fresh);
  console.log('custom-elements.json written.');
}
