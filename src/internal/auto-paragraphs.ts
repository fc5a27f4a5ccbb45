/**
 * Mends what WordPress's automatic paragraphs (`wpautop`, run on classic-editor content) do to our
 * tags, and branches nested in each other by a missing `</clinic-location>`. `wpautop` wraps each
 * line holding only a custom tag in `<p>…</p>`, and the HTML parser then closes the tag together
 * with that paragraph:
 *
 * ```html
 * <p><clinic-faq searchable></p>   →  <p><clinic-faq searchable></clinic-faq></p>
 * <details>…</details>             →  <details>…</details>   (outside the FAQ)
 * <p></clinic-faq></p>             →  <p></p>
 * ```
 *
 * Inside a `<div>` the tags stay open but collect empty `<p>`s and `<br>`s, and each
 * `<p></clinic-location><br><clinic-location …></p>` line nests the next branch in the previous one.
 * Content without these traces is left alone.
 */

/** Spaces, line breaks and comments (a no-break space is content, as in an editor's `<p>&nbsp;</p>`). */
const blank = (node: Node): boolean => (node.nodeType === 3 ? !/[^ \t\n\r]/.test(node.nodeValue!) : node.nodeType === 8 || node.nodeName === 'BR');
const isBranch = (node: Node): node is Element => node.nodeName === 'CLINIC-LOCATION';

/** A blank or an empty branch: what a line with only our tags leaves. */
const trace = (node: Node): boolean => blank(node) || (isBranch(node) && [...node.childNodes].every(blank));

/** A `<p>` WordPress made of a line with only our tags on it. */
const isCarrier = (node: Node, host?: Node): boolean => node.nodeName === 'P' && [...node.childNodes].every((child) => child === host || trace(child));

/**
 * Puts `host`'s content back together if WordPress's paragraphs split it. Returns whether anything
 * was mended, for the caller's one warning.
 */
export function mendAutoParagraphs(host: Element): boolean {
  const paragraph = host.parentElement;
  // The tag closed with its paragraph (holding nothing of the author's yet, only blanks, empty
  // branches or what the widget made): its content runs to the empty paragraph of its closing tag.
  if (paragraph && isCarrier(paragraph, host) && [...host.childNodes].every((child) => trace(child) || (!isBranch(child) && (child as Element).shadowRoot))) {
    const content: Node[] = [];
    let end = paragraph.nextSibling;
    for (; end && !(isCarrier(end) && !(end as Element).querySelector('clinic-location')); end = end.nextSibling) content.push(end);
    if (end && content.length) {
      host.append(...content);
      end.remove();
      // Last: moving the host runs its connectedCallback again, which should find the content in.
      paragraph.replaceWith(host);
    }
  }
  // Empty paragraphs and line breaks between the items go; a paragraph carrying branches gives way
  // to them, and what follows a branch (also what the parser nested in it) is that branch's content.
  // (Among the items any carrier or <br> is one; in a branch, a carrier of the next branch or a
  // branch itself: an unclosed <clinic-location> nests the next one in it too.)
  const traces = (parent: Element, top?: boolean) =>
    [...parent.children].some((child) => (top ? child.nodeName === 'BR' : isBranch(child)) || (isCarrier(child) && (top || child.querySelector('clinic-location'))));
  if (!traces(host, true) && ![...host.children].some((child) => isBranch(child) && traces(child))) return paragraph !== host.parentElement;
  let into: Element = host;
  const place = (nodes: Node[], top?: boolean): void => {
    for (const node of nodes) {
      if (isCarrier(node) || (top && node.nodeName === 'BR')) {
        place([...node.childNodes].filter(isBranch), top);
        (node as Element).remove();
      } else if (isBranch(node) && (top || into !== host)) {
        host.append((into = node));
        place([...node.childNodes]);
      } else into.append(node);
    }
  };
  place([...host.childNodes], true);
  return true;
}
