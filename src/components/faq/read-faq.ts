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
const SILENT = new Set(['script', 'template', 'style', 'link', 'meta']);

/** More questions than this is reported: the page works, but it is no longer an FAQ a person can scan. */
export const MANY_ITEMS = 1000;

const LOOKS_LIKE_MARKUP = /<\/?[a-z!?][^>]*>?/i;

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads the author's content: the `<details>` children of the host, each with its first `<summary>`.
 * Reads only; the element decides and writes afterwards, so 300 items cost one pass of reads.
 */
export function readFaqItems(host: Element): FaqContent {
  const items: FaqItem[] = [];
  const problems: string[] = [];
  for (const node of host.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent!.trim()) problems.push('has text outside any <details>; it is shown as it is, but is not part of the accordion.');
      continue;
    }
    if (!(node instanceof Element) || SILENT.has(node.localName) || node.hasAttribute('data-clinic-faq-controls')) continue;
    if (!(node instanceof HTMLDetailsElement)) {
      problems.push(`has a <${node.localName}> that is not a <details> item; it is shown as it is, but is not part of the accordion.`);
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
      problems.push('has a <details> without a <summary> (the question); it is shown as it is, but is not part of the accordion.');
      continue;
    }
    const question = readableText(summary);
    if (!question) problems.push('has a question (<summary>) without text; it gets a numbered link and is left out of the structured data.');
    else if (LOOKS_LIKE_MARKUP.test(question)) problems.push(`has a question whose text looks like markup ("${clip(question)}"); it is shown as plain text and never run.`);
    // The answer: all the text but the question's (one native read per item, no walk in script).
    const answer = node.textContent!.replace(summary.textContent!, ' ');
    items.push({ details: node, summary, question, answer: answer.replace(/\s+/g, ' ').trim() });
  }
  if (items.length > MANY_ITEMS) problems.push(`has more than ${MANY_ITEMS} questions; it works, but consider splitting the FAQ or adding \`searchable\`.`);
  return { items, problems };
}
