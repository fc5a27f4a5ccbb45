// The seed page for test/ssr/, served by the test server (web-test-runner.config.mjs):
//
//   GET /__ssr-page?render=server   → its <main> rendered by Lit's server renderer (render-page.mjs):
//                                      every widget with its declarative shadow root
//   GET /__ssr-page?render=client   → the same <main> as written, for the widgets to render in the browser
//   &page=variants                  → test/ssr/variants.html instead of the seed page
//
// No script: the test looks at the page before the widgets' code arrives, then loads it.
// Rendering runs in a child Node process (`node test/ssr/render-page.mjs`): Lit's server build and its
// DOM shim stay out of the test runner's own process. A render that throws answers 500 with the error.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readDemoPage } from '../../demo/build.mjs';
import { pageContent } from './render-page.mjs';

/** The page rendered by Lit's server renderer: a file, or (without one) the seed page. */
function serverRendered(file) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['test/ssr/render-page.mjs', ...(file ? [file] : [])], { maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Server rendering failed:\n${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

export function ssrPage() {
  return async function ssrPageMiddleware(ctx, next) {
    if (ctx.path !== '/__ssr-page') return next();
    const params = new URL(ctx.url, 'http://localhost').searchParams;
    // The seed page is rendered from demo/page.html and examples/ (as the build writes demo/index.html).
    const file = params.get('page') === 'variants' ? 'test/ssr/variants.html' : undefined;
    let body;
    try {
      body = params.get('render') === 'server' ? await serverRendered(file) : pageContent(file ? readFileSync(file, 'utf8') : readDemoPage());
    } catch (error) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = error.message;
      return;
    }
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Server rendering</title>
<link rel="stylesheet" href="/demo/demo.css"></head><body>${body}</body></html>`;
  };
}
