/**
 * Puts `wanted` (the children of `parent`) in that order when it differs, so the light DOM (reading
 * and focus order) follows the order on screen. One pass moves each card whose next neighbour is
 * wrong to after its wanted predecessor (a postcode lifting a branch to the top, and back: a move or
 * two); if that does not give the order (sorting by distance), all cards move. Focus inside a moved
 * card stays where it was.
 */
export function reorder(parent: Element, wanted: readonly Element[]): void {
  // Other children (an editor's stray paragraph) do not count: without a sort nothing moves.
  const set = new Set(wanted);
  const inOrder = (place = 0) => [...parent.children].every((child) => !set.has(child) || child === wanted[place++]);
  if (inOrder()) return;
  const root = parent.getRootNode() as Document;
  const card = wanted.find((element) => element.contains(root.activeElement));
  const focused = (card?.shadowRoot?.activeElement ?? (card && root.activeElement)) as HTMLElement | undefined;
  wanted.forEach((element, index) => {
    // Loose: the last card has no next sibling (null) and no wanted one (undefined).
    if (element.nextElementSibling != wanted[index + 1]) parent.insertBefore(element, index ? wanted[index - 1].nextSibling : parent.firstChild);
  });
  // One node at a time (from the last, each to the top): Firefox 153 ESR crashes when one call
  // (prepend(...cards)) moves several manually slotted nodes.
  if (!inOrder()) [...wanted].reverse().forEach((element) => parent.insertBefore(element, parent.firstChild));
  focused?.focus();
}
