/**
 * Registers a custom element only when its name is still free, so two bundles of
 * Clinic Elements on one page (the drop-in file and an npm build, say) never throw:
 * the first definition wins and the second is skipped.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
}
