/**
 * Puts `wanted` (the children of `parent`) in that order when it differs, so the light DOM (reading
 * and focus order) follows the order on screen. A card moves only when both its neighbours change
 * (a postcode lifting a branch to the top, and back: one move each); if that does not give the
 * order (sorting by distance), all cards move. Focus inside a moved card stays where it was.
 */
export function reorder(parent: Element, wanted: readonly Element[]): void {
  const inOrder = () => wanted.every((element, index) => parent.children[index] === element);
  if (inOrder()) return;
  const root = parent.getRootNode() as Document;
  const card = wanted.find((element) => element.contains(root.activeElement));
  const focused = (card?.shadowRoot?.activeElement ?? (card && root.activeElement)) as HTMLElement | undefined;
  wanted
    .map((element, index) => element.previousElementSibling !== (wanted[index - 1] ?? null) && element.nextElementSibling !== (wanted[index + 1] ?? null) && index)
    .forEach((index) => index === false || (index ? wanted[index - 1].after(wanted[index]) : parent.prepend(wanted[0])));
  if (!inOrder()) parent.prepend(...wanted);
  focused?.focus();
}
