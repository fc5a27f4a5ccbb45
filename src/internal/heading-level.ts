/** A heading level a widget may render: never 1 (the page's title), never beyond 6. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level a widget's heading takes, and the problem to warn about when `heading-level` was bad. */
export interface HeadingLevelChoice {
  level: HeadingLevel;
  problem?: string;
}

const LOWEST: HeadingLevel = 2;
const HIGHEST: HeadingLevel = 6;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"][aria-level]';

function clamp(level: number): HeadingLevel {
  return Math.min(HIGHEST, Math.max(LOWEST, level)) as HeadingLevel;
}

/** The level of a heading element: `aria-level` wins over the tag, as it does for screen readers. */
function levelOf(heading: Element): number {
  const ariaLevel = Number.parseInt(heading.getAttribute('aria-level') ?? '', 10);
  if (ariaLevel >= 1) return ariaLevel;
  return Number(heading.localName.slice(1)) || LOWEST;
}

/** The level of an element that is a heading (`h1`–`h6`, or `role="heading"` with `aria-level`); undefined for any other. */
export function headingLevelOf(element: Element): number | undefined {
  return element.matches(HEADINGS) ? levelOf(element) : undefined;
}

/**
 * The nearest heading that comes before `host` in the document, not counting headings inside it
 * (the widget's own content), or null when there is none.
 */
function headingBefore(host: Element): Element | null {
  const headings = host.ownerDocument.querySelectorAll(HEADINGS);
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index];
    const precedes = heading.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (precedes && !host.contains(heading)) return heading;
  }
  return null;
}

/**
 * The level for a heading a widget renders (the phase table's steps, the contact form's error
 * summary, the checklist's urgent notice), so that it fits the page's outline:
 * - `requested` (the widget's `heading-level` attribute) when given: a whole number, clamped to 2–6;
 *   anything else is reported as a problem and ignored;
 * - otherwise one below `ownHeadingLevel`, the level of the heading in the widget's own content that
 *   the rendered heading belongs under, when the widget found one (the checklist's title);
 * - otherwise one below the nearest heading before the widget in the page, between 2 and 6 (a
 *   page with only an `<h1>` gets 2, a widget under an `<h3>` gets 4);
 * - on the server (no DOM to look at) and where the page has no heading before the widget: 2.
 */
export function headingLevel(host: Element, requested: string | number | null | undefined, ownHeadingLevel?: number): HeadingLevelChoice {
  if (requested !== null && requested !== undefined && `${requested}`.trim() !== '') {
    const asked = Number(requested);
    if (Number.isInteger(asked)) {
      const level = clamp(asked);
      if (level === asked) return { level };
      return { level, problem: `heading-level="${requested}" is outside 2–6, so its headings use level ${level}.` };
    }
    const level = headingLevelFromPage(host, ownHeadingLevel);
    return { level, problem: `heading-level="${requested}" is not a whole number from 2 to 6, so its headings follow the page's headings (level ${level}).` };
  }
  return { level: headingLevelFromPage(host, ownHeadingLevel) };
}

function headingLevelFromPage(host: Element, ownHeadingLevel: number | undefined): HeadingLevel {
  if (ownHeadingLevel !== undefined) return clamp(ownHeadingLevel + 1);
  // On the server (Lit SSR) the host is no real element of a document.
  if (typeof document === 'undefined' || !host.ownerDocument?.querySelectorAll) return LOWEST;
  const heading = headingBefore(host);
  return heading ? clamp(levelOf(heading) + 1) : LOWEST;
}
