import type { CSSResult } from 'lit';

/** The document or shadow root an element is in, or null while it is in neither (not on a page). */
export function rootOf(element: Element): Document | ShadowRoot | null {
  const root = element.getRootNode();
  return root instanceof Document || root instanceof ShadowRoot ? root : null;
}

/**
 * Adds a widget's rules for the author's own elements (its light DOM, which the widget's shadow
 * root cannot style) to the document or shadow root the widget sits in. Every widget of a kind
 * shares one constructed stylesheet, and it is added to each root only once.
 *
 * Does nothing where there is nothing to add it to: on the server (Lit SSR), while the element is
 * not in a document or shadow root (an update still pending when it left the page), and in a
 * browser that cannot adopt stylesheets.
 */
export function adoptLightDomStyles(host: Element, styles: CSSResult): void {
  if (typeof Document === 'undefined' || typeof ShadowRoot === 'undefined') return;
  const root = rootOf(host);
  if (root === null) return;
  const sheet = styles.styleSheet;
  if (sheet === undefined || root.adoptedStyleSheets === undefined) return;
  if (root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
