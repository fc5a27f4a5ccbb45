import { LitElement, html, nothing } from 'lit';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { readStored, writeStored } from '../../internal/storage.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { arrange, type Arrangement } from './arrange.js';
import { distanceKm, type Coordinates } from './distance.js';
import { pickerStyles } from './location-picker.styles.js';
import { texts } from './location-picker.texts.js';
import type { ClinicLocation } from './location.js';
import { readLocations, type LocationModel } from './read-locations.js';
import { reorder } from './reorder.js';

/** Detail of `clinic-location-change`. */
export interface ClinicLocationChangeDetail {
  value: string;
  label: string;
  /** Straight-line distance in km (one decimal) once the visitor sorted by distance. */
  distanceKm?: number;
}

type GeoState = 'locating' | 'sorted' | 'denied' | 'unavailable' | 'timeout';

/** Branches per chunk of the list: a long list's chunks off screen are skipped by the browser. */
const CHUNK = 25;

const ARROWS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * @summary Lets a visitor choose a clinic branch: a radio group of cards showing each
 * `<clinic-location>`'s own HTML, a search by place, served village or postcode, optional sorting by
 * distance, and a form value.
 *
 * Keyboard (WAI-ARIA APG radio group): the radios are one Tab stop, at the chosen (or first) branch;
 * arrow keys move and choose; Space chooses. Links in the cards (a phone number, "Meer over …") keep
 * their own Tab stops in reading order, so they stay usable without choosing their branch.
 * Form-associated: inside a `<form>` it submits `name=value`, `required` blocks submission with a
 * message, and it resets and restores with the form.
 *
 * Texts (namespace `locations`): `groupLabel`, `searchLabel`, `matches`, `noMatch`, `postcodeMatch`,
 * `postcodeNone`, `locate`, `locating`, `sorted`, `denied`, `unavailable`, `timeout`, `distance`,
 * `required`, `moreAbout`; replace with `data-i18n-search-label="…"` or
 * `registerTranslation('nl', { 'locations.searchLabel': '…' })`.
 *
 * @slot - `<clinic-location>` elements, one per branch.
 * @fires {CustomEvent<ClinicLocationChangeDetail>} clinic-location-change - The visitor chose a branch: `{ value, label, distanceKm? }`.
 * @fires {Event} change - The visitor chose a branch (like a native radio).
 * @csspart base - Wrapper of everything.
 * @csspart label - The group's label (`label`, or the built-in "Kies een vestiging").
 * @csspart search - The search field with its label.
 * @csspart search-input - The search field.
 * @csspart geolocation-button - The "sort by distance" button (with `geolocation`).
 * @csspart status - The line announcing matches, postcode results and location messages.
 * @csspart group - The radio group around the cards.
 * @csspart error - The "choose a location" message when required and empty.
 * @cssprop [--clinic-location-gap=0.5rem] - Space between the cards.
 * @cssprop [--clinic-location-border-color=var(--clinic-color-border)] - Card border.
 * @cssprop [--clinic-location-background=var(--clinic-color-surface)] - Card background.
 * @cssprop [--clinic-location-checked-border-color=var(--clinic-color-accent)] - Border of the chosen card.
 * @cssprop [--clinic-location-checked-background=var(--clinic-color-muted)] - Background of the chosen card.
 */
export class ClinicLocationPicker extends LitElement {
  static formAssociated = true;
  /** @internal Branches are slotted into chunks by hand (see `updated`). */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [tokens, pickerStyles];

  static override properties = {
    name: { reflect: true }, // the form data entry uses the attribute; frameworks set the property
    value: { reflect: true },
    label: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    geolocation: { type: Boolean },
    remember: { type: Boolean },
    // Internal state (not attributes, not public API).
    plan: { attribute: false }, geo: { attribute: false }, err: { attribute: false }, formOff: { attribute: false },
  };

  /** The form field name the choice is submitted under. */
  name = '';
  /** The chosen branch's `value` (empty when none); can be set. */
  get value(): string {
    return this.chosen;
  }
  set value(value: string) {
    this.chosen = value ?? '';
    this.syncForm();
  }
  private chosen = '';
  /** The group's visible label; defaults to the built-in "Kies een vestiging" / "Choose a location". */
  label = '';
  /** A choice is needed before the form can be submitted. */
  required = false;
  /** Nothing can be chosen or searched; the value is not submitted. */
  disabled = false;
  /** Adds a button that asks for the visitor's position (only when pressed) and sorts by distance. */
  geolocation = false;
  /** Keeps the choice in `localStorage` for the next visit (nothing is stored without it). */
  remember = false;

  private query = '';
  private declare plan?: Arrangement;
  // Left unset (falsy) until needed.
  private declare geo?: GeoState;
  private declare err?: boolean;
  private declare formOff?: boolean;

  private readonly internals = this.attachInternals();
  private readonly localize = new LocalizeController(this, 'locations', texts);
  private readonly content = new LightDomController(this, () => this.read(), {
    childList: true,
    subtree: true,
    attributeFilter: ['value', 'label', 'lat', 'lng', 'postcodes', 'serves', 'selected'],
  });
  private locations: LocationModel[] = [];
  /** Shown, choosable branches (indices) in displayed order: the order arrow keys follow. */
  private stops: number[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private initial?: string;
  private origin?: Coordinates;
  /** Each branch's distance in km to one decimal, as shown (and sorted: the order matches the figures). */
  private kms?: (number | undefined)[];

  constructor() {
    super();
    this.addEventListener('invalid', () => (this.err = true));
  }

  /** The form this picker belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Checks the choice; when invalid, shows the message and moves focus to the radio group. */
  reportValidity(): boolean {
    const valid = this.internals.reportValidity();
    if (!valid) this.focus();
    return valid;
  }

  /** Moves focus to the chosen radio, or the first one shown. */
  override focus(options?: FocusOptions): void {
    // Before the first render there is nothing to focus (the host itself is not focusable).
    (this.tabStop()?.radio ?? this.renderRoot?.querySelector('input'))?.focus(options);
  }

  formResetCallback(): void {
    this.value = this.initial ?? '';
    this.err = false;
  }
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }
  formDisabledCallback(disabled: boolean): void {
    this.formOff = disabled;
  }

  private get off(): boolean {
    return this.disabled || !!this.formOff;
  }

  private current(): LocationModel | undefined {
    // Only a branch with a value is choosable, so an empty value finds nothing.
    return this.locations.find((location) => location.choosable && location.value === this.value);
  }


  /** The branch whose radio takes Tab: the chosen one if shown, else the first shown. */
  private stopIndex(): number {
    const checked = this.locations.indexOf(this.current()!);
    return this.plan?.shown[checked] ? checked : (this.stops[0] ?? -1);
  }

  private tabStop(): ClinicLocation | undefined {
    return this.locations[this.stopIndex()]?.element as ClinicLocation | undefined;
  }

  private get key(): string {
    return `locations:${this.name || 'choice'}`;
  }

  /** Reads the branches (on connect and after every author edit). */
  private read(): void {
    const { locations, problems } = readLocations(this);
    // The author's order is the DOM order, unless the picker itself has sorted the branches: then
    // known branches keep their place and new ones come last.
    if (this.plan?.order.some((index, place) => index !== place)) {
      const known = new Map(this.locations.map(({ element }, index) => [element, index]));
      const place = ({ element }: LocationModel) => known.get(element) ?? 1e9;
      locations.sort((a, b) => place(a) - place(b));
    }
    this.locations = locations;
    if (this.initial === undefined && locations.length) {
      /** The value of the first choosable branch that passes the test. */
      const first = (test: (location: LocationModel) => boolean) => locations.find((location) => location.choosable && test(location))?.value;
      const preselected = first((location) => location.selected) ?? '';
      this.initial = this.value || preselected;
      const stored = this.remember && readStored<string>('local', this.key);
      this.value ||= first((location) => location.value === stored) || preselected;
    }
    this.rearrange();
    clearTimeout(this.timer);
    // After the current task, so content still being appended is not reported as missing.
    this.timer = setTimeout(() => problems.forEach((problem) => warn(this, problem)));
  }

  /**
   * Filters and orders the branches: toggles `hidden` only where it changes, and moves branches in
   * the light DOM only when the order changes (a postcode, sorting by distance), so the reading and
   * focus order always match what is on screen.
   */
  private rearrange(): void {
    const { locations, origin } = this;
    this.kms = origin && locations.map(({ point }) => (point ? Math.round(distanceKm(origin, point) * 10) / 10 : undefined));
    const plan = arrange(locations, this.query, this.kms);
    const { shown, order } = plan;
    this.content.quietly(() => {
      // The model remembers what shows, so a keystroke reads nothing from the 1,000 cards' DOM.
      locations.forEach((location, index) => {
        if (location.shown !== shown[index]) location.element.hidden = !(location.shown = shown[index]);
      });
      reorder(this, order.map((index) => locations[index].element));
    });
    this.stops = order.filter((index) => shown[index] && locations[index].choosable);
    this.plan = plan;
  }

  private choose(index: number): void {
    const location = this.locations[index];
    if (!location?.choosable || this.off) return;
    const changed = location.value !== this.value;
    this.value = location.value;
    this.err = false;
    (location.element as ClinicLocation).radio?.focus();
    if (!changed) return;
    if (this.remember) writeStored('local', this.key, location.value);
    const km = this.kms?.[index];
    this.dispatchEvent(new Event('change', { bubbles: true }));
    emit<ClinicLocationChangeDetail>(this, 'clinic-location-change', {
      value: location.value,
      label: location.label,
      ...(km === undefined ? {} : { distanceKm: km }),
    });
  }

  /** The branch an event happened in, or -1 (also when it came from a link or field inside the card). */
  private indexOf(event: Event): number {
    const origin = event.composedPath()[0] as Element;
    const card = !origin.closest?.('a[href],button,input,select,textarea,summary,[contenteditable]') && (event.target as Element).closest('clinic-location');
    return this.locations.findIndex(({ element }) => element === card);
  }

  private onKeydown(event: KeyboardEvent): void {
    const step = ARROWS[event.key];
    const index = this.indexOf(event);
    if (index < 0 || (event.composedPath()[0] as Element).getAttribute?.('role') !== 'radio' || !(step || event.key === ' ')) return;
    event.preventDefault();
    const order = this.stops;
    this.choose(step ? order[(order.indexOf(index) + step + order.length) % order.length] : index);
  }

  private locate(): void {
    if (this.geo === 'locating') return;
    this.geo = 'locating';
    try {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          this.origin = { lat: coords.latitude, lng: coords.longitude };
          this.rearrange();
          this.geo = 'sorted';
        },
        ({ code }) => (this.geo = code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable'),
        { timeout: 10000, maximumAge: 300000 },
      );
    } catch {
      this.geo = 'unavailable';
    }
  }


  /** Passes the state to each `<clinic-location>` (Lit only re-renders those that change). */
  protected override willUpdate(): void {
    const stop = this.stopIndex();
    const current = this.current();
    const { kms, off } = this;
    this.locations.forEach((location, index) => {
      const element = location.element as ClinicLocation;
      element.choosable = location.choosable;
      element.checked = location === current;
      element.tabStop = index === stop;
      element.disabled = off;
      element.distance = kms?.[index];
    });
    this.syncForm();
  }

  /** The form value and validity; the tab stop's radio is where the browser points out a missing choice. */
  private syncForm(): void {
    const { internals } = this;
    const current = this.current();
    if (!internals) return; // a value set before the constructor finished
    internals.setFormValue(current && !this.off ? current.value : null, this.value);
    // Without a radio yet (or none to choose), the browser points at the picker itself.
    if (this.required && !current) internals.setValidity({ valueMissing: true }, this.localize.t('required'), this.tabStop()?.radio);
    else internals.setValidity({});
  }

  /**
   * Keeps the group's chunks (a `<div>` with a `<slot>` each, made here, not by the template) and
   * puts the children in them, 25 each in DOM order (only where that changed), and tells each chunk
   * its size while skipped off screen. Once the tab stop's radio exists, the validity points at it.
   */
  protected override async updated(): Promise<void> {
    const group = this.renderRoot.querySelector('#group')!;
    const { children } = this;
    const chunks = group.children;
    while (chunks.length > Math.ceil(children.length / CHUNK)) group.lastChild!.remove();
    while (chunks.length < children.length / CHUNK) group.appendChild(document.createElement('div')).append(document.createElement('slot'));
    [...chunks].forEach((chunk, index) => {
      const slot = chunk.firstChild as HTMLSlotElement & { branches?: HTMLElement[] };
      const part: HTMLElement[] = [].slice.call(children, index * CHUNK, index * CHUNK + CHUNK);
      if (part.length !== slot.branches?.length || part.some((child, place) => slot.branches![place] !== child)) slot.assign(...(slot.branches = part));
      // About 9rem per shown card (name, address, hours, link); the real size once on screen.
      const size = `${part.filter((child) => !child.hidden).length * 9}rem`;
      const { style } = chunk as HTMLElement;
      if (style.containIntrinsicBlockSize !== size) style.containIntrinsicBlockSize = size;
    });
    await this.tabStop()?.updateComplete;
    this.syncForm();
  }

  private status(t: ClinicLocationPicker['localize']['t']): string {
    const { plan: found } = this;
    const query = this.query.trim();
    if (!query || !found) return '';
    // Numbers as text: a postcode is no amount ("5.751"), and 1,000 or more would otherwise cost
    // the page its first Intl.NumberFormat.
    const postcode = `${found.postcode}`;
    const label = found.matches.map((index) => this.locations[index].label).join(', ');
    if (found.postcode) return t(label ? 'postcodeMatch' : 'postcodeNone', { postcode, label });
    return found.count ? t('matches', { count: `${found.count}` }) : t('noMatch', { query });
  }


  override render() {
    const t = this.localize.t.bind(this.localize);
    const disabled = this.off;
    const error = this.err && this.required && !this.current();
    const lang = this.localize.fallback;
    return html`<div part="base">
      <div id="label" part="label">${this.label || t('groupLabel')}</div>
      <div part="search" lang=${lang}>
        <label for="search">${t('searchLabel')}</label>
        <input
          id="search"
          class="input"
          part="search-input"
          type="search"
          autocomplete="off"
          ?disabled=${disabled}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            this.rearrange();
          }}
        />
      </div>
      ${this.geolocation
        ? html`<button
            type="button"
            class="button"
            part="geolocation-button"
            lang=${lang}
            ?disabled=${disabled}
            aria-disabled=${this.geo === 'locating' || nothing}
            @click=${this.locate}
          >
            ${t('locate')}
          </button>`
        : nothing}
      <p part="status" lang=${lang}>
        <span role="status">${this.geo && t(this.geo)}</span>
        <span role="status">${this.status(t)}</span>
      </p>
      <div
        id="group"
        class=${this.locations.length > 50 ? 'many' : nothing}
        part="group"
        role="radiogroup"
        @click=${(event: Event) => this.choose(this.indexOf(event))}
        @keydown=${this.onKeydown}
        aria-labelledby="label"
        aria-required=${this.required || nothing}
        aria-disabled=${disabled || nothing}
        aria-invalid=${error || nothing}
        aria-describedby=${error ? 'error' : nothing}
      ></div>
      ${error ? html`<p id="error" part="error" lang=${lang}>${t('required')}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-location-picker': ClinicLocationPicker;
  }
  interface HTMLElementEventMap {
    'clinic-location-change': CustomEvent<ClinicLocationChangeDetail>;
  }
}
