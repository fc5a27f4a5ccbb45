import { looksLikeMarkup } from '../../internal/markup.js';
import { readableText } from '../../internal/text.js';

/** One question of the FAQ: the author's own `<details>` and what it says. */
export interface FaqItem {
  details: HTMLDetailsElement;
  summary: HTMLElement;
  /** The question as read: the summary's text, whitespace collapsed. */
  question: string;
  /** The answer as plain text: everything in the `<details>` but its summary (read on first use). */
  readonly answer: string;
}

export interface FaqContent {
  items: FaqItem[];
  /** The author's own messages for a search that finds nothing (`slot="no-results"`). */
  noResults: HTMLElement[];
  /** Bad input found, in plain words, for `warn()` (one warning per distinct problem). */
  problems: string[];
}

/** Elements inside `<clinic-faq>` that are not content: they need no warning, and their text is no part of an answer. */
const NOT_CONTENT = new Set(['script', 'noscript', 'template', 'style', 'link', 'meta']);

/** The one slot name the FAQ knows: the message shown when a search finds nothing. */
export const NO_RESULTS_SLOT = 'no-results';

/** More questions than this is reported: the page works, but it is no longer an FAQ a person can scan. */
export const MANY_ITEMS = 1000;

/** How much of a question a warning quotes. */
const QUOTED_LENGTH = 40;

/**
 * Reads the author's content: the `<details>` children of the host, each with its first `<summary>`,
 * and the children marked `slot="no-results"`. Reads only; the element decides and writes
 * afterwards, so 300 items cost one pass of reads.
 */
export function readFaqItems(host: Element): FaqContent {
  const items: FaqItem[] = [];
  const noResults: HTMLElement[] = [];
  const problems: string[] = [];
  // Siblings, not `childNodes` with an iterator: with 300 items this loop is most of the upgrade.
  for (let node = host.firstChild; node; node = node.nextSibling) {
    if (node instanceof HTMLDetailsElement) {
      const item = readItem(node, problems);
      if (item) items.push(item);
    } else if (node.nodeType === Node.TEXT_NODE) {
      if (/\S/.test((node as Text).data)) {
        problems.push('has text outside its <details> items. It shows where it is, but is not part of any question. Put it inside an answer, or outside the <clinic-faq>.');
      }
    } else if (node instanceof HTMLElement && node.hasAttribute('slot')) {
      const slot = node.getAttribute('slot');
      if (slot === NO_RESULTS_SLOT) noResults.push(node);
      else problems.push(`has a <${node.localName} slot="${slot}">, a slot it does not know; it shows where it is. The one slot is slot="${NO_RESULTS_SLOT}", for the message shown when a search finds nothing.`);
    } else if (node instanceof Element && !NOT_CONTENT.has(node.localName) && !node.hasAttribute('data-clinic-faq-controls')) {
      problems.push(`has a <${node.localName}> that is not a <details> question. It shows where it is, but arrow keys, open all and search pass it by. Put it outside the <clinic-faq>, or make it a <details> with a <summary>.`);
    }
  }
  if (items.length > MANY_ITEMS) {
    problems.push(`has over ${MANY_ITEMS} questions. All of them work, but a list that long is hard to scan: split it into several FAQs by topic.`);
  }
  return { items, noResults, problems };
}

/** One `<details>`: its first `<summary>` (the question) and the text of everything after it (the answer). */
function readItem(details: HTMLDetailsElement, problems: string[]): FaqItem | undefined {
  let summary = details.firstElementChild;
  while (summary && summary.localName !== 'summary') summary = summary.nextElementSibling;
  if (!summary) {
    problems.push('has a <details> without a <summary>, so it has no question: it is shown as it is and left out of the structured data. Give it a <summary> with the question.');
    return undefined;
  }
  const question = readableText(summary);
  if (question === '') {
    problems.push('has a <summary> without text: that item gets a numbered id and is left out of the structured data. Write the question in the <summary>.');
  } else if (looksLikeMarkup(question)) {
    problems.push(`has a question that looks like HTML markup ("${question.slice(0, QUOTED_LENGTH)}"); it is shown as text, never as markup. If the markup was meant, enter it in the editor's HTML (source) view.`);
  }
  // The answer is read on first use (the JSON-LD, a first search), after the upgrade's task: the
  // first paint does not need it, and with 300 questions it is about a quarter of the reading.
  let answer: string | undefined;
  return {
    details,
    summary: summary as HTMLElement,
    question,
    get answer() {
      answer ??= readAnswer(details, summary);
      return answer;
    },
  };
}

/** The answer: the text of the nodes around the summary (usually one `<p>`), as `contentText` reads it. */
function readAnswer(details: HTMLDetailsElement, summary: Element): string {
  return contentText(details, summary).replace(/\s+/g, ' ').trim();
}

/**
 * The text of a node that a visitor reads, the question (`summary`) left out: comments and what is
 * no content left out too, at any depth (an embed's `<script>` source, a `<style>` sheet, a
 * `<template>`), so none of it reaches the structured data or the search.
 */
function contentText(node: Node, summary: Element): string {
  if (node === summary) return ' ';
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE || NOT_CONTENT.has((node as Element).localName)) return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += contentText(child, summary);
  return text;
}
