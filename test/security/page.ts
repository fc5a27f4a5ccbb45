import { waitUntil } from '@open-wc/testing';

/** The strict policy a hospital's security team sets: nothing inline, nothing evaluated, only its own host. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";

export type PageWindow = Window & typeof globalThis & { violations: string[]; warnings: string[] };

/**
 * A page in an iframe, served with `csp` as its Content-Security-Policy header (test/support/csp-page.mjs):
 * the built drop-in file and clinic-elements.css, and `body` (or the seed page for `'seed'`).
 * test/security/record.js (loaded first) records every CSP / Trusted Types violation and every
 * console.warn. Resolves when every widget has rendered.
 */
export async function openPage(body: string, csp = STRICT_CSP): Promise<{ win: PageWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px';
  frame.src = `/__csp-page?${new URLSearchParams(body === 'seed' ? { csp, seed: '1' } : { csp, body })}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((el) => el.localName.startsWith('clinic-'));
  await waitUntil(() => widgets.every((el) => el.matches(':defined')), 'widgets defined', { timeout: 5000 });
  await Promise.all(widgets.map((el) => el.updateComplete));
  return { win, doc, frame };
}

/**
 * Every violation so far. A style attribute set as markup is a violation of its own under
 * style-src 'self' (no 'unsafe-inline'); waiting until it is reported makes sure the ones before it were too.
 */
export async function violationsOf(win: PageWindow, doc: Document): Promise<string[]> {
  const probe = doc.createElement('csp-probe');
  doc.body.append(probe);
  probe.setAttribute('style', 'color:red');
  await waitUntil(() => win.violations.some((v) => v.includes('<csp-probe>')), `the probe is reported (so far: ${win.violations.join(' | ')})`, { timeout: 3000 });
  probe.remove();
  const found = win.violations.filter((v) => !v.includes('<csp-probe>'));
  win.violations.length = 0;
  return found;
}
