import { foldForSearch, slugify } from '../../internal/text.js';

/** What `assignIds` needs to know of one item. */
export interface IdRequest {
  question: string;
  /** The `id` the element has now (the author's, or one given earlier): kept unless it repeats. */
  id: string;
}

/** An id that an earlier item already had, and the one the later item got instead. */
export interface RenamedId {
  id: string;
  renamedTo: string;
}

export interface IdAssignment {
  ids: string[];
  /** Questions that read exactly like an earlier one. */
  duplicateQuestions: string[];
  /** Ids that an earlier item already had: the later item got another. */
  duplicateIds: RenamedId[];
}

/**
 * Gives every item a stable, unique id: its own when it has one (so links keep working), else a
 * slug of the question (`Is bewegen veilig?` → `is-bewegen-veilig`), else `faq-<n>`. A slug that is
 * already used by an earlier item, or elsewhere on the page (`isTaken`), gets `-2`, `-3`, …
 */
export function assignIds(requests: IdRequest[], isTaken: (id: string) => boolean = () => false): IdAssignment {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const seenQuestions = new Set<string>();
  const duplicateQuestions: string[] = [];
  const duplicateIds: RenamedId[] = [];
  // Ids the items already have come first: a later item never takes an earlier item's own id.
  const ownIds = new Set(requests.map((request) => request.id).filter((id) => id !== ''));
  const ids = requests.map(({ question, id }, index) => {
    if (question !== '') {
      if (seenQuestions.has(question)) duplicateQuestions.push(question);
      seenQuestions.add(question);
    }
    if (id !== '' && !used.has(id)) {
      used.add(id);
      return id;
    }
    const base = slugify(question) || `faq-${index + 1}`;
    // Count on from the last suffix this slug got, so 300 equal slugs cost 300 steps, not 45,000.
    let suffix = nextSuffix.get(base) ?? 1;
    let candidate = suffix > 1 ? `${base}-${suffix}` : base;
    while (used.has(candidate) || ownIds.has(candidate) || isTaken(candidate)) {
      suffix++;
      candidate = `${base}-${suffix}`;
    }
    nextSuffix.set(base, suffix + 1);
    used.add(candidate);
    if (id !== '') duplicateIds.push({ id, renamedTo: candidate });
    return candidate;
  });
  return { ids, duplicateQuestions, duplicateIds };
}

/** Punctuation and symbols: left out of search text, so "huisarts" finds "(huis)arts" and "huis-arts". */
const PUNCTUATION = /[^\p{L}\p{N}\s]/gu;

/**
 * Text folded for the FAQ's search: lower case, accents removed (`foldForSearch`), and punctuation
 * inside and around words left out, whitespace collapsed.
 */
export function searchText(text: string): string {
  return foldForSearch(text).replace(PUNCTUATION, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether an item's search text (made with `searchText`) matches what the visitor typed: every word
 * of the query must occur, in any order, accents, case and punctuation ignored. An empty query
 * (or one of punctuation only) matches all.
 */
export function matchesQuery(itemSearchText: string, query: string): boolean {
  return searchText(query)
    .split(' ')
    .every((word) => itemSearchText.includes(word));
}

/**
 * The question a key moves focus to, as an index among the `count` shown questions, from the one at
 * `from` (APG accordion): ArrowDown/ArrowUp to the next/previous (wrapping), Home/End to the
 * first/last. Undefined for any other key.
 */
export function questionToFocus(key: string, from: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (from + 1) % count;
    case 'ArrowUp':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
