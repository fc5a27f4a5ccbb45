import { LitElement, adoptStyles, html, isServer, nothing } from 'lit';
import { adoptLightDomStyles, rootOf } from '../../internal/adopt-styles.js';
import { nextTask } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { assignIds, matchesQuery, questionToFocus, searchText } from './faq-model.js';
import { writeFaqSchema } from './faq-schema-script.js';
import { narrowControlRules } from './faq.look.js';
import { itemStyles, styles } from './faq.styles.js';
import { texts } from './faq.texts.js';
import { readFaqItems, type FaqItem } from './read-faq.js';

/** Detail of `clinic-faq-toggle`: the item's `id`, its question as text, and whether it is now open. */
export interface ClinicFaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

/** FAQs on the page so far: each `single` FAQ names its items' group after its number. */
let faqCount = 0;

/** Whether each document or shadow root has the pre-upgrade rules, as read when the first FAQ joined it. */
const preUpgradeStyled = new WeakMap<Document | ShadowRoot, boolean>();

/**
 * The item styles go to each document (or shadow root) an FAQ is shown in, unless the optional
 * pre-upgrade stylesheet already gave them (it sets `--clinic-faq-styled`): the same rules again
 * would only make the browser restyle every question. That is read once per root, as early as
 * possible: an FAQ upgraded in place reads it in its constructor, before it counts as `:defined`
 * (which the pre-upgrade rules select on) and before it writes anything, so the page's style is
 * still as the browser last drew it and reading it costs nothing; an FAQ made by a script reads it
 * when it joins a page. (Read after the upgrade, it made the browser restyle the 300 questions of
 * the bench's FAQ there and then, about 5 ms inside the upgrade's task.)
 */
function styleItemsOf(faq: ClinicFaq): void {
  const root = rootOf(faq);
  if (root === null) return;
  if (!preUpgradeStyled.has(root)) preUpgradeStyled.set(root, getComputedStyle(faq).getPropertyValue('--clinic-faq-styled') !== '');
  if (preUpgradeStyled.get(root) === false) adoptLightDomStyles(faq, itemStyles);
}

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
 * leaves the page with the element; it is written a task after the upgrade (the first paint does not
 * wait for it), and `updateComplete` waits for it. Under Trusted Types its text comes from the policy
 * `clinic-elements` (allow it in a `trusted-types` list; where it is refused, one warning and no JSON-LD).
 *
 * The search ignores case, accents and punctuation ("huisarts" finds "(huis)arts"). When it finds
 * nothing, "open all" goes and a way on shows: the author's `slot="no-results"` element (hidden
 * until then), else a built-in text that points to contact.
 *
 * Style the items with ordinary CSS on `clinic-faq > details` and `summary` (the built-in look weighs
 * nothing, so page rules win), or with the custom properties below. The controls live in the shadow
 * root of the element's first child, `<div data-clinic-faq-controls>` (the element itself has no
 * shadow root, so the questions are never re-slotted): reach their parts with
 * `clinic-faq [data-clinic-faq-controls]::part(toggle-all)`.
 *
 * @slot - The questions: `<details><summary>question</summary>answer…</details>`, one per item (they stay where they are).
 * @slot no-results - Shown (where the author put it) when a search finds nothing, hidden otherwise: a way on, such as a link to the contact form. Without it, a built-in text says to try other words or get in touch.
 *
 * @csspart controls - The bar above the questions (filter field, toggle-all button, match count), on `[data-clinic-faq-controls]`.
 * @csspart toggle-all - The "Open all" / "Close all" button (not shown with `single`, nor when a search finds nothing), on `[data-clinic-faq-controls]`.
 * @csspart search-label - The filter field's label (with `searchable`), on `[data-clinic-faq-controls]`.
 * @csspart search-input - The filter field (with `searchable`), on `[data-clinic-faq-controls]`.
 * @csspart status - The live line saying how many questions match (with `searchable`), on `[data-clinic-faq-controls]`.
 * @csspart no-results - The built-in text shown when a search finds nothing (without a `no-results` slot), on `[data-clinic-faq-controls]`.
 *
 * @cssprop [--clinic-faq-divider=1px solid var(--clinic-color-border)] - Line under each question.
 * @cssprop [--clinic-faq-question-padding=0.75em] - Space above and below each question.
 * @cssprop [--clinic-faq-question-weight=600] - Font weight of the questions.
 *
 * @fires {CustomEvent<ClinicFaqToggleDetail>} clinic-faq-toggle - When an answer opens or closes, whatever
 * opened it (click, keys, open all, a deep link, find-in-page). Detail: `{ id, question, open }`.
 */
export class ClinicFaq extends LitElement {
  // Server rendering: the controls' styles belong to the controls bar, not to the host's declarative
  // shadow root, which only shows the questions (see render).
  static override styles = isServer ? [] : [tokens, styles, narrowControlRules];

  static override properties = {
    single: { type: Boolean, reflect: true },
    searchable: { type: Boolean, reflect: true },
    noSchema: { attribute: 'no-schema', type: Boolean, reflect: true },
    _query: { state: true },
  };

  /** At most one answer open at a time (the platform's exclusive `<details name>`); hides open all / close all. */
  declare single: boolean;

  /** Show a filter field that hides the questions that do not match and says how many do. */
  declare searchable: boolean;

  /** Emit no schema.org `FAQPage` JSON-LD (and remove the one already there). */
  declare noSchema: boolean;

  /** What the visitor typed in the filter field. */
  private declare _query: string;

  /** The items as last read from the light DOM. */
  #items: FaqItem[] = [];
  /** The author's messages for a search that finds nothing (`slot="no-results"`). */
  #noResultsMessages: HTMLElement[] = [];
  /** Search text per item (question and answer, folded), made on the first search only. */
  #searchTexts?: string[];
  /** How many items match the query (all of them without one). */
  #matchCount = 0;
  /** The items the search hid (it never un-hides the author's own hidden ones). */
  readonly #hiddenBySearch = new Set<HTMLDetailsElement>();
  /** The `name` that makes this FAQ's items one exclusive group (`single`). */
  readonly #groupName = `clinic-faq-${++faqCount}`;
  /** Whether the item the address points at has been opened already. */
  #openedFromAddress = false;
  /** The JSON-LD write waiting for a later task, while one is (see #writeSchemaLater). */
  #pendingSchemaWrite?: Promise<void>;
  /** Whether the items carry this FAQ's group `name` (set by `single`). */
  #itemsGrouped = false;

  readonly #localize = new LocalizeController(this, 'faq', texts);
  readonly #content = new LightDomController(this, () => this.#readContent(), {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['id', 'slot'],
  });

  constructor() {
    super();
    this.single = false;
    this.searchable = false;
    this.noSchema = false;
    this._query = '';
    this.addEventListener('keydown', this.#handleKeydown);
    // `toggle` does not bubble: one capturing listener sees every item's.
    this.addEventListener('toggle', this.#handleToggle, true);
    // An FAQ upgraded in place is already in its page: see styleItemsOf.
    if (!isServer) styleItemsOf(this);
  }

  /**
   * The controls render into the shadow root of a `<div data-clinic-faq-controls>` put first in the
   * element, not into a shadow root of the element itself: a shadow root on the element would
   * re-slot (and re-lay out) every question when the script arrives after the first paint.
   */
  protected override createRenderRoot(): ShadowRoot {
    const controlsBar = this.querySelector(':scope>[data-clinic-faq-controls]') ?? document.createElement('div');
    controlsBar.setAttribute('data-clinic-faq-controls', '');
    this.prepend(controlsBar);
    const root = controlsBar.shadowRoot ?? controlsBar.attachShadow({ mode: 'open' });
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  override connectedCallback(): void {
    // Before the controller reads the content and the FAQ writes (ids, controls): see styleItemsOf.
    styleItemsOf(this);
    super.connectedCallback();
    addEventListener('hashchange', this.#handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#handleHashChange);
  }

  /** Read the light DOM, decide ids, then write: ids, `name`s, search; the structured data a task later. */
  #readContent(): void {
    const { items, noResults, problems } = readFaqItems(this);
    const root = rootOf(this);
    const { ids, duplicateQuestions, duplicateIds } = assignIds(
      items.map(({ question, details }) => ({ question, id: details.id })),
      (id) => (root === null ? false : root.getElementById(id) !== null),
    );
    for (const problem of problems) warn(this, problem);
    for (const question of duplicateQuestions) {
      warn(this, `has the question "${question}" twice. Both are shown, but visitors and search engines cannot tell them apart: merge them, or word one differently.`);
    }
    for (const { id, renamedTo } of duplicateIds) {
      warn(this, `has the id "${id}" on two items; the later one now has the id "${renamedTo}", so a link to #${id} opens the first. Give each <details> an id of its own.`);
    }
    if (items.length === 0) {
      // Content may still be on its way (an element created first, filled after): look again later.
      setTimeout(() => {
        if (this.isConnected && this.#items.length === 0) {
          warn(this, 'has no <details> items, so it has no questions to show. Write each question inside it as <details><summary>the question</summary>the answer</details>.');
        }
      });
    }
    this.#items = items;
    this.#noResultsMessages = noResults;
    this.#searchTexts = undefined;
    this.#content.quietly(() => {
      const controlsBar = (this.renderRoot as ShadowRoot | undefined)?.host;
      if (controlsBar && this.firstElementChild !== controlsBar) this.prepend(controlsBar);
      items.forEach(({ details }, index) => {
        if (details.id !== ids[index]) details.id = ids[index];
      });
      this.#applySingle();
      this.#applySearch();
    });
    this.#writeSchemaLater();
    this.requestUpdate();
    if (!this.#openedFromAddress) this.#openLinkedItem({ focusQuestion: false });
  }

  /** `single`: one exclusive group (the platform's `details name`). */
  #applySingle(): void {
    if (!this.single && !this.#itemsGrouped) return;
    this.#itemsGrouped = this.single;
    let seenOpen = false;
    for (const { details } of this.#items) {
      if (this.single) {
        // Not every browser closes extra open items when they join a group: close all but the first.
        if (seenOpen) details.open = false;
        seenOpen ||= details.open;
        details.name = this.#groupName;
      } else if (details.name === this.#groupName) {
        details.removeAttribute('name');
      }
    }
  }

  /** The query that applies: what the visitor typed, while the field is there. */
  get #activeQuery(): string {
    return this.searchable ? this._query.trim() : '';
  }

  /** Whether a search is on and found nothing: the no-results state. */
  get #nothingFound(): boolean {
    return this.#activeQuery !== '' && this.#matchCount === 0;
  }

  /**
   * Hides the items that do not match the query (only ever un-hides the ones it hid), counts the
   * matches, and shows the author's no-results messages only when nothing matches.
   */
  #applySearch(): void {
    const query = this.#activeQuery;
    if (query === '' && this.#hiddenBySearch.size === 0) {
      this.#matchCount = this.#items.length;
    } else {
      if (query !== '') this.#searchTexts ??= this.#items.map(({ question, answer }) => searchText(`${question} ${answer}`));
      let count = 0;
      this.#items.forEach(({ details }, index) => {
        if (query === '' || matchesQuery(this.#searchTexts![index], query)) {
          count++;
          if (this.#hiddenBySearch.delete(details)) details.hidden = false;
        } else if (!details.hidden) {
          details.hidden = true;
          this.#hiddenBySearch.add(details);
        }
      });
      this.#matchCount = count;
    }
    for (const message of this.#noResultsMessages) {
      if (message.hidden === this.#nothingFound) message.hidden = !this.#nothingFound;
    }
  }

  /**
   * The JSON-LD in a task of its own: search engines read it once the page has loaded, and the first
   * paint does not need it, while making it reads every answer (with 300 questions, it and the
   * answers took about 4 of the upgrade task's 14 ms). Reads before then (a CMS preview's edits)
   * make one write, of the items as they are by then. `updateComplete` waits for it.
   */
  #writeSchemaLater(): void {
    this.#pendingSchemaWrite ??= nextTask().then(() => {
      this.#pendingSchemaWrite = undefined;
      this.#content.quietly(() => this.#writeSchema());
    });
  }

  /** Resolves once the element has rendered and written its JSON-LD. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const updated = await super.getUpdateComplete();
    await this.#pendingSchemaWrite;
    return updated;
  }

  /** One JSON-LD script, the last child of the element: made, updated or removed to match the items. */
  #writeSchema(): void {
    const written = writeFaqSchema(this, this.noSchema ? [] : this.#items);
    if (written === 'refused') {
      warn(this, 'cannot add its FAQPage structured data (JSON-LD): the page\'s Content-Security-Policy allows no Trusted Types policy named "clinic-elements". Add clinic-elements to its trusted-types directive, or set no-schema on the element to leave the data out.');
    }
  }

  /** Opens the item that `location.hash` points at (or holds its target) and scrolls it into view. */
  #openLinkedItem({ focusQuestion }: { focusQuestion: boolean }): void {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it as written */
    }
    const target = id === '' ? null : rootOf(this)?.getElementById(id);
    const item = target ? this.#items.find(({ details }) => details.contains(target)) : undefined;
    if (!target || !item) return;
    this.#openedFromAddress = true;
    if (this.#hiddenBySearch.has(item.details)) {
      this._query = '';
      this.#content.quietly(() => this.#applySearch());
    }
    item.details.open = true;
    // After the controls have rendered, so the item ends up where it will stay.
    void this.updateComplete.then(() => {
      target.scrollIntoView();
      if (focusQuestion) item.summary.focus({ preventScroll: true });
    });
  }

  readonly #handleHashChange = () => this.#openLinkedItem({ focusQuestion: true });

  readonly #handleToggle = (event: Event) => {
    const item = this.#items.find(({ details }) => details === event.target);
    if (!item) return;
    const { details, question } = item;
    emit<ClinicFaqToggleDetail>(this, 'clinic-faq-toggle', { id: details.id, question, open: details.open });
    this.requestUpdate();
  };

  /** APG accordion keys on a question: ArrowDown/ArrowUp (wrapping), Home, End. Enter/Space are the platform's. */
  readonly #handleKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const shown = this.#shownItems();
    const from = shown.findIndex(({ summary }) => summary === event.target);
    if (from < 0) return;
    const to = questionToFocus(event.key, from, shown.length);
    if (to === undefined) return;
    event.preventDefault();
    shown[to].summary.focus();
  };

  /** The items the search (or the author) did not hide. */
  #shownItems(): FaqItem[] {
    return this.#items.filter(({ details }) => !details.hidden);
  }

  get #allShownOpen(): boolean {
    const shown = this.#shownItems();
    return shown.length > 0 && shown.every(({ details }) => details.open);
  }

  #handleToggleAll(): void {
    const open = !this.#allShownOpen;
    for (const { details } of this.#shownItems()) details.open = open;
    this.requestUpdate();
  }

  #handleSearchInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    this.#content.quietly(() => this.#applySearch());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.hasUpdated) return;
    this.#content.quietly(() => {
      if (changed.has('single')) this.#applySingle();
      if (changed.has('searchable')) this.#applySearch();
      if (changed.has('noSchema')) this.#writeSchema();
    });
  }

  override render() {
    // Server rendering: the controls render into a bar the element adds to its content in the browser
    // (createRenderRoot), which a server cannot; a shadow root on the host itself then shows the
    // questions as written, and the browser adds the bar as usual.
    if (isServer) return html`<slot></slot>`;
    const { single, searchable } = this;
    if (single && !searchable) return nothing;
    const localize = this.#localize;
    const nothingFound = this.#nothingFound;
    const status = this.#activeQuery === '' ? 'total' : nothingFound ? 'noMatches' : 'matches';
    const showDefaultNoResults = nothingFound && this.#noResultsMessages.length === 0;
    return html`<div class="controls" part="controls" lang=${localize.fallback}>
      ${searchable
        ? html`<label class="search-label" for="search" part="search-label">${localize.t('search')}</label>
            <input id="search" class="input" part="search-input" type="search" autocomplete="off" .value=${this._query} @input=${this.#handleSearchInput} />`
        : nothing}
      ${single
        ? nothing
        : html`<button class="button" part="toggle-all" ?hidden=${nothingFound} @click=${this.#handleToggleAll}>
            ${localize.t(this.#allShownOpen ? 'closeAll' : 'openAll')}
          </button>`}
      ${searchable
        ? html`<p class="status" part="status" role="status">${localize.t(status, { count: this.#matchCount, total: this.#items.length })}</p>`
        : nothing}
      ${showDefaultNoResults ? html`<p class="no-results" part="no-results">${localize.t('noResults')}</p>` : nothing}
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
