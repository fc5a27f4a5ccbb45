import { LitElement, html, nothing, type PropertyDeclaration } from 'lit';
import { LocalizeController } from '../../internal/i18n.js';
import { safeHref } from '../../internal/text.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { placeProblem } from './branch-place.js';
import { texts } from './location-picker.texts.js';
import { readText } from './property-types.js';
import { locationStyles } from './location.styles.js';

// Set by the picker (not attributes, not public API); kept out of the class so the manifest
// does not list them as public fields (a literal in `properties` would be).
const internal = {
  choosable: { attribute: false },
  checked: { attribute: false },
  tabStop: { attribute: false },
  disabled: { attribute: false },
  distance: { attribute: false },
  matchReason: { attribute: false },
};

/** What a card draws from its own properties and the page's language (not from the picker's state). */
interface OwnContent {
  /** The branch name: its `label`, or its `value` when the label is missing. */
  label: string;
  /** The branch's own page, when it is an address that is safe to link to. */
  href?: string;
  /** The link's text, "Meer over Deurne". */
  linkText: string;
}

/** The properties `OwnContent` is read from. */
const ownContentProperties = new Set<PropertyKey>(['value', 'label', 'href']);

/**
 * Each card's `OwnContent`, kept between updates: the picker sets the state of hundreds of cards in
 * one keystroke (why the search found each), and parsing the link's address and translating its text
 * again took about a quarter of each such update (a CPU profile of 180 cards gaining and losing a
 * reason). Kept here rather than in a private field, because Lit's constructor asks for the first
 * update before a card's own fields exist.
 */
const ownContents = new WeakMap<ClinicLocation, OwnContent>();

/**
 * @summary One branch inside `<clinic-location-picker>`: a choice card that shows the branch's own
 * HTML (address, opening hours, links) under a radio button named by its `label`.
 *
 * Outside a picker it is a plain card with the label as its title, and it warns once. Directly inside a
 * `<clinic-contact-form>` it belongs there: the standard form's picker takes it in.
 *
 * @attr {string} lat - Latitude in decimal degrees (WGS84), for sorting by distance.
 * @attr {string} lng - Longitude in decimal degrees (WGS84), for sorting by distance.
 * @attr {string} postcodes - Postcode numbers served: comma-separated four-digit numbers or ranges, e.g. `5750-5759,5760`.
 * @attr {string} serves - Places served, comma-separated; the picker's search finds the branch by them.
 * @attr {string} phone - The branch's phone number (data for the page and forms; show it in the card's own HTML).
 * @slot - The branch's own HTML: address, opening hours, links (they stay usable).
 * @csspart card - The card around everything; also named `checked` while chosen.
 * @csspart radio - The radio button (indicator and label).
 * @csspart indicator - The round indicator inside the radio.
 * @csspart distance - The distance from the visitor, after sorting by distance.
 * @csspart match - Why the search found the branch when its name does not say it: "bedient Liessel" / "serves Liessel", "bedient postcode 5751".
 * @csspart link - The link to the branch's page (`href`).
 * @cssprop [--clinic-location-border-color=var(--clinic-color-border)] - Card border.
 * @cssprop [--clinic-location-background=var(--clinic-color-surface)] - Card background.
 * @cssprop [--clinic-location-checked-border-color=var(--clinic-color-accent)] - Border of the chosen card.
 * @cssprop [--clinic-location-checked-background=var(--clinic-color-muted)] - Background of the chosen card.
 */
export class ClinicLocation extends LitElement {
  static override styles = [tokens, locationStyles];
  static override properties = {
    // Reflected: React and Vue set these as properties, and the picker hears of changes through
    // its light-DOM observer, which sees attributes only.
    value: { reflect: true },
    label: { reflect: true },
    href: { reflect: true },
    selected: { type: Boolean, reflect: true },
    ...internal,
  };

  readonly #localize = new LocalizeController(this, 'locations', texts);

  /** The value submitted with the form and carried by events; unique within the picker. */
  value = '';
  /** The branch name: the radio's label and searched by the picker. */
  label = '';
  /** The branch's own page, linked from the card: an http(s), mailto: or tel: URL (others, e.g. `javascript:`, get no link and a warning). */
  href?: string;
  /** Preselects this branch when the picker has no `value`. */
  selected = false;

  /** @internal Set by the picker: the card is a radio in its group. */
  choosable = false;
  /** @internal Set by the picker. */
  checked = false;
  /** @internal Set by the picker: this radio is the group's tab stop. */
  tabStop = false;
  /** @internal Set by the picker. */
  disabled = false;
  /** @internal Set by the picker: the visitor's distance in km (one decimal). */
  distance?: number;
  /** @internal Set by the picker: why the search found the branch, in the page's language ("bedient Liessel"). */
  matchReason?: string;

  /** @internal The radio element, for the picker to focus. */
  get radio(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('[part=radio]') ?? undefined;
  }

  /**
   * Forgets the card's `OwnContent` when it can have changed: one of its properties changed, or the
   * update is asked for without a property, as the language layer does when the page's language or
   * its texts change.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    if (name === undefined || ownContentProperties.has(name)) ownContents.delete(this);
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  #readOwnContent(): OwnContent {
    // A framework may set these to a number or worse: read as texts (the picker warns about them).
    const label = readText(this.label).text.trim() || readText(this.value).text;
    const href = safeHref(readText(this.href).text);
    const linkText = href ? this.#localize.t('moreAbout', { label }) : '';
    return { label, href, linkText };
  }

  /**
   * Warns once when the branch stands where nothing makes it a choice (branch-place.ts): on its first
   * update, and only when that is still so once the pickers and contact forms in its page are defined.
   * Until then one of them may still take it in (mending WordPress's paragraphs, or building the
   * standard form), and a branch inside a picker that is simply not defined yet is where it belongs.
   */
  protected override firstUpdated(): void {
    if (placeProblem(this)) void this.#warnAboutPlace();
  }

  async #warnAboutPlace(): Promise<void> {
    const root = this.getRootNode() as ParentNode;
    const undefinedTags = ['clinic-location-picker', 'clinic-contact-form'].filter((tagName) => root.querySelector(`${tagName}:not(:defined)`));
    await Promise.all(undefinedTags.map((tagName) => customElements.whenDefined(tagName)));
    const problem = placeProblem(this);
    if (problem && this.isConnected) warn(this, problem);
  }

  override render() {
    const { checked, choosable, disabled, distance, matchReason } = this;
    const t = this.#localize.t.bind(this.#localize);
    let ownContent = ownContents.get(this);
    if (!ownContent) {
      ownContent = this.#readOwnContent();
      ownContents.set(this, ownContent);
    }
    const { label, href, linkText } = ownContent;
    const descriptions = [distance === undefined ? '' : 'distance', matchReason ? 'match' : ''].filter((id) => id !== '').join(' ');
    return html`<div class="card ${choosable ? 'choosable' : ''} ${checked ? 'checked' : ''}" part=${checked ? 'card checked' : 'card'}>
      ${choosable
        ? html`<span
            class="name"
            part="radio"
            role="radio"
            aria-checked=${checked}
            aria-disabled=${disabled || nothing}
            aria-describedby=${descriptions || nothing}
            tabindex=${this.tabStop && !disabled ? 0 : -1}
            ><span class="indicator" part="indicator"></span>${label}</span
          >`
        : html`<span class="name">${label}</span>`}${distance === undefined
        ? nothing
        : html`<span id="distance" class="note" part="distance">${t('distance', { km: distance })}</span>`}${matchReason
        ? html`<span id="match" class="note" part="match">${matchReason}</span>`
        : nothing}
      <slot class="content"></slot>${href ? html`<a class="link" part="link" href=${href}>${linkText}</a>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-location': ClinicLocation;
  }
}
