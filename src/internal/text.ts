/** Text of a node as a person reads it: whitespace collapsed, trimmed. */
export function readableText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Folds text for searching: lower case, accents removed, whitespace collapsed,
 * so "Liessel", "liessel" and "LIÉSSEL" all match.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL- and id-safe slug: "Is bewegen veilig?" → "is-bewegen-veilig". */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
