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
const blank = (node: Node): boolean =>
  node.nodeType === Node.TEXT_NODE ? !/[^ \t\n\r]/.test(node.nodeValue ?? '') : node.nodeType === Node.COMMENT_NODE || node.nodeName === 'BR';
const isBranch = (node: Node | null): node is Element => node?.nodeName === 'CLINIC-LOCATION';

/** A blank or an empty branch: what a line with only our tags leaves. */
const trace = (node: Node): boolean => blank(node) || (isBranch(node) && [...node.childNodes].every(blank));

/** A `<p>` WordPress made of a line with only our tags on it. */
const isCarrier = (node: Node | null, host?: Node): boolean => node?.nodeName === 'P' && [...node.childNodes].every((child) => child === host || trace(child));

/**
 * A `<p>` WordPress made of lines that open branches: only branches (with or without content of
 * their own: `<clinic-location …><br />Text<br /></clinic-location>` on consecutive lines) and blanks.
 */
const carriesBranches = (node: Node | null): boolean =>
  node?.nodeName === 'P' && [...node.childNodes].some(isBranch) && [...node.childNodes].every((child) => isBranch(child) || blank(child));

/** The next sibling that is not blank text or a comment. */
function nextContentSibling(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType !== Node.ELEMENT_NODE && blank(next)) next = next.nextSibling;
  return next;
}

/**
 * The empty paragraph of the host's closing tag, after its paragraph. Every `</clinic-location>`
 * leaves one too, so one followed by a paragraph that opens another branch is not the end (a blank
 * line between branches in the editor); the first one after which no branch opens is.
 */
function closingParagraph(hostParagraph: Element): Node | null {
  for (let node = hostParagraph.nextSibling; node; node = node.nextSibling) {
    const closesSomething = isCarrier(node) && ![...node.childNodes].some(isBranch);
    if (closesSomething && !carriesBranches(nextContentSibling(node))) return node;
  }
  return null;
}

/** Whether `parent`'s children show WordPress's traces: line breaks or tag paragraphs among the items, branches opened inside a branch. */
function hasTraces(parent: Element, isHost: boolean): boolean {
  return [...parent.children].some((child) => {
    if (isHost && child.nodeName === 'BR') return true;
    if (!isHost && isBranch(child)) return true;
    if (carriesBranches(child)) return true;
    return isHost && isCarrier(child);
  });
}

/**
 * Puts `host`'s content back together if WordPress's paragraphs split it. Returns whether anything
 * was mended, for the caller's one warning.
 */
export function mendAutoParagraphs(host: Element): boolean {
  const paragraph = host.parentElement;
  // The tag closed with its paragraph (holding nothing of the author's yet, only blanks, empty
  // branches or what the widget made): its content runs to the empty paragraph of its closing tag.
  const closedWithItsParagraph = [...host.childNodes].every((child) => trace(child) || (!isBranch(child) && (child as Element).shadowRoot));
  if (paragraph && isCarrier(paragraph, host) && closedWithItsParagraph) {
    const end = closingParagraph(paragraph);
    const content: Node[] = [];
    for (let node = paragraph.nextSibling; end && node && node !== end; node = node.nextSibling) content.push(node);
    if (end && content.length > 0) {
      host.append(...content);
      end.parentNode?.removeChild(end);
      // Last: moving the host runs its connectedCallback again, which should find the content in.
      paragraph.replaceWith(host);
    }
  }
  // Empty paragraphs and line breaks between the items go; a paragraph carrying branches gives way
  // to them, and what follows a branch (also what the parser nested in it) is that branch's content.
  // (Among the items any carrier or <br> is one; in a branch, a paragraph opening the next branch or a
  // branch itself: an unclosed <clinic-location> nests the next one in it too.)
  if (!hasTraces(host, true) && ![...host.children].some((child) => isBranch(child) && hasTraces(child, false))) return paragraph !== host.parentElement;
  let into: Element = host;
  const place = (nodes: Node[], atTop: boolean): void => {
    for (const node of nodes) {
      if (isCarrier(node) || carriesBranches(node) || (atTop && node.nodeName === 'BR')) {
        place([...node.childNodes].filter(isBranch), atTop);
        node.parentNode?.removeChild(node);
      } else if (isBranch(node) && (atTop || into !== host)) {
        into = node;
        host.append(node);
        place([...node.childNodes], false);
      } else {
        into.append(node);
      }
    }
  };
  place([...host.childNodes], true);
  return true;
}
