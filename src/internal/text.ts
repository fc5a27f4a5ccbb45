/** Text of a node as a person reads it: whitespace collapsed, trimmed. */
export function readableText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Lower case without accents ("Liéssel" → "liessel"). Only text beyond ASCII is decomposed:
 * `normalize` is by far the slowest step, and 300 FAQ questions or 1,000 branches pass here.
 */
function plainLowerCase(text: string): string {
  const lower = text.toLowerCase();
  return /[^\0-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/**
 * Folds text for searching: lower case, accents removed, whitespace collapsed,
 * so "Liessel", "liessel" and "LIÉSSEL" all match.
 */
export function foldForSearch(text: string): string {
  return plainLowerCase(text).replace(/\s+/g, ' ').trim();
}

/** A URL- and id-safe slug: "Is bewegen veilig?" → "is-bewegen-veilig". */
export function slugify(text: string): string {
  return plainLowerCase(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * `href` if it is safe to make a link of: http(s), mailto: or tel:, absolute or relative; else
 * undefined. A `javascript:` or `data:` URL from an attribute never becomes a clickable link.
 */
export function safeHref(href: string | null | undefined): string | undefined {
  try {
    if (href && /^(https?|mailto|tel):$/.test(new URL(href, document.baseURI).protocol)) return href;
  } catch {
    /* not a URL */
  }
  return undefined;
}
