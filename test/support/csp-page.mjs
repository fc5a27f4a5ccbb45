// A page served with a Content-Security-Policy header, as a hospital's site serves it (test/security/):
//
//   GET /__csp-page?csp=<policy>&body=<html>   → that body with the built drop-in file
//   GET /__csp-page?csp=<policy>&seed=1         → the seed page's <main> (the demo page, rendered from
//                                                  demo/page.html and examples/) and demo.css
//
// The page loads test/security/record.js first (it records violations and console.warn), then
// dist/clinic-elements.css and dist/clinic-elements.min.js, all from 'self'.
import { readDemoPage } from '../../demo/build.mjs';

export function cspPage() {
  return async function cspPageMiddleware(ctx, next) {
    if (ctx.path !== '/__csp-page') return next();
    const params = new URL(ctx.url, 'http://localhost').searchParams;
    const body = params.get('seed')
      ? readDemoPage().match(/<main[\s\S]*<\/main>/)[0] + '<link rel="stylesheet" href="/demo/demo.css">'
      : (params.get('body') ?? '');
    ctx.set('Content-Security-Policy', params.get('csp') ?? '');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/security/record.js"></script>
<link rel="stylesheet" href="/dist/clinic-elements.css">
<script type="module" src="/dist/clinic-elements.min.js"></script></head><body>${body}</body></html>`;
  };
}
