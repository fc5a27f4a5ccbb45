// Writes the demo page, demo/index.html, from demo/page.html and examples/ (`npm run build` runs it;
// alone: `npm run demo:build`). The page is a build output, ignored by git: whatever needs it in
// step with examples/ renders it with readDemoPage() instead (the demo server, the bench, the CSP
// check), or with renderDemoPage() in a browser (the demo tests, the seed-page story).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDemoPage } from './render.mjs';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));

/** The demo page as the build writes it: demo/page.html with the examples from examples/ put in. */
export function readDemoPage() {
  return renderDemoPage(readFileSync(here('page.html'), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(here('index.html'), readDemoPage());
  console.log('demo/index.html written from demo/page.html and examples/.');
}
