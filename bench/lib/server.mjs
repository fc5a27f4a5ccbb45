// The benchmark's own static server on a free localhost port. Pages are generated per request
// (bench/lib/pages.mjs); scripts get a `performance.mark('bench-script-start')` put in front of
// them (the moment the module starts to run) and can be held back with `?delay=<ms>`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { blankPage, demoPage, faqPage, filterPage, memoryPage } from './pages.mjs';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const mark = "performance.mark('bench-script-start');\n";

export function startServer(root) {
  const probe = readFileSync(join(root, 'bench/lib/probe.js'), 'utf8');
  const buildDir = join(root, 'bench/.build');
  const fileFor = (pathname) => {
    if (pathname === '/clinic-elements.min.js') return join(root, 'dist/clinic-elements.min.js');
    // the loader and its chunks (clinic-elements.loader.js, clinic-elements.shared.js, …)
    if (/^\/clinic-elements\.[a-z-]+\.js$/.test(pathname)) return join(root, 'dist', pathname.slice(1));
    if (pathname === '/clinic-elements.css') return join(root, 'dist/clinic-elements.css');
    if (pathname === '/demo.css') return join(root, 'demo/demo.css');
    if (pathname.startsWith('/build/')) {
      const file = normalize(join(buildDir, pathname.slice('/build/'.length)));
      return file.startsWith(buildDir) ? file : undefined;
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const q = url.searchParams;
    const send = (body, type = types['.html']) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    try {
      const [, section, rest] = url.pathname.split('/');
      if (url.pathname === '/blank') return send(blankPage());
      if (section === 'faq') return send(faqPage(rest, Number(q.get('n') ?? 300), probe, { scriptOverride: q.get('script') ?? undefined }));
      if (url.pathname === '/demo') {
        return send(demoPage(probe, { script: q.get('script') !== '0', css: q.get('css') !== '0', delay: Number(q.get('delay') ?? 0), src: q.get('src') ?? undefined, warmIntl: q.get('warmIntl') === '1' }));
      }
      if (url.pathname === '/filter') return send(filterPage(Number(q.get('n') ?? 1000), probe, q.get('src') ?? undefined, { contentVisibility: q.get('cv') === '1' }));
      if (url.pathname === '/memory') return send(memoryPage(probe));
      const file = fileFor(url.pathname);
      if (!file || !existsSync(file)) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      const type = types[extname(file)] ?? 'application/octet-stream';
      const body = type === types['.js'] ? mark + readFileSync(file, 'utf8') : readFileSync(file);
      const delay = Number(q.get('delay') ?? 0);
      if (delay > 0) setTimeout(() => send(body, type), delay);
      else send(body, type);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
    }
    return undefined;
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
