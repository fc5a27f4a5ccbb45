// Writes demo/index.html from demo/page.html and examples/ (`node demo/build.mjs`). The page is
// committed, because the tests, the bench and the CSP check read it as a file; test/demo/examples.test.ts
// fails when it is out of step with examples/.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDemoPage } from './render.mjs';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));

export function readDemoPage() {
  return renderDemoPage(readFileSync(here('page.html'), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(here('index.html'), readDemoPage());
  console.log('demo/index.html written from demo/page.html and examples/.');
}
