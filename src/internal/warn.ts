import { isServer } from 'lit';

const alreadyWarned = new WeakMap<object, Set<string>>();

/** How a warning names the element: `<clinic-faq id="faq">`. */
function describe(host: Element): string {
  return `<${host.localName}${host.id ? ` id="${host.id}"` : ''}>`;
}

/**
 * The one way widgets report bad input: a single `console.warn` that names the element and the
 * problem, e.g. `[clinic-elements] <clinic-faq>: a <details> has no <summary>; it is shown as it is.`
 * The same problem is reported once per element, however often the content is re-read.
 */
export function warn(host: Element, problem: string): void {
  // On the server (Lit's server renderer) a widget cannot read its content, so what it would say
  // about it is not true there (the phase table has '0 phases'); in the browser it reads and says.
  if (isServer) return;
  let seen = alreadyWarned.get(host);
  if (!seen) alreadyWarned.set(host, (seen = new Set()));
  if (seen.has(problem)) return;
  seen.add(problem);
  // The element too, after the message: the browser's console links it to the page.
  console.warn(`[clinic-elements] ${describe(host)}: ${problem}`, host);
}

/** Forget earlier warnings of this element (after its content was fixed, for example). */
export function resetWarnings(host: Element): void {
  alreadyWarned.delete(host);
}
