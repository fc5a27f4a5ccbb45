// What every story file uses: the examples (examples/, the one source of the seed clinic's content)
// rendered with ids of their own per story, the story's args on the widget's tag, and states set
// after the widget has upgraded, so each state shows on the docs page too (no play step needed).
import type { StoryContext } from '@storybook/web-components-vite';
import { attributesHtml, type Example } from '../examples/index.js';

export type Args = Record<string, unknown>;

/** Something a widget has after it upgraded (every clinic-* element is a LitElement). */
export type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

/** The attributes among a story's args: `searchable`, `min-fill-ms`; not CSS properties, slots or parts. */
export function attributeArgs(args: Args): Example['attributes'] {
  const attributes: Example['attributes'] = {};
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') || name.includes(':')) continue;
    if (value === true) attributes[name] = true;
    else if (typeof value === 'string' && value !== '') attributes[name] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) attributes[name] = String(value);
  }
  return attributes;
}

let docsRenders = 0;

/**
 * A prefix for this story's ids: `faq--deep-link` gives `faq-deep-link-`. A docs page may show a
 * story twice (the primary story at the top, and again under Stories), so there each render counts.
 */
export const idPrefix = (context: Pick<StoryContext, 'id' | 'viewMode'>) => `${context.id.replace(/-+/g, '-')}-${context.viewMode === 'docs' ? `${++docsRenders}-` : ''}`;

/**
 * The markup with every id the author wrote given this story's prefix, and the references to them
 * (`for`, `href="#…"`, `aria-labelledby`, `aria-describedby`, `form`): seven forms on one docs page
 * must not share `cf-name`, or a label focuses another story's field.
 */
export function scopeIds(markup: string, prefix: string): string {
  const ids = new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  const scoped = (id: string) => (ids.has(id) ? prefix + id : id);
  return markup
    .replace(/(\s(?:id|for|form))="([^"]+)"/g, (_, attribute, id) => `${attribute}="${scoped(id)}"`)
    .replace(/(\shref)="#([^"]+)"/g, (_, attribute, id) => `${attribute}="#${scoped(id)}"`)
    .replace(/(\saria-(?:labelledby|describedby|controls))="([^"]+)"/g, (_, attribute, list: string) => `${attribute}="${list.split(/\s+/).map(scoped).join(' ')}"`);
}

/** Our own static example markup as nodes (never page text: the widgets themselves never do this). */
export function fromMarkup(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup);
}

export interface WidgetOptions {
  /** The HTML inside the tag (an example's `content`). */
  content: string;
  /** Attributes besides the story's args (an `id`, a `class`); the args win. */
  attributes?: Example['attributes'];
  /**
   * Sets the story's state once the widget has rendered (what a play step did before). `again()`
   * replaces the widget with a fresh one from the same markup: a page reload, for remembered state.
   */
  state?: (widget: Upgraded, story: HTMLElement, again: () => Upgraded) => Promise<unknown> | void;
  /** Markup around the widget (`{widget}` marks where it goes). */
  around?: string;
}

/** Waits until every clinic-* element in `root` has rendered. */
export async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const widgets = [...root.querySelectorAll<Upgraded>('*')].filter((element) => element.localName.startsWith('clinic-'));
    await Promise.all(widgets.map((element) => customElements.whenDefined(element.localName)));
    await Promise.all(widgets.map((element) => element.updateComplete));
  }
}

/**
 * A story's canvas: the widget `tag` with the story's args as attributes around the example content,
 * ids scoped to the story. With `state`, the story root carries `data-story-pending` until the state
 * is set (test/stories and test/visual wait for it); on the docs page, setting a state never moves
 * the page or takes the focus away from where the reader is.
 */
export function renderWidget(tag: string, args: Args, context: StoryContext, options: WidgetOptions): HTMLElement {
  const prefix = idPrefix(context);
  const attributes = attributesHtml({ ...(options.attributes ?? {}), ...attributeArgs(args) });
  const widgetMarkup = `<${tag}${attributes}>\n${options.content}\n</${tag}>`;
  const markup = scopeIds(options.around ? options.around.replaceAll('{widget}', widgetMarkup) : widgetMarkup, prefix);
  const again = () => {
    const fresh = fromMarkup(scopeIds(widgetMarkup, prefix)).firstElementChild as Upgraded;
    story.querySelector(tag)!.replaceWith(fresh);
    return fresh;
  };
  const story = document.createElement('div');
  story.className = 'story-canvas';
  story.append(fromMarkup(markup));
  if (options.state) {
    const state = options.state;
    story.dataset.storyPending = '';
    const run = async () => {
      // Wait until Storybook has put the story in the page, then until the widget has rendered.
      while (!story.isConnected) await new Promise((resolve) => requestAnimationFrame(resolve));
      await settled(story);
      const scroll = { x: scrollX, y: scrollY };
      try {
        await state(story.querySelector<Upgraded>(tag)!, story, again);
        await settled(story);
      } catch (error) {
        // Shown in the console, and to test/stories, which fails the story.
        story.dataset.storyError = String((error as Error)?.message ?? error);
        console.error(`The story ${context.id} could not set its state:`, error);
      } finally {
        if (context.viewMode === 'docs') {
          // Many states on one docs page: none may scroll the page or keep the focus.
          if (story.contains(deepActiveElement())) (deepActiveElement() as HTMLElement).blur();
          scrollTo(scroll.x, scroll.y);
        }
        delete story.dataset.storyPending;
      }
    };
    void run();
  }
  return story;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element in `root` matching `selector`, shadow roots included. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepQuery<T>(root.shadowRoot, selector));
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQuery<T>(element.shadowRoot, selector));
  return found;
}

/** Types into a field as far as the widget can tell: its value, then an `input` event. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Waits (a frame at a time, at most `timeout` ms) until `check` is true. */
export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('The story’s state did not come in time.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The example's args: its attributes as a story's args (`searchable: true`, `threshold: '2'`). */
export const argsOf = (example: Example): Args => ({ ...example.attributes });
