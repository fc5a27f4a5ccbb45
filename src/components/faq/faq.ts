import { LitElement, adoptStyles, html, nothing } from 'lit';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { foldForSearch } from '../../internal/text.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { assignIds, matchesQuery } from './faq-model.js';
import { buildFaqSchema } from './faq-schema.js';
import { itemStyles, styles } from './faq.styles.js';
import { texts } from './faq.texts.js';
import { readFaqItems, type FaqItem } from './read-faq.js';

/** Detail of `clinic-faq-toggle`: the item's `id`, its question as text, and whether it is now open. */
export interface ClinicFaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

let groups = 0;
/** The Trusted Types policy for the JSON-LD, made on first use (null: the page refused it). */
let policy: { createScript(text: string): unknown } | null | undefined;

/**
 * @tagname clinic-faq
 * @summary FAQ accordion: enhances the author's `<details>` questions in place with arrow-key
 * navigation, open all / close all, an optional filter field, deep links and schema.org `FAQPage` data.
 *
 * The items stay the author's own `<details>` in the light DOM, so they work and are indexed without
 * the script, and find-in-page opens closed answers where the browser supports it. Each item gets a
 * stable `id` (the author's, else a slug of the question): `#that-id` in the address, on load or
 * later, opens the item and scrolls to it. The structured data is one
 * `<script type="application/ld+json" data-clinic-faq-schema>` appended inside the element, so it
 * leaves the page with the element. Under Trusted Types its text comes from the policy
 * `clinic-elements` (allow it in a `trusted-types` list; where it is refused, one warning and no JSON-LD).
 *
 * Style the items with ordinary CSS on `clinic-faq > details` and `summary` (the built-in look weighs
 * nothing, so page rules win), or with the custom properties below. The controls live in the shadow
 * root of the element's first child, `<div data-clinic-faq-controls>` (the element itself has no
 * shadow root, so the questions are never re-slotted): reach their parts with
 * `clinic-faq [data-clinic-faq-controls]::part(toggle-all)`.
 *
 * @slot - The questions: `<details><summary>question</summary>answer…</details>`, one per item (they stay where they are).
 *
 * @csspart controls - The bar above the questions (filter field, toggle-all button, match count), on `[data-clinic-faq-controls]`.
 * @csspart toggle-all - The "Open all" / "Close all" button (not shown with `single`), on `[data-clinic-faq-controls]`.
 * @csspart search-label - The filter field's label (with `searchable`), on `[data-clinic-faq-controls]`.
 * @csspart search-input - The filter field (with `searchable`), on `[data-clinic-faq-controls]`.
 * @csspart status - The live line saying how many questions match (with `searchable`), on `[data-clinic-faq-controls]`.
 *
 * @cssprop [--clinic-faq-divider=1px solid var(--clinic-color-border)] - Line under each question.
 * @cssprop [--clinic-faq-question-padding=0.75em] - Space above and below each question.
 * @cssprop [--clinic-faq-question-weight=600] - Font weight of the questions.
 *
 * @fires {CustomEvent<ClinicFaqToggleDetail>} clinic-faq-toggle - When an answer opens or closes, whatever
 * opened it (click, keys, open all, a deep link, find-in-page). Detail: `{ id, question, open }`.
 */
export class ClinicFaq extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    single: { type: Boolean, reflect: true },
    searchable: { type: Boolean, reflect: true },
    noSchema: { attribute: 'no-schema', type: Boolean, reflect: true },
    query: { attribute: false },
  };

  /** At most one answer open at a time (the platform's exclusive `<details name>`); hides open all / close all. */
  single = false;

  /** Show a filter field that hides the questions that do not match and says how many do. */
  searchable = false;

  /** Emit no schema.org `FAQPage` JSON-LD (and remove the one already there). */
  noSchema = false;

  /** What the visitor typed in the filter field. */
  private query = '';

  /** The items as last read from the light DOM. */
  private items: FaqItem[] = [];
  /** Search text per item (question and answer, folded), made on the first search only. */
  private folded?: string[];
  /** How many items match the query (all of them without one). */
  private hits = 0;
  /** The items the filter hid (it never un-hides the author's own hidden ones). */
  private readonly filtered = new Set<HTMLDetailsElement>();
  private readonly group = `clinic-faq-${++groups}`;
  /** Whether the item the address points at has been opened already. */
  declare private linked?: boolean;
  /** Whether the items carry this FAQ's `name` (set by `single`). */
  declare private named?: boolean;
  private readonly localize = new LocalizeController(this, 'faq', texts);
  private readonly content = new LightDomController(this, () => this.read(), {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['id'],
  });

  /**
   * The controls render into the shadow root of a `<div data-clinic-faq-controls>` put first in the
   * element, not into a shadow root of the element itself: a shadow root on the element would
   * re-slot (and re-lay out) every question when the script arrives after the first paint.
   */
  protected override createRenderRoot(): ShadowRoot {
    const bar = this.querySelector(':scope>[data-clinic-faq-controls]') ?? document.createElement('div');
    bar.setAttribute('data-clinic-faq-controls', '');
    this.prepend(bar);
    const root = bar.shadowRoot ?? bar.attachShadow({ mode: 'open' });
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeydown);
    // `toggle` does not bubble: one capturing listener sees every item's.
    this.addEventListener('toggle', this.onToggle, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  /** Read the light DOM, decide ids, then write: ids, `name`s, filter, structured data. */
  private read(): void {
    const { items, problems } = readFaqItems(this);
    const root = this.getRootNode() as Document | ShadowRoot;
    const { ids, duplicateQuestions, duplicateIds } = assignIds(
      items.map(({ question, details }) => ({ question, id: details.id })),
      (id) => !!root.getElementById(id),
    );
    for (const problem of problems) warn(this, problem);
    for (const question of duplicateQuestions) warn(this, `has the question "${question}" twice.`);
    for (const id of duplicateIds) warn(this, `has the id "${id}" twice; renamed.`);
    if (!items.length) {
      // Content may still be on its way (an element created first, filled after): look again later.
      setTimeout(() => {
        if (this.isConnected && !this.items.length) warn(this, 'has no <details> items.');
      });
    }
    this.items = items;
    this.folded = undefined;
    this.content.quietly(() => {
      const bar = (this.renderRoot as ShadowRoot | undefined)?.host;
      if (bar && this.firstElementChild !== bar) this.prepend(bar);
      items.forEach(({ details }, index) => {
        if (details.id !== ids[index]) details.id = ids[index];
      });
      this.exclusive();
      this.filter();
      this.schema();
    });
    this.requestUpdate();
    if (!this.linked) this.goTo(false);
  }

  /** `single`: one exclusive group (the platform's `details name`). */
  private exclusive(): void {
    if (!this.single && !this.named) return;
    this.named = this.single;
    let seenOpen = false;
    for (const { details } of this.items) {
      if (this.single) {
        // Not every browser closes extra open items when they join a group: close all but the first.
        if (seenOpen) details.open = false;
        seenOpen ||= details.open;
        details.name = this.group;
      } else if (details.name === this.group) details.removeAttribute('name');
    }
  }

  /** Hides the items that do not match the query (only ever un-hides the ones it hid). */
  private filter(): void {
    const query = this.searchable ? this.query.trim() : '';
    let count = 0;
    if (!query && !this.filtered.size) {
      this.hits = this.items.length;
      return;
    }
    if (query) this.folded ??= this.items.map(({ question, answer }) => foldForSearch(`${question} ${answer}`));
    this.items.forEach(({ details }, index) => {
      if (!query || matchesQuery(this.folded![index], query)) {
        count++;
        if (this.filtered.delete(details)) details.hidden = false;
      } else if (!details.hidden) {
        details.hidden = true;
        this.filtered.add(details);
      }
    });
    this.hits = count;
  }

  /** One JSON-LD script, the last child of the element: made, updated or removed to match the items. */
  private schema(): void {
    const json = this.noSchema ? '' : buildFaqSchema(this.items);
    const script = this.querySelector<HTMLScriptElement>(':scope>script[data-clinic-faq-schema]');
    if (!json) return script?.remove();
    // Under Trusted Types (`require-trusted-types-for 'script'`) a script's text must come from a
    // policy: ours is "clinic-elements", used for this JSON only. Where the page's `trusted-types`
    // list leaves it out, there is no JSON-LD (and one warning).
    const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } }).trustedTypes;
    // Asked once per page: each refused createPolicy is a violation report to the site.
    if (tt && policy === undefined) {
      try {
        policy = tt.createPolicy('clinic-elements', { createScript: (text: string) => text });
      } catch {
        policy = null;
      }
    }
    if (policy === null) {
      warn(this, 'Trusted Types refused the "clinic-elements" policy: no JSON-LD.');
      return script?.remove();
    }
    const current = script ?? document.createElement('script');
    current.type = 'application/ld+json';
    current.setAttribute('data-clinic-faq-schema', '');
    if (current.textContent !== json) current.textContent = (policy ? policy.createScript(json) : json) as string;
    if (current !== this.lastElementChild) this.append(current);
  }

  /** Opens the item that `location.hash` points at (or holds its target) and scrolls it into view. */
  private goTo(fromLink: boolean): void {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it as written */
    }
    const target = id && (this.getRootNode() as Document | ShadowRoot).getElementById(id);
    const item = target && this.items.find(({ details }) => details.contains(target));
    if (!item) return;
    this.linked = true;
    if (this.filtered.has(item.details)) {
      this.query = '';
      this.content.quietly(() => this.filter());
    }
    item.details.open = true;
    // After the controls have rendered, so the item ends up where it will stay.
    void this.updateComplete.then(() => {
      target.scrollIntoView();
      if (fromLink) item.summary.focus({ preventScroll: true });
    });
  }

  private readonly onHash = () => this.goTo(true);

  private readonly onToggle = (event: Event) => {
    const item = this.items.find(({ details }) => details === event.target);
    if (!item) return;
    const { details, question } = item;
    emit<ClinicFaqToggleDetail>(this, 'clinic-faq-toggle', { id: details.id, question, open: details.open });
    this.requestUpdate();
  };

  /** APG accordion keys on a question: ArrowDown/ArrowUp (wrapping), Home, End. Enter/Space are the platform's. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    const visible = this.shown();
    const at = visible.findIndex(({ summary }) => summary === event.target);
    const move = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 } as Record<string, number | undefined>)[event.key];
    if (at < 0 || move === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    visible.at(move % visible.length)!.summary.focus();
  };

  /** The items the filter (or the author) did not hide. */
  private shown(): FaqItem[] {
    return this.items.filter(({ details }) => !details.hidden);
  }

  private get allOpen(): boolean {
    const visible = this.shown();
    return visible.length > 0 && visible.every(({ details }) => details.open);
  }

  private toggleAll(): void {
    const open = !this.allOpen;
    for (const { details } of this.shown()) details.open = open;
    this.requestUpdate();
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.content.quietly(() => this.filter());
  }

  /** After all first writes (ids, controls, JSON-LD), so checking for the pre-upgrade rules styles the page once. */
  protected override firstUpdated(): void {
    // The item styles, once per document (or shadow root), unless the optional pre-upgrade stylesheet
    // already gave them (it sets `--clinic-faq-styled`): the same rules again would only make the
    // browser restyle every question.
    const owner = this.getRootNode() as Document | ShadowRoot;
    const sheets = owner.adoptedStyleSheets;
    const sheet = itemStyles.styleSheet!;
    if (!sheets.includes(sheet) && !getComputedStyle(this).getPropertyValue('--clinic-faq-styled')) owner.adoptedStyleSheets = [...sheets, sheet];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.hasUpdated) return;
    this.content.quietly(() => {
      if (changed.has('single')) this.exclusive();
      if (changed.has('searchable')) this.filter();
      if (changed.has('noSchema')) this.schema();
    });
  }

  override render() {
    const { single, searchable, localize } = this;
    return single && !searchable
      ? nothing
      : html`<div part="controls" lang=${localize.fallback}>
          ${searchable
            ? html`<label for="search" part="search-label">${localize.t('search')}</label>
                <input id="search" class="input" part="search-input" type="search" autocomplete="off" .value=${this.query} @input=${this.onInput} />`
            : nothing}
          ${single
            ? nothing
            : html`<button class="button" part="toggle-all" @click=${this.toggleAll}>${localize.t(this.allOpen ? 'closeAll' : 'openAll')}</button>`}
          ${searchable
            ? html`<p part="status" role="status">
                ${localize.t(this.query.trim() ? (this.hits ? 'matches' : 'noMatches') : 'total', { count: this.hits, total: this.items.length })}
              </p>`
            : nothing}
        </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
  interface HTMLElementEventMap {
    'clinic-faq-toggle': CustomEvent<ClinicFaqToggleDetail>;
  }
}
