/**
 * Registers a custom element only when its name is still free, so two bundles of
 * Clinic Elements on one page (the drop-in file and an npm build, say) never throw:
 * the first definition wins and the second is skipped.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
}

/** A tag and the class that upgrades it. */
export interface ElementDefinition {
  tagName: string;
  elementClass: CustomElementConstructor;
}

/** Resolves in a new task, after the browser had the chance to paint and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Registers the elements one group per task, in the order given. Registering a tag upgrades every
 * such element in the page at once (reading its content and rendering it), so registering all widgets
 * together is one long task on a slow phone; one widget per task lets the browser paint and answer
 * the visitor's taps in between. Elements that only work together (a picker and its branches) form
 * one group, so the page never paints one upgraded without the other. Resolves when all are
 * registered.
 */
export async function defineEachInItsOwnTask(groups: ElementDefinition[][]): Promise<void> {
  for (const [index, group] of groups.entries()) {
    if (index > 0) await nextTask();
    for (const { tagName, elementClass } of group) defineElement(tagName, elementClass);
  }
}
