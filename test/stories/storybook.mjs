// Opens the built Storybook (storybook-static, or STORYBOOK_STATIC) in Debian's Chromium through
// puppeteer-core, for the story checks in test/stories/ and the screenshots in test/visual/: a tiny
// static server on a free port, the list of stories from index.json, and one story opened in a
// chosen toolbar theme and viewport, waited on until its render (and any play step) has finished and
// every widget in it has rendered.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../support/browsers.mjs';

/** The toolbar themes (.storybook/preview.ts): every story must pass axe in each. */
export const themes = ['page', 'clinic', 'dark', 'contrast'];

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** The built Storybook's folder: STORYBOOK_STATIC, or storybook-static at the repository's root. */
export function staticFolder() {
  const folder = resolve(process.env.STORYBOOK_STATIC ?? join(import.meta.dirname, '../../storybook-static'));
  if (!existsSync(join(folder, 'index.json'))) {
    throw new Error(`No built Storybook in ${folder}: run \`npm run build-storybook\` first (or set STORYBOOK_STATIC to the folder).`);
  }
  return folder;
}

/** Serves `folder` on 127.0.0.1 (a free port); resolves with its address and a `close()`. */
export function serve(folder) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(folder, path === '/' ? 'index.html' : path));
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** Every story of the built Storybook (not docs pages): `{ id, title, name }`. */
export function listStories(folder) {
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
}

/** Every docs page of the built Storybook: `{ id, title }`. */
export function listDocs(folder) {
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'docs')
    .map(({ id, title }) => ({ id, title }));
}

export function launch() {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, '--force-color-profile=srgb', '--font-render-hinting=none'] });
}

/**
 * Waits until Storybook has rendered story `id` (play step included), or failed to. Generous
 * timeouts: the 1,000-branch story takes 15–20 s on a busy two-core machine.
 */
async function storyRendered(page, id) {
  await page.waitForFunction(
    (storyId) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      if (!render || render.id !== storyId) return false;
      return ['completed', 'finished', 'errored', 'aborted'].includes(render.phase);
    },
    { timeout: 90000, polling: 50 },
    id,
  );
}

/**
 * Opens one story (or docs page, with `viewMode: 'docs'`) in `page`, in the toolbar theme `theme`:
 * resolves when Storybook has finished rendering it (play step included) and every `clinic-*`
 * element in it has rendered. Rejects with Storybook's own message when the story failed. A page
 * already showing a story of this Storybook in this theme switches stories without a reload
 * (Storybook's own channel), which is many times faster.
 */
export async function openStory(page, baseUrl, id, { theme = 'page', viewMode = 'story' } = {}) {
  const current = page.url();
  const sameTheme = current.startsWith(`${baseUrl}/iframe.html`) && current.includes(`globals=theme:${theme}`) && viewMode === 'story' && current.includes('viewMode=story');
  if (sameTheme && (await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__)))) {
    await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
  } else {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=theme:${theme}`, { waitUntil: 'load' });
  }
  if (viewMode === 'docs') {
    await page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content') !== null, { timeout: 90000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.docs-story')].every((block) => block.querySelector('.sb-story, [id^="story--"]')?.childElementCount !== 0), { timeout: 90000 });
  } else {
    await storyRendered(page, id);
  }
  // A story that sets its state after the widget upgraded marks itself until it is done (stories/support.ts).
  await page.waitForFunction(() => document.querySelector('[data-story-pending]') === null, { timeout: 90000, polling: 50 });
  const failed = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error')
      : [...document.querySelectorAll('[data-story-error]')].map((story) => `its state: ${story.getAttribute('data-story-error')}`).join('; '),
  );
  if (failed) throw new Error(`Story ${id} failed to render: ${failed}`);
  await page.evaluate(async () => {
    /** Every element in the document, shadow roots included. */
    const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) {
      const widgets = all(document).filter((element) => element.localName.startsWith('clinic-'));
      await Promise.all(widgets.map((element) => element.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    await document.fonts.ready;
  });
}
