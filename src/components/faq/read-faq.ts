import { readableText } from '../../internal/text.js';

/** One question of the FAQ: the author's own `<details>` and what it says. */
export interface FaqItem {
  details: HTMLDetailsElement;
  summary: HTMLElement;
  /** The question as read: the summary's text, whitespace collapsed. */
  question: string;
  /** The answer as plain text: everything in the `<details>` but its summary. */
  answer: string;
}

export interface FaqContent {
  items: FaqItem[];
  /** Bad input found, in plain words, for `warn()` (one warning per distinct problem). */
  problems: string[];
}

/** Elements inside `<clinic-faq>` that are not content and need no warning. */
const SILENT = /^(script|template|style|link|meta)$/;

/** More questions than this is reported: the page works, but it is no longer an FAQ a person can scan. */
export const MANY_ITEMS = 1000;

const LOOKS_LIKE_MARKUP = /<\/?[a-z!?][^>]*>?/i;

/**
 * Reads the author's content: the `<details>` children of the host, each with its first `<summary>`.
 * Reads only; the element decides and writes afterwards, so 300 items cost one pass of reads.
 */
export function readFaqItems(host: Element): FaqContent {
  const items: FaqItem[] = [];
  const problems: string[] = [];
  // Siblings, not `childNodes` with an iterator: with 300 items this loop is most of the upgrade.
  for (let node = host.firstChild; node; node = node.nextSibling) {
    if (node instanceof HTMLDetailsElement) {
      const item = readItem(node, problems);
      if (item) items.push(item);
    } else if (node.nodeType === 3) {
      if (/\S/.test((node as Text).data)) problems.push('has text outside its <details> items.');
    } else if (node instanceof Element && !SILENT.test(node.localName) && !node.hasAttribute('data-clinic-faq-controls')) {
      problems.push(`has a <${node.localName}> that is not a <details> item.`);
    }
  }
  if (items.length > MANY_ITEMS) problems.push(`has over ${MANY_ITEMS} questions.`);
  return { items, problems };
}

/** One `<details>`: its first `<summary>` (the question) and the text of everything after it (the answer). */
function readItem(details: HTMLDetailsElement, problems: string[]): FaqItem | undefined {
  let summary = details.firstElementChild;
  while (summary && summary.localName !== 'summary') summary = summary.nextElementSibling;
  if (!summary) {
    problems.push('has a <details> without <summary>.');
    return;
  }
  const question = readableText(summary);
  if (!question) problems.push('has an empty <summary>.');
  else if (LOOKS_LIKE_MARKUP.test(question)) problems.push(`has a question like markup ("${question.slice(0, 40)}"), shown as text.`);
  // The answer: the text of the elements and text nodes around the summary (usually one <p>).
  let answer = '';
  for (let node = details.firstChild; node; node = node.nextSibling) answer += node === summary ? ' ' : node.nodeType === 8 ? '' : node.textContent;
  return { details, summary: summary as HTMLElement, question, answer: answer.replace(/\s+/g, ' ').trim() };
}
