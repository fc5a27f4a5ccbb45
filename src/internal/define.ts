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
 * How long one task may go on registering widgets before it yields. Registering a tag upgrades every
 * such element in the page at once (reading its content and rendering it). On a computer the widgets
 * of a page upgrade in a task or two, and yielding after each would only add the page's renders in
 * between (the bench's seed page: all rendered 62 ms after the script started with a yield after
 * each widget, 43 ms with this slice; the budget is 50). On a slow phone one widget alone takes about
 * this long, so each gets a task of its own and the browser paints and answers taps in between (Total
 * Blocking Time added on a phone at 4x CPU slowdown: 24–39 ms, budget 50).
 */
export const REGISTRATION_SLICE_MS = 32;

/**
 * Registers the elements group by group, in the order given, yielding to the browser (a new task)
 * whenever the current task has spent `REGISTRATION_SLICE_MS` on it. Elements that only work together
 * (a picker and its branches) form one group, so the page never paints one upgraded without the other.
 * Resolves when all are registered.
 */
export async function defineWithoutLongTasks(groups: ElementDefinition[][]): Promise<void> {
  let taskStartedAt = performance.now();
  for (const group of groups) {
    if (performance.now() - taskStartedAt >= REGISTRATION_SLICE_MS) {
      await nextTask();
      taskStartedAt = performance.now();
    }
    for (const { tagName, elementClass } of group) defineElement(tagName, elementClass);
    // Lit renders the upgraded elements in microtasks queued by the registration: let them run, so
    // the time above counts their first render too.
    await null;
  }
}
