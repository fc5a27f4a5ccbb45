import { readableText } from '../../internal/text.js';

/** One list item as the visitor ticks it. */
export interface ChecklistItem {
  li: HTMLLIElement;
  /** Its own nodes (see `ownNodes`): what the checkbox's label takes. */
  own: ChildNode[];
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

export const isList = (node: Node) => (node as Element).matches?.('ul,ol');

/**
 * An item's own nodes, which its label takes, and their text as a person reads it: what comes before
 * its text, then only inline markup. The first other element after the text is returned third: a
 * nested list, or a block (a heading, a paragraph, a form, a message…) that an unclosed list
 * swallowed of the page.
 */
export function ownNodes(li: Element): [ChildNode[], string, Element?] {
  const own: ChildNode[] = [];
  let text = '';
  let block: Element | undefined;
  for (const node of li.childNodes as NodeListOf<Element>) {
    if (text.trim() && node.matches?.(':not(a,abbr,b,br,em,i,span,strong),[slot]')) {
      block = node;
      break;
    }
    own.push(node);
    // Comments left out.
    if (node.nodeType < 4) text += node.textContent;
  }
  return [own, readableText({ textContent: text } as Node), block];
}

/** An item's text as a person reads it: that of its own nodes. */
export const itemText = (li: Element) => ownNodes(li)[1];

/**
 * Reads the checklist's light DOM: the lists (`ul`/`ol` children; `data-red-flags` marks the
 * warning signs), the heading right before each list, the `slot="match|no-match|red-flag"`
 * messages, and everything else in order. Its one write: messages an unclosed list swallowed into
 * its last item become the host's children again, so their slots can take them (call it quietly).
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
        const heading = /^H([1-6])$/.exec(previous?.nodeName as string);
        if (!redFlag && !complaintLists++ && heading) content.headingLevel = +heading[1];
        segment.group = { label: heading ? readableText(previous) : undefined, redFlag };
        const lis = node.querySelectorAll<HTMLLIElement>(':scope>li');
        if (!lis.length) problems.push(`a <${node.localName}> has no <li> items.`);
        for (const li of lis) {
          const [own, text, block] = ownNodes(li);
          const report = (problem: string) => problems.push(`item "${text}" ${problem}`);
          items.push({ li, own, text, redFlag });
          if (block) report(isList(block) ? 'has a nested list without checkboxes.' : `has a <${block.localName}>; is a </${node.localName}> missing?`);
          else if (li.querySelector('a[href],button,select,textarea,input:not([data-checklist])')) report('has a link or control; it stays usable.');
          if (/<\/?[a-z!]/i.test(text)) report('looks like markup; shown as text.');
        }
        // Messages an unclosed list swallowed go back to the host: this loop reaches them there.
        host.append(...node.querySelectorAll(':scope>li>[slot]'));
      }
      if (node.nodeType == 1) previous = node;
    }
  }
  if (!complaintLists) problems.push('no <ul> or <ol> of complaints to tick.');
  if (items.length > MANY_ITEMS) problems.push(`${items.length} items; keep it under ${MANY_ITEMS}.`);
  return content;
}
