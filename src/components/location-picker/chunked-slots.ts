/**
 * The picker's list in chunks: its content is slotted by hand (`slotAssignment: 'manual'`) into
 * chunks of 25, each a `<div class="chunk">` with one `<slot>`. From 50 branches on, the browser skips
 * the style, layout and paint of the chunks off screen (`content-visibility: auto`, see the styles),
 * so a keystroke in the search restyles and lays out the few chunks on screen, not 1,000 cards.
 * A skipped chunk keeps the size its shown cards would take (`contain-intrinsic-block-size`), so the
 * scroll bar stays put.
 */

/** Branches (and other content) per chunk. */
export const CHUNK_SIZE = 25;

/** From this many branches on, chunks off screen are skipped (the `many` class on the group). */
export const MANY_BRANCHES = 50;

/** About the height of one shown card (name, address, hours, link), for a chunk while it is skipped. */
const ESTIMATED_CARD_HEIGHT_REM = 9;

/** What each chunk's slot was given last: an update re-assigns only the chunks that changed. */
const assignedContent = new WeakMap<HTMLSlotElement, readonly Slottable[]>();

/** What can be slotted: an element, or text (an editor's stray text between the branches). */
export type Slottable = Element | Text;

/** Spaces and line breaks only (a no-break space is content, as in an editor's `&nbsp;`). */
const isBlankText = (text: Text): boolean => !/[^ \t\n\r\f]/.test(text.data);

/**
 * The host's content as the chunks show it, in DOM order: its elements, and its text unless blank
 * (an editor's stray text between the branches shows where it is; blank text would show nothing).
 */
export function slottableContent(host: Element): Slottable[] {
  const content: Slottable[] = [];
  // A walk from sibling to sibling: iterating the live childNodes list of 1,000 branches (and the
  // text between them) cost about 0.4 ms at every update, the walk about 0.1 ms.
  for (let node = host.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE) content.push(node as Element);
    else if (node.nodeType === Node.TEXT_NODE && !isBlankText(node as Text)) content.push(node as Text);
  }
  return content;
}

/**
 * Keeps `group`'s chunks in step with `content`: as many chunks as needed (made here, not by a
 * template, so an update never re-renders them), each given its 25 nodes in DOM order (only where
 * that changed), and each told the size of its shown cards for while it is skipped off screen.
 */
export function assignInChunks(group: Element, content: readonly Slottable[]): void {
  const chunks = group.children;
  const chunksNeeded = Math.ceil(content.length / CHUNK_SIZE);
  while (chunks.length > chunksNeeded) group.lastElementChild!.remove();
  while (chunks.length < chunksNeeded) group.append(newChunk());
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index] as HTMLElement;
    const slot = chunk.querySelector<HTMLSlotElement>('.chunk-slot')!;
    const part = content.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
    if (!sameNodes(assignedContent.get(slot), part)) {
      slot.assign(...part);
      assignedContent.set(slot, part);
    }
    const shownCards = part.filter((node) => node.nodeType === Node.ELEMENT_NODE && !(node as HTMLElement).hidden).length;
    const size = `${shownCards * ESTIMATED_CARD_HEIGHT_REM}rem`;
    if (chunk.style.containIntrinsicBlockSize !== size) chunk.style.containIntrinsicBlockSize = size;
  }
}

function newChunk(): HTMLElement {
  const chunk = document.createElement('div');
  chunk.className = 'chunk';
  const slot = document.createElement('slot');
  slot.className = 'chunk-slot';
  chunk.append(slot);
  return chunk;
}

function sameNodes(before: readonly Slottable[] | undefined, now: readonly Slottable[]): boolean {
  return before !== undefined && before.length === now.length && before.every((node, place) => node === now[place]);
}
