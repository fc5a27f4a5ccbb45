import { readableText } from '../../internal/text.js';

/** One list item as the visitor ticks it. */
export interface ChecklistItem {
  li: HTMLLIElement;
  /** The item's text (nested lists left out): the name of its checkbox and its entry in `value`. */
  text: string;
  /** In the `data-red-flags` list. */
  redFlag: boolean;
}

/** A run of the author's top-level nodes, shown in their order; a list is shown as a named group. */
export interface ChecklistSegment {
  nodes: (Element | Text)[];
  /** Set for a list: the text of the heading just before it (when there is one). */
  group?: { label?: string; redFlag: boolean };
}

export type ChecklistMessage = 'match' | 'no-match' | 'red-flag';

export interface ChecklistContent {
  segments: ChecklistSegment[];
  items: ChecklistItem[];
  messages: Record<ChecklistMessage, Element[]>;
  /** Level for the urgent notice's heading: one below the heading of the complaints (h3 by default). */
  headingLevel: number;
  /** Bad input found, in plain words, for warnings. */
  problems: string[];
}

/** More items than this make a checklist hard to go through: a warning says so. */
export const MANY_ITEMS = 30;

const isList = (node: Node) => /^(UL|OL)$/.test(node.nodeName);

/** An item's text as a person reads it, without any nested list (or comment). */
export function itemText(li: Element): string {
  const nodes = [...li.childNodes].filter((node) => node.nodeType === 3 || (node.nodeType === 1 && !isList(node)));
  return readableText({ textContent: nodes.map((node) => node.textContent).join('') } as Node);
}

/**
 * Reads the checklist's light DOM: the lists (`ul`/`ol` children; `data-red-flags` marks the
 * warning signs), the heading right before each list, the `slot="match|no-match|red-flag"`
 * messages, and everything else in order.
 */
export function readChecklist(host: Element): ChecklistContent {
  const content: ChecklistContent = { segments: [], items: [], messages: { match: [], 'no-match': [], 'red-flag': [] }, headingLevel: 3, problems: [] };
  const { segments, items, messages, problems } = content;
  let run: ChecklistSegment | undefined;
  let previous: Element | undefined;
  let complaintLists = 0;
  for (const node of host.childNodes) {
    if (node instanceof Element) {
      const slot = node.getAttribute('slot') as ChecklistMessage;
      if (slot in messages) {
        messages[slot].push(node);
        continue;
      }
      if (isList(node)) {
        const redFlag = node.hasAttribute('data-red-flags');
        const heading = previous && /^H([1-6])$/.exec(previous.nodeName);
        if (!redFlag && !complaintLists++ && heading) content.headingLevel = Math.min(+heading[1] + 1, 6);
        segments.push({ nodes: [node], group: { label: heading ? readableText(previous) : undefined, redFlag } });
        run = undefined;
        const lis = [...node.children].filter((child): child is HTMLLIElement => child.localName === 'li');
        if (!lis.length) problems.push(`a <${node.localName}> has no <li> items.`);
        for (const li of lis) {
          const text = itemText(li);
          items.push({ li, text, redFlag });
          if (li.querySelector('ul, ol')) problems.push(`item "${text}" has a nested list; its items get no checkbox.`);
          if (li.querySelector('a[href], button, select, textarea, input:not([data-checklist])')) {
            problems.push(`item "${text}" has a link or control; it stays usable, its text is part of the checkbox name.`);
          }
          if (/<\/?[a-z!]/i.test(text)) problems.push(`item "${text}" looks like markup; it is shown as text.`);
        }
      } else {
        (run ??= segments[segments.push({ nodes: [] }) - 1]).nodes.push(node);
      }
      previous = node;
    } else if (node instanceof Text && node.data.trim()) {
      (run ??= segments[segments.push({ nodes: [] }) - 1]).nodes.push(node);
    }
  }
  if (!complaintLists) problems.push('no <ul> or <ol> of complaints inside, so nothing to tick.');
  if (items.length > MANY_ITEMS) problems.push(`${items.length} items are hard to go through; keep it under ${MANY_ITEMS}.`);
  return content;
}
