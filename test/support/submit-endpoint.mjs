// A real HTTP endpoint for form submissions, mounted on the test server. A test chooses the answer
// in the action URL and reads back what arrived:
//
//   POST /__submit?key=k1                      → 200 {"ok":true}
//   POST /__submit?key=k1&status=500           → 500 with a plain-text body
//   POST /__submit?key=k1&status=422&errors={"email":"Bestaat niet"}
//                                              → 422 {"errors":{…}}
//   POST /__submit?key=k1&hang=1               → never answers (for timeouts)
//   POST /__submit?key=k1&delay=300            → answers after 300 ms
//   POST /__submit?key=k1&body=<html>…&type=text/html → that body, that content type
//   GET  /__submit/received?key=k1             → [{ method, contentType, body }] received under k1
// A request's whole body as UTF-8 text.
import { text as readBody } from 'node:stream/consumers';

const received = new Map();

export function submitEndpoint() {
  return async function submitMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/__submit')) return next();
    const params = Object.fromEntries(new URL(ctx.url, 'http://localhost').searchParams);
    const key = params.key ?? 'default';
    if (ctx.path === '/__submit/received') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(received.get(key) ?? []);
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }
    const body = await readBody(ctx.req);
    if (!received.has(key)) received.set(key, []);
    received.get(key).push({ method: ctx.method, contentType: ctx.get('content-type'), body, at: Date.now() });
    if (params.hang) {
      await new Promise((resolve) => ctx.req.on('close', resolve));
      return;
    }
    if (params.delay) await new Promise((resolve) => setTimeout(resolve, Number(params.delay)));
    const status = Number(params.status ?? 200);
    ctx.status = status;
    if (params.body !== undefined) {
      ctx.type = params.type ?? 'text/plain';
      ctx.body = params.body;
    } else if (status === 422 || params.errors) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ errors: JSON.parse(params.errors ?? '{}') });
    } else if (status >= 200 && status < 300) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ok: true });
    } else {
      ctx.type = 'text/plain';
      ctx.body = `Server error ${status}`;
    }
  };
}
