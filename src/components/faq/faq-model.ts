import { foldForSearch, slugify } from '../../internal/text.js';

/** What `assignIds` needs to know of one item. */
export interface IdRequest {
  question: string;
  /** The `id` the element has now (the author's, or one given earlier): kept unless it repeats. */
  id: string;
}

export interface IdAssignment {
  ids: string[];
  /** Questions that read exactly like an earlier one, and ids that an earlier item already had. */
  duplicateQuestions: string[];
  duplicateIds: string[];
}

/**
 * Gives every item a stable, unique id: its own when it has one (so links keep working), else a
 * slug of the question (`Is bewegen veilig?` → `is-bewegen-veilig`), else `faq-<n>`. A slug that is
 * already used by an earlier item, or elsewhere on the page (`isTaken`), gets `-2`, `-3`, …
 */
export function assignIds(requests: IdRequest[], isTaken: (id: string) => boolean = () => false): IdAssignment {
  const used = new Set<string>();
  const next = new Map<string, number>();
  const seenQuestions = new Set<string>();
  const duplicateQuestions: string[] = [];
  const duplicateIds: string[] = [];
  // Ids the items already have come first: a later item never takes an earlier item's own id.
  const own = new Set(requests.map((request) => request.id).filter(Boolean));
  const ids = requests.map(({ question, id }, index) => {
    if (question) {
      if (seenQuestions.has(question)) duplicateQuestions.push(question);
      seenQuestions.add(question);
    }
    if (id && !used.has(id)) {
      used.add(id);
      return id;
    }
    if (id) duplicateIds.push(id);
    const base = slugify(question) || `faq-${index + 1}`;
    // Count on from the last suffix this slug got, so 300 equal slugs cost 300 steps, not 45,000.
    let n = next.get(base) ?? 1;
    let candidate = n > 1 ? `${base}-${n}` : base;
    while (used.has(candidate) || own.has(candidate) || isTaken(candidate)) candidate = `${base}-${++n}`;
    next.set(base, n + 1);
    used.add(candidate);
    return candidate;
  });
  return { ids, duplicateQuestions, duplicateIds };
}

/**
 * Whether a question (its text folded with `foldForSearch`) matches what the visitor typed: every
 * word of the query must occur, in any order, accents and case ignored. An empty query matches all.
 */
export function matchesQuery(foldedText: string, query: string): boolean {
  return foldForSearch(query)
    .split(' ')
    .every((word) => foldedText.includes(word));
}
