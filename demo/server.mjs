// The demo server (`npm start`): serves the seed page rebuilt with our tags on localhost, the
// drop-in file from dist/, and a contact endpoint that keeps what it receives in
// demo/submissions.jsonl and lists it at /submissions; /wordpress is the page as WordPress's classic
// editor publishes it. No other hosts are contacted.
import { createServer } from 'node:http';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
// A request's whole body as UTF-8 text.
import { text as readBody } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { readDemoPage } from './build.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const submissionsFile = join(here, 'submissions.jsonl');
const port = Number(process.env.PORT ?? 8080);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json', '.svg': 'image/svg+xml' };
// The page itself is rendered from demo/page.html and examples/ on each request (see demo/build.mjs).
const pages = new Set(['/', '/index.html']);
const routes = {
  '/demo.css': join(here, 'demo.css'),
  '/clinic-elements.min.js': join(root, 'dist/clinic-elements.min.js'),
  '/clinic-elements.min.js.map': join(root, 'dist/clinic-elements.min.js.map'),
  '/clinic-elements.css': join(root, 'dist/clinic-elements.css'),
};

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function readSubmissions() {
  if (!existsSync(submissionsFile)) return [];
  return readFileSync(submissionsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

function submissionsPage() {
  const rows = readSubmissions()
    .reverse()
    .map((s) => `<li><p><strong>${escapeHtml(s.at)}</strong> · ${escapeHtml(s.contentType)}</p><pre>${escapeHtml(s.body)}</pre></li>`)
    .join('');
  return `<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Ontvangen berichten (demo)</title><link rel="stylesheet" href="/demo.css"><main><h1>Ontvangen berichten</h1><p><a href="/">Terug naar de pagina</a></p>${rows ? `<ol>${rows}</ol>` : '<p>Nog niets ontvangen.</p>'}</main></html>`;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === '/api/contact' && req.method === 'POST') {
    const body = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    appendFileSync(submissionsFile, `${JSON.stringify({ at: new Date().toISOString(), contentType, body })}\n`);
    if ((req.headers.accept ?? '').includes('text/html')) {
      // A native form post (no JavaScript): answer with a page.
      res.writeHead(303, { location: '/submissions' }).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    }
    return;
  }
  if (url.pathname === '/wordpress') {
    // The same page as WordPress's classic editor publishes it (wpautop on the content): the
    // widgets mend the paragraphs it wraps around their tags (README, "In WordPress").
    const { autop } = await import('@wordpress/autop');
    const page = readDemoPage().replace(/(<main[^>]*>)([^]*)(<\/main>)/, (_, start, content, end) => start + autop(content) + end);
    res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(page);
    return;
  }
  if (pages.has(url.pathname)) {
    res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(readDemoPage());
    return;
  }
  if (url.pathname === '/submissions') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(submissionsPage());
    return;
  }
  const file = routes[url.pathname] ?? (url.pathname.startsWith('/dist/') ? normalize(join(root, url.pathname)) : undefined);
  if (!file || !file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Clinic Elements demo: http://localhost:${port}/  (as WordPress's classic editor publishes it: /wordpress; received messages: /submissions)`);
});
