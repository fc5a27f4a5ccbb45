import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { emit } from '../../internal/events.js';
import { FormAssociationController } from '../../internal/form-association.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { readStored, writeStored } from '../../internal/storage.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { arrange, searchStatus, type Arrangement, type MatchReason } from './arrange.js';
import { matchReasonTexts, tellCards } from './card-state.js';
import { initialChoice, isOwnControl, keyChoice } from './choosing.js';
import { assignInChunks, MANY_BRANCHES, slottableContent } from './chunked-slots.js';
import { distanceKm, roundKm, type Coordinates } from './distance.js';
import { askPosition, type GeolocationStatus } from './geolocation.js';
import { readPropertyTypes, readText } from './property-types.js';
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

/**
 * @summary Lets a visitor choose a clinic branch: a radio group of cards showing each
 * `<clinic-location>`'s own HTML, a search by place, served village or postcode, optional sorting by
 * distance, and a form value.
 *
 * Keyboard (WAI-ARIA APG radio group): the radios are one Tab stop, at the chosen (or first) branch;
 * arrow keys move and choose; Space chooses. Links in the cards (a phone number, "Meer over …") keep
 * their own Tab stops in reading order, so they stay usable without choosing their branch.
 * A branch found by a place it serves or by a typed postcode says why on its card ("bedient Liessel",
 * "serves postcode 5751"). Form-associated: inside a `<form>` it submits `name=value`, and it resets
 * and restores with the form. `required` blocks submission: the message ("Kies een vestiging.") shows
 * at the top of the group, right above the cards, and is announced; focus moves to the first radio
 * when the picker is the form's first invalid field. No browser bubble covers the cards.
 *
 * Texts (namespace `locations`): `groupLabel`, `searchLabel`, `matches`, `noMatch`, `postcodeMatch`,
 * `postcodeNone`, `postcodeNoneLocate`, `locate`, `locating`, `sorted`, `denied`, `unavailable`, `timeout`, `distance`,
 * `required`, `moreAbout`, `servesPlace`, `servesPostcode`; replace with `data-i18n-search-label="…"` or
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
 * @csspart status - The line announcing matches, postcode results and location messages (it takes no space while it has nothing to say).
 * @csspart group - The radio group around the cards.
 * @csspart error - The "choose a location" message when required and empty after a submission, right above the cards.
 * @cssprop [--clinic-location-gap=0.5rem] - Space between the cards.
 * @cssprop [--clinic-location-border-color=var(--clinic-color-border)] - Card border.
 * @cssprop [--clinic-location-background=var(--clinic-color-surface)] - Card background.
 * @cssprop [--clinic-location-checked-border-color=var(--clinic-color-accent)] - Border of the chosen card.
 * @cssprop [--clinic-location-checked-background=var(--clinic-color-muted)] - Background of the chosen card.
 */
export class ClinicLocationPicker extends LitElement {
  static formAssociated = true;
  /** @internal The branches are slotted by hand, in chunks (see chunked-slots.ts). */
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
    _arrangement: { state: true },
    _geolocationStatus: { state: true },
  };

  /** The form field name the choice is submitted under. */
  name = '';
  /** The chosen branch's `value` (empty when none); can be set. */
  get value(): string {
    return this.#chosenValue;
  }
  set value(value: string) {
    const { text, wrongType } = readText(value);
    if (wrongType) warn(this, `value was set to ${wrongType}, not a text, so no branch is chosen. Set it to the value of one of its <clinic-location> branches, such as "deurne".`);
    this.#chosenValue = text;
    this.#formAssociation.sync();
  }
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

  /** What shows, in which order, and what the status line says: decided by `arrange`. */
  private declare _arrangement?: Arrangement;
  /** Where asking for the visitor's position stands; unset until the button is pressed. */
  private declare _geolocationStatus?: GeolocationStatus;

  #chosenValue = '';
  /** What the visitor typed in the search field. */
  #query = '';
  /** The branches as read from the light DOM, in displayed order. */
  #locations: LocationModel[] = [];
  /** Shown, choosable branches (indices) in displayed order: the order arrow keys follow. */
  #navigable: number[] = [];
  /** Each branch's distance from the visitor in km, to one decimal (once sorted by distance). */
  #distances?: (number | undefined)[];
  #visitorPosition?: Coordinates;
  /** The value a form reset goes back to: the picker's own `value`, else the `selected` branch. */
  #defaultValue?: string;
  #warningTimer?: ReturnType<typeof setTimeout>;

  readonly #localize = new LocalizeController(this, 'locations', texts);
  readonly #formAssociation = new FormAssociationController(this, {
    submittedValue: () => this.#chosenLocation()?.value ?? null,
    state: () => this.value,
    valueMissing: () => !this.#chosenLocation(),
    valueMissingMessage: () => this.#localize.t('required'),
    reset: () => (this.value = this.#defaultValue ?? ''),
    restore: (state) => (this.value = state),
  });
  readonly #content = new LightDomController(this, () => this.#readContent(), {
    childList: true,
    subtree: true,
    attributeFilter: ['value', 'label', 'lat', 'lng', 'postcodes', 'serves', 'selected'],
  });

  // ── Form association: the platform's API, read from the controller's internals or handed on to it ──

  /** The form this picker belongs to. */
  get form(): HTMLFormElement | null {
    return this.#formAssociation.internals.form;
  }
  get validity(): ValidityState {
    return this.#formAssociation.internals.validity;
  }
  get validationMessage(): string {
    return this.#formAssociation.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#formAssociation.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.#formAssociation.checkValidity();
  }
  /** Checks the choice; when invalid, shows the message and moves focus to the radio group. */
  reportValidity(): boolean {
    return this.#formAssociation.reportValidity();
  }
  formResetCallback(): void {
    this.#formAssociation.formResetCallback();
  }
  formStateRestoreCallback(state: unknown): void {
    this.#formAssociation.formStateRestoreCallback(state);
  }
  formDisabledCallback(disabled: boolean): void {
    this.#formAssociation.formDisabledCallback(disabled);
  }

  /** Moves focus to the chosen radio, or the first one shown. */
  override focus(options?: FocusOptions): void {
    // Before the first render there is nothing to focus (the host itself is not focusable).
    const target = this.#tabStopLocation()?.radio ?? this.renderRoot?.querySelector<HTMLElement>('#search');
    target?.focus(options);
  }

  // ── Read ───────────────────────────────────────────────────────────────────────────────────────

  /** Reads the branches (on connect and after every author edit). */
  #readContent(): void {
    const { locations, problems } = readLocations(this);
    // The author's order is the DOM order, unless the picker itself has sorted the branches: then
    // known branches keep their place and new ones come last.
    if (this._arrangement?.order.some((index, place) => index !== place)) {
      const knownPlaces = new Map(this.#locations.map(({ element }, index) => [element, index]));
      const placeOf = ({ element }: LocationModel) => knownPlaces.get(element) ?? Number.MAX_SAFE_INTEGER;
      locations.sort((first, second) => placeOf(first) - placeOf(second));
    }
    this.#locations = locations;
    if (this.#defaultValue === undefined && locations.length > 0) this.#chooseInitialValue();
    this.#rearrange();
    clearTimeout(this.#warningTimer);
    // After the current task, so content still being appended is not reported as missing.
    this.#warningTimer = setTimeout(() => {
      for (const problem of problems) warn(this, problem);
    });
  }

  /** On the first read: the value a reset returns to, and the value to start with (choosing.ts). */
  #chooseInitialValue(): void {
    const remembered = this.remember ? readStored<string>('local', this.#storageKey) : undefined;
    const { defaultValue, value } = initialChoice(this.#locations, this.value, remembered);
    this.#defaultValue = defaultValue;
    // Set even when it stays empty: setting the value tells the form at once whether it is valid.
    if (!this.value) this.value = value;
  }

  // ── Decide ─────────────────────────────────────────────────────────────────────────────────────

  /**
   * Filters and orders the branches: toggles `hidden` only where it changes, and moves branches in
   * the light DOM only when the order changes (a postcode, sorting by distance), so the reading and
   * focus order always match what is on screen.
   */
  #rearrange(): void {
    const locations = this.#locations;
    const position = this.#visitorPosition;
    this.#distances = position && locations.map(({ point }) => (point ? roundKm(distanceKm(position, point)) : undefined));
    const arrangement = arrange(locations, this.#query, this.#distances);
    const { shown, order } = arrangement;
    this.#content.quietly(() => {
      // The model remembers what shows, so a keystroke reads nothing from the 1,000 cards' DOM.
      locations.forEach((location, index) => {
        if (location.shown === shown[index]) return;
        location.shown = shown[index];
        location.element.hidden = !shown[index];
      });
      reorder(this, order.map((index) => locations[index].element));
    });
    this.#navigable = order.filter((index) => shown[index] && locations[index].choosable);
    this._arrangement = arrangement;
  }

  #chosenLocation(): LocationModel | undefined {
    // Only a branch with a value is choosable, so an empty value finds nothing.
    return this.#locations.find((location) => location.choosable && location.value === this.value);
  }

  /** The branch whose radio takes Tab: the chosen one if shown, else the first shown (-1: none). */
  #tabStopIndex(): number {
    const chosenIndex = this.#locations.indexOf(this.#chosenLocation()!);
    if (chosenIndex >= 0 && this._arrangement?.shown[chosenIndex]) return chosenIndex;
    return this.#navigable.length > 0 ? this.#navigable[0] : -1;
  }

  #tabStopLocation(): ClinicLocation | undefined {
    return this.#locations[this.#tabStopIndex()]?.element as ClinicLocation | undefined;
  }

  get #isDisabled(): boolean {
    return this.#formAssociation.isDisabled;
  }

  get #storageKey(): string {
    return `locations:${this.name || 'choice'}`;
  }

  /** The status line for the search: how many match, or which branch serves the postcode. */
  #searchStatus(): string {
    const arrangement = this._arrangement;
    // The button is worth pointing to while it is offered and was not pressed yet.
    const locate = this.geolocation && !this._geolocationStatus ? this.#localize.t('locate') : undefined;
    const status = arrangement && searchStatus(arrangement, this.#query, (index) => this.#locations[index].label, locate);
    return status ? this.#localize.t(status.key, status.values) : '';
  }

  /** Why the search found a branch, in the page's language: "bedient Liessel", "bedient postcode 5751". */
  #describeMatch({ place, postcode }: MatchReason): string {
    // The postcode as text: no thousands separator ("5.751").
    return place === undefined ? this.#localize.t('servesPostcode', { postcode: `${postcode}` }) : this.#localize.t('servesPlace', { place });
  }

  // ── The visitor's actions ──────────────────────────────────────────────────────────────────────

  #choose(index: number): void {
    const location = this.#locations[index];
    if (!location?.choosable || this.#isDisabled) return;
    const changed = location.value !== this.value;
    this.value = location.value;
    this.#formAssociation.hideError();
    (location.element as ClinicLocation).radio?.focus();
    if (!changed) return;
    if (this.remember) writeStored('local', this.#storageKey, location.value);
    const distance = this.#distances?.[index];
    this.dispatchEvent(new Event('change', { bubbles: true }));
    emit<ClinicLocationChangeDetail>(this, 'clinic-location-change', {
      value: location.value,
      label: location.label,
      ...(distance === undefined ? {} : { distanceKm: distance }),
    });
  }

  /** The branch an event happened in, or -1 (also when it came from a link or field inside the card). */
  #locationIndexOf(event: Event): number {
    if (isOwnControl(event.composedPath()[0] as Element)) return -1;
    const card = (event.target as Element).closest('clinic-location');
    return this.#locations.findIndex(({ element }) => element === card);
  }

  #handleClick(event: Event): void {
    this.#choose(this.#locationIndexOf(event));
  }

  /** Arrow keys and Space on a branch's radio (choosing.ts decides which branch they choose). */
  #handleKeydown(event: KeyboardEvent): void {
    const origin = event.composedPath()[0] as Element;
    if (origin.getAttribute?.('role') !== 'radio') return;
    const index = this.#locationIndexOf(event);
    const choice = index < 0 ? undefined : keyChoice(event.key, index, this.#navigable);
    if (choice === undefined) return;
    event.preventDefault();
    this.#choose(choice);
  }

  #handleSearchInput(event: Event): void {
    this.#query = (event.target as HTMLInputElement).value;
    this.#rearrange();
  }

  async #handleLocate(): Promise<void> {
    if (this._geolocationStatus === 'locating') return;
    this._geolocationStatus = 'locating';
    const answer = await askPosition();
    if ('failure' in answer) {
      this._geolocationStatus = answer.failure;
      return;
    }
    this.#visitorPosition = answer.position;
    this.#rearrange();
    this._geolocationStatus = 'sorted';
  }

  // ── Render ─────────────────────────────────────────────────────────────────────────────────────

  /** Tells each `<clinic-location>` its state (card-state.ts: only what changed for it). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // A framework may have set a property to the wrong type: read it as a native field would.
    readPropertyTypes(this, changed, { texts: ['name', 'label'], booleans: ['required', 'disabled', 'geolocation', 'remember'] });
    tellCards(this.#locations, {
      chosen: this.#chosenLocation(),
      tabStopIndex: this.#tabStopIndex(),
      disabled: this.#isDisabled,
      distances: this.#distances,
      matchReasons: matchReasonTexts(this._arrangement?.reasons ?? [], (reason) => this.#describeMatch(reason)),
    });
  }

  override render() {
    const t = this.#localize.t.bind(this.#localize);
    const disabled = this.#isDisabled;
    const showError = this.#formAssociation.showError;
    const lang = this.#localize.fallback;
    const geolocationStatus = this._geolocationStatus;
    const geolocationText = geolocationStatus ? t(geolocationStatus) : '';
    const searchText = this.#searchStatus();
    return html`<div part="base">
      <div id="label" part="label">${this.label || t('groupLabel')}</div>
      <div part="search" lang=${lang}>
        <label class="search-label" for="search">${t('searchLabel')}</label>
        <input id="search" class="input" part="search-input" type="search" autocomplete="off" ?disabled=${disabled} @input=${this.#handleSearchInput} />
      </div>
      ${this.geolocation
        ? html`<button
            type="button"
            class="button"
            part="geolocation-button"
            lang=${lang}
            ?disabled=${disabled}
            aria-disabled=${geolocationStatus === 'locating' || nothing}
            @click=${this.#handleLocate}
          >
            ${t('locate')}
          </button>`
        : nothing}
      <p class=${geolocationText || searchText ? 'status' : 'status empty'} part="status" lang=${lang}>
        <span role="status">${geolocationText}</span>
        <span role="status">${searchText}</span>
      </p>
      ${showError ? html`<p id="error" class="error" part="error" role="alert" lang=${lang}>${t('required')}</p>` : nothing}
      <div
        id="group"
        class=${this.#locations.length > MANY_BRANCHES ? 'many' : nothing}
        part="group"
        role="radiogroup"
        @click=${this.#handleClick}
        @keydown=${this.#handleKeydown}
        aria-labelledby="label"
        aria-required=${this.required || nothing}
        aria-disabled=${disabled || nothing}
        aria-invalid=${showError || nothing}
        aria-describedby=${showError ? 'error' : nothing}
      >${
        // Server rendering: the chunks (and their slots) are made in the browser (updated), so a slot
        // shows the branches as written until then.
        isServer ? html`<slot></slot>` : nothing
      }</div>
    </div>`;
  }

  /** Slots the content into the group's chunks. */
  protected override updated(): void {
    assignInChunks(this.renderRoot.querySelector('#group')!, slottableContent(this));
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
