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
  for (const node of host.childNodes) {
    if (node.nodeType === 3) {
      if (node.textContent!.trim()) problems.push('has text outside its <details> items.');
      continue;
    }
    if (!(node instanceof Element) || SILENT.test(node.localName) || node.hasAttribute('data-clinic-faq-controls')) continue;
    if (!(node instanceof HTMLDetailsElement)) {
      problems.push(`has a <${node.localName}> that is not a <details> item.`);
      continue;
    }
    let summary: HTMLElement | undefined;
    for (const child of node.children) {
      if (child.localName === 'summary') {
        summary = child as HTMLElement;
        break;
      }
    }
    if (!summary) {
      problems.push('has a <details> without <summary>.');
      continue;
    }
    const question = readableText(summary);
    if (!question) problems.push('has an empty <summary>.');
    else if (LOOKS_LIKE_MARKUP.test(question)) problems.push(`has a question that looks like markup ("${question.slice(0, 40)}"), shown as text.`);
    // The answer: all the text but the question's (one native read per item, no walk in script).
    const answer = node.textContent!.replace(summary.textContent!, ' ');
    items.push({ details: node, summary, question, answer: answer.replace(/\s+/g, ' ').trim() });
  }
  if (items.length > MANY_ITEMS) problems.push(`has over ${MANY_ITEMS} questions; split it or add searchable.`);
  return { items, problems };
}
