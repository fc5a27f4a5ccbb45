// Renders the seed page's widgets on the server with Lit's server renderer (@lit-labs/ssr), as a
// server-rendering framework (Eleventy, Astro, Next.js with Lit's plugins…) would.
//
//   node test/ssr/render-page.mjs            → the seed page's <main> (as the build writes demo/index.html), rendered
//   node test/ssr/render-page.mjs page.html  → the <main> (or the whole body) of another file
//
// The widgets' sources (src/index.ts) are bundled for Node by esbuild with Lit left out, so that
// Node resolves `lit` once, from node_modules with its `node` export condition: the renderer and
// the elements share one Lit (two copies would not know each other's templates). The page's HTML
// becomes the static part of one Lit template, so every <clinic-*> tag in it is rendered with its
// declarative shadow root (`<template shadowrootmode="open">`), its content kept as it is.
//
// The output goes to stdout. An element that throws (or warns) while rendering makes the script
// exit 1 with the error: test/ssr/server-rendering.test.ts runs this through /__ssr-page (test/ssr/ssr-page.mjs).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readDemoPage } from '../../demo/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The part of a page the widgets are in: its <main>, else its <body>'s content, else all of it. */
export function pageContent(html) {
  return html.match(/<main[^>]*>[^]*<\/main>/)?.[0] ?? html.match(/<body[^>]*>([^]*)<\/body>/)?.[1] ?? html;
}

/** Bundles the widgets for Node in a scratch folder (which sees the project's node_modules) and loads them. */
async function loadWidgets() {
  const scratch = mkdtempSync(join(tmpdir(), 'clinic-elements-ssr-'));
  try {
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const outfile = join(scratch, 'clinic-elements.server.mjs');
    await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      outfile,
      tsconfig: join(root, 'tsconfig.json'),
      // One Lit for the renderer and the elements: resolved by Node at run time, not bundled.
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*', '@lit-labs/*'],
      logLevel: 'error',
    });
    await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The page's HTML as one Lit template (what `html` would make of it written out by hand). */
function templateOf(html, litHtml) {
  const strings = Object.assign([html], { raw: [html] });
  return litHtml(strings);
}

/** Server-renders `html` (the widgets' tags with their content) to a string of HTML. */
export async function renderWidgets(html) {
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html: litHtml } = await import('lit');
  await loadWidgets();
  // A warning while rendering on the server would be about content the server cannot read: none.
  const warnings = [];
  const consoleWarn = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  try {
    const rendered = collectResultSync(render(templateOf(html, litHtml)));
    if (warnings.length > 0) throw new Error(`The widgets warned while rendering on the server:\n${warnings.join('\n')}`);
    return rendered;
  } finally {
    console.warn = consoleWarn;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  try {
    process.stdout.write(await renderWidgets(pageContent(file ? readFileSync(file, 'utf8') : readDemoPage())));
  } catch (error) {
    console.error(error?.stack ?? String(error));
    process.exit(1);
  }
}
