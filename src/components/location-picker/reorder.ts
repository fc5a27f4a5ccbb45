/**
 * Puts `wanted` (the children of `parent`) in that order when it differs, so the light DOM (reading
 * and focus order) follows the order on screen. One pass moves each card whose next neighbour is
 * wrong to after its wanted predecessor (a postcode lifting a branch to the top, and back: a move or
 * two); if that does not give the order (sorting by distance), all cards move. Focus inside a moved
 * card stays where it was.
 */
export function reorder(parent: Element, wanted: readonly Element[]): void {
  if (isInOrder(parent, wanted)) return;
  const root = parent.getRootNode() as Document | ShadowRoot;
  const focusedCard = wanted.find((element) => element.contains(root.activeElement));
  const focused = (focusedCard?.shadowRoot?.activeElement ?? (focusedCard ? root.activeElement : undefined)) as HTMLElement | undefined;
  wanted.forEach((element, index) => {
    // The last card has no next sibling (null) and no wanted one (undefined): both mean "none".
    const nextSibling = element.nextElementSibling ?? undefined;
    if (nextSibling === wanted[index + 1]) return;
    parent.insertBefore(element, index > 0 ? wanted[index - 1].nextSibling : parent.firstChild);
  });
  // One node at a time (from the last, each to the top): Firefox 153 ESR crashes when one call
  // (prepend(...cards)) moves several manually slotted nodes.
  if (!isInOrder(parent, wanted)) {
    for (const element of [...wanted].reverse()) parent.insertBefore(element, parent.firstChild);
  }
  focused?.focus();
}

/** Whether the wanted children come in the wanted order; other children (an editor's stray paragraph) do not count. */
function isInOrder(parent: Element, wanted: readonly Element[]): boolean {
  const wantedSet = new Set(wanted);
  let place = 0;
  // From sibling to sibling: cheaper than iterating the live children list (it runs at every keystroke).
  for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (!wantedSet.has(child)) continue;
    if (child !== wanted[place]) return false;
    place++;
  }
  return true;
}
