import { headingLevelOf } from '../../internal/heading-level.js';
import { looksLikeMarkup } from '../../internal/markup.js';
import { readableText } from '../../internal/text.js';

/** One list item as the visitor ticks it. */
export interface ChecklistItem {
  listItem: HTMLLIElement;
  /** Its own nodes (see `readItem`): what the checkbox's label takes. */
  ownNodes: ChildNode[];
  /** The item's text (nested lists left out): the name of its checkbox and its entry in `value`. */
  text: string;
  /** In the `data-red-flags` list. */
  redFlag: boolean;
}

/** What one `<li>` holds, as `readItem` finds it. */
export interface ItemContent {
  /** The nodes the checkbox's label takes: what comes before the item's text, then only inline markup. */
  ownNodes: ChildNode[];
  /** Their text as a person reads it. */
  text: string;
  /**
   * The first other element after the text, which stays outside the label: a nested list, or a
   * block (a heading, a paragraph, a form, a message…) that an unclosed list swallowed of the page.
   */
  firstBlock?: Element;
}

/** A list of the author's, shown as a named group of checkboxes. */
export interface ChecklistGroup {
  /** The text of the heading just before the list, when there is one. */
  label?: string;
  /** The `data-red-flags` list of warning signs. */
  redFlag: boolean;
}

/** One of the author's top-level nodes (elements and text), shown in their order; a list is shown as a named group. */
export interface ChecklistSegment {
  nodes: (Element | Text)[];
  /** Set for a list. */
  group?: ChecklistGroup;
  /** Set for a heading (`h1`–`h6`, or `role="heading"` with `aria-level`): its level. */
  headingLevel?: number;
}

export type ChecklistMessage = 'match' | 'no-match' | 'red-flag';

/** The message slots, in the order the documentation names them. */
export const MESSAGE_SLOTS: readonly ChecklistMessage[] = ['match', 'no-match', 'red-flag'];

export interface ChecklistContent {
  segments: ChecklistSegment[];
  items: ChecklistItem[];
  messages: Record<ChecklistMessage, Element[]>;
  /** Bad input found, in plain words, for warnings. */
  problems: string[];
}

/** More items than this make a checklist hard to go through: a warning says so. */
export const MANY_ITEMS = 30;

/** Inline markup a label may hold after the item's text; any other element ends the item's own nodes. */
const INLINE_MARKUP = 'a, abbr, b, br, em, i, span, strong';

function isElement(node: Node | undefined): node is Element {
  return node?.nodeType === Node.ELEMENT_NODE;
}

function isList(node: Node): node is HTMLUListElement | HTMLOListElement {
  return isElement(node) && node.matches('ul, ol');
}

/** Whether `name` is one of the three message slots (never a property of `Object.prototype`). */
export function isMessageSlot(name: string): name is ChecklistMessage {
  return (MESSAGE_SLOTS as readonly string[]).includes(name);
}

/** Whether a node after the item's text ends its own nodes: an element other than inline markup, or a message. */
function endsOwnNodes(node: ChildNode): node is Element {
  return isElement(node) && (!node.matches(INLINE_MARKUP) || node.hasAttribute('slot'));
}

/**
 * An item's own nodes, which its label takes, and their text as a person reads it: what comes
 * before its text, then only inline markup, up to the first other element.
 */
export function readItem(listItem: Element): ItemContent {
  const ownNodes: ChildNode[] = [];
  let text = '';
  for (const node of listItem.childNodes) {
    if (text.trim() !== '' && endsOwnNodes(node)) {
      return { ownNodes, text: readableText(new Text(text)), firstBlock: node };
    }
    ownNodes.push(node);
    // Comments and processing instructions have no text a person reads.
    if (isElement(node) || node.nodeType === Node.TEXT_NODE) {
      text += node.textContent;
    }
  }
  return { ownNodes, text: readableText(new Text(text)) };
}

/** What an item's block after its text means for the editor, in a sentence. */
function blockProblem(block: Element, list: Element): string {
  if (isList(block)) {
    return 'has a nested list, whose items get no checkboxes; it stays inside the item as it is. To make them checkboxes, move them into the main list.';
  }
  return `has a <${block.localName}> after its text, which stays outside the checkbox's label. If that is page content, a </${list.localName}> is missing before it: close the list after its last item.`;
}

/** The problems of one item, each a full sentence naming the item. */
function itemProblems(item: ItemContent, listItem: Element, list: Element): string[] {
  // What is wrong, each said of the item; the item's name goes in front of each below.
  const problems: string[] = [];
  if (item.firstBlock) {
    problems.push(blockProblem(item.firstBlock, list));
  } else if (listItem.querySelector('a[href], button, select, textarea, input:not([data-checklist])')) {
    problems.push('has a link or form control in its label. It stays usable, and using it does not tick the item, but a screen reader reads it as part of the checkbox: put it after the list if you can.');
  }
  if (looksLikeMarkup(item.text)) {
    problems.push("looks like HTML typed as text (a CMS may have escaped it): it is shown as text, never as markup. Use the editor's formatting instead, or remove the tags.");
  }
  return problems.map((problem) => `The item "${item.text}" ${problem}`);
}

/** Whether an element is a heading (`h1`–`h6`), which names the list after it. */
function isHeading(node: Element | undefined): boolean {
  return node !== undefined && /^h[1-6]$/.test(node.localName);
}

/**
 * Reads the checklist's light DOM: the lists (`ul`/`ol` children; `data-red-flags` marks the
 * warning signs), the heading right before each list, the level of each heading, the
 * `slot="match|no-match|red-flag"` messages, and everything else in order. Its one write: messages an unclosed list swallowed into
 * its last item become the host's children again, so their slots can take them (call it quietly).
 */
export function readChecklist(host: Element): ChecklistContent {
  const content: ChecklistContent = {
    segments: [],
    items: [],
    messages: { match: [], 'no-match': [], 'red-flag': [] },
    problems: [],
  };
  const { segments, items, messages, problems } = content;
  let previousElement: Element | undefined;
  let complaintLists = 0;
  for (const node of host.childNodes) {
    if (isElement(node)) {
      if (isMessageSlot(node.slot)) {
        messages[node.slot].push(node);
        continue;
      }
      if (node.slot !== '') {
        problems.push(
          `A <${node.localName}> has slot="${node.slot}", which is none of the checklist's messages (${MESSAGE_SLOTS.join(', ')}), so it is shown in place as ordinary content. Use one of those names, or remove the slot attribute.`,
        );
      }
    } else if (node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() === '') {
      // Comments, and text that is only white space, are no content of their own.
      continue;
    }
    const segment: ChecklistSegment = { nodes: [node as Element | Text] };
    segments.push(segment);
    if (isElement(node)) segment.headingLevel = headingLevelOf(node);
    if (isList(node)) {
      const redFlag = node.hasAttribute('data-red-flags');
      if (!redFlag) complaintLists += 1;
      segment.group = { label: isHeading(previousElement) ? readableText(previousElement) : undefined, redFlag };
      const listItems = node.querySelectorAll<HTMLLIElement>(':scope > li');
      if (listItems.length === 0) {
        problems.push(`A <${node.localName}> has no <li> items, so it gets no checkboxes. Put each complaint in an <li> of its own.`);
      }
      for (const listItem of listItems) {
        const item = readItem(listItem);
        items.push({ ...item, listItem, redFlag });
        problems.push(...itemProblems(item, listItem, node));
      }
      // Messages an unclosed list swallowed go back to the host: this loop reaches them there.
      host.append(...node.querySelectorAll(':scope > li > [slot]'));
    }
    if (isElement(node)) previousElement = node;
  }
  if (host.querySelector('clinic-symptom-checklist') !== null) {
    problems.push(
      "The checklist holds another <clinic-symptom-checklist> (pasted twice, or an end tag missing?). Each checklist ticks and counts only its own lists, so the inner one works on its own, inside this one's content. Remove the outer or the inner tag.",
    );
  }
  if (complaintLists === 0) {
    problems.push('There is no <ul> or <ol> of complaints (a list without data-red-flags), so nothing counts towards the match message. Add a list with one <li> per complaint.');
  }
  if (items.length > MANY_ITEMS) {
    problems.push(`The checklist has ${items.length} items; a list of more than ${MANY_ITEMS} is hard to go through. Keep the complaints that tell this condition apart.`);
  }
  return content;
}
