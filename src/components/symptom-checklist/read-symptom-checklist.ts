import { readableText } from '../../internal/text.js';

/** One list item as the visitor ticks it. */
export interface ChecklistItem {
  li: HTMLLIElement;
  /** The item's text (nested lists left out): the name of its checkbox and its entry in `value`. */
  text: string;
  /** In the `data-red-flags` list. */
  redFlag: boolean;
}

/** One of the author's top-level nodes (elements and text), shown in their order; a list is shown as a named group. */
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
  /**
   * Level for the urgent notice's heading: that of the complaints' heading, which it comes before
   * (one level deeper made h1, h3, h2 on the seed page); h3 without one (in an h2 section).
   */
  headingLevel: number;
  /** Bad input found, in plain words, for warnings. */
  problems: string[];
}

/** More items than this make a checklist hard to go through: a warning says so. */
export const MANY_ITEMS = 30;

export const isList = (node: Node) => /^(UL|OL)$/.test(node.nodeName);

/** An item's text as a person reads it, without any nested list (or comment). */
export function itemText(li: Element): string {
  return readableText({ textContent: [...li.childNodes].map((node) => (node.nodeType < 4 && !isList(node) ? node.textContent : '')).join('') } as Node);
}

/**
 * Reads the checklist's light DOM: the lists (`ul`/`ol` children; `data-red-flags` marks the
 * warning signs), the heading right before each list, the `slot="match|no-match|red-flag"`
 * messages, and everything else in order.
 */
export function readChecklist(host: Element): ChecklistContent {
  const content: ChecklistContent = { segments: [], items: [], messages: { match: [], 'no-match': [], 'red-flag': [] }, headingLevel: 3, problems: [] };
  const { segments, items, messages, problems } = content;
  let previous: Element | undefined;
  let complaintLists = 0;
  for (const node of host.childNodes as NodeListOf<Element>) {
    // Text nodes are typed as elements here: they have no `slot` (undefined is no message) and no list name.
    if (node.slot in messages) {
      messages[node.slot as ChecklistMessage].push(node);
    } else if (node.nodeType == 1 || (node.nodeType == 3 && node.textContent!.trim())) {
      const segment: ChecklistSegment = { nodes: [node] };
      segments.push(segment);
      if (isList(node)) {
        const redFlag = node.hasAttribute('data-red-flags');
        const heading = /^H([1-6])$/.exec(previous?.nodeName ?? '');
        if (!redFlag && !complaintLists++ && heading) content.headingLevel = +heading[1];
        segment.group = { label: heading ? readableText(previous) : undefined, redFlag };
        const lis = node.querySelectorAll<HTMLLIElement>(':scope>li');
        if (!lis.length) problems.push(`a <${node.localName}> has no <li> items.`);
        for (const li of lis) {
          const text = itemText(li);
          const item = `item "${text}" `;
          items.push({ li, text, redFlag });
          if (li.querySelector('ul,ol')) problems.push(item + 'has a nested list without checkboxes.');
          if (li.querySelector('a[href],button,select,textarea,input:not([data-checklist])')) problems.push(item + 'has a link or control; it stays usable.');
          if (/<\/?[a-z!]/i.test(text)) problems.push(item + 'looks like markup; shown as text.');
        }
      }
      if (node.nodeType == 1) previous = node;
    }
  }
  if (!complaintLists) problems.push('no <ul> or <ol> to tick.');
  if (items.length > MANY_ITEMS) problems.push(`${items.length} items; keep it under ${MANY_ITEMS}.`);
  return content;
}
