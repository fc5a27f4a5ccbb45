import { LitElement, html, nothing } from 'lit';
import { adoptLightDomStyles } from '../../internal/adopt-styles.js';
import { describeValue } from '../../internal/describe-value.js';
import { emit } from '../../internal/events.js';
import { headingLevel, type HeadingLevel } from '../../internal/heading-level.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { readStored, removeStored, writeStored } from '../../internal/storage.js';
import { readableText } from '../../internal/text.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { DEFAULT_THRESHOLD, checklistResult, resolveThreshold, resultMessage, thresholdNumber, urgentNoticeAfter, urgentNoticeParentLevel, type ChecklistResult } from './checklist-result.js';
import { readChecklist, type ChecklistContent, type ChecklistItem, type ChecklistMessage, type ChecklistSegment } from './read-symptom-checklist.js';
import { checkboxStyle, labelStyle } from './symptom-checklist.look.js';
import { itemStyles, styles } from './symptom-checklist.styles.js';
import { texts } from './symptom-checklist.texts.js';

/** Detail of `clinic-symptoms-change`. */
export interface ClinicSymptomsChangeDetail {
  /** Texts of the ticked complaints (as `value`). */
  checked: string[];
  /** Texts of the ticked warning signs (as `redFlags`). */
  redFlags: string[];
  /** The ticked complaints reach `threshold`. */
  match: boolean;
}

/** An item of the author's with the checkbox the widget put in it. */
type CheckboxItem = ChecklistItem & { checkbox: HTMLInputElement };

/** The result on screen: what the ticks mean, with the counts the texts show. */
type ShownResult = ChecklistResult & { count: number; total: number };

/** What the two live regions say after a change of the result (empty: nothing). */
interface LiveAnnouncement {
  polite: string;
  assertive: string;
}

/** Which ticked texts to give: the complaints', the warning signs' or all. */
type TickKind = 'complaints' | 'redFlags' | 'all';

/** Puts a checkbox in an author's `<li>`, wrapping the item's own nodes (links and all) in its label. */
function addCheckbox({ listItem, ownNodes }: ChecklistItem, checked: boolean): HTMLInputElement {
  const existing = listItem.querySelector<HTMLInputElement>('input[data-checklist]');
  if (existing) return existing;
  const label = document.createElement('label');
  label.style.cssText = labelStyle;
  const checkbox = label.appendChild(document.createElement('input'));
  checkbox.type = 'checkbox';
  checkbox.checked = checked;
  checkbox.dataset.checklist = '';
  checkbox.style.cssText = checkboxStyle;
  label.append(...ownNodes);
  listItem.prepend(label);
  return checkbox;
}

/**
 * Each `<li>` gets a real checkbox whose name is exactly the item's text; the whole row is its tap
 * target (at least 24 px tall) and links inside an item stay usable. Each list becomes a group named
 * by the heading just before it (or a built-in name). Ticking reaches `threshold` → the `match`
 * message; fewer → `no-match`; any warning sign → the `red-flag` message as an urgent notice right
 * after the list of warning signs (so nothing above it moves), and no `no-match` message beside it.
 * Each change of the result is announced once (a warning sign assertively).
 *
 * Other scripts (the contact form) read `value` and `redFlags` or listen for `clinic-symptoms-change`.
 *
 * Built-in texts (namespace `checklist`): `legend`, `redFlagsLegend`, `count`, `urgentPrefix`,
 * `urgentTitle`, `urgent`, `reset`, `cleared`. Replace one on the element with
 * `data-i18n-<key in kebab case>` (`data-i18n-reset="Opnieuw"`, `data-i18n-urgent-prefix="…"`) or
 * for the page with `registerTranslation('nl', { 'checklist.reset': 'Opnieuw' })`. `count` has a
 * singular and a plural form (`{ one, other }`), chosen by the number of complaints (`{total}`).
 *
 * @summary Turns the author's list of complaints (and warning signs) into checkboxes and says whether they fit.
 *
 * @slot - The content: a heading, a `<ul>` or `<ol>` of complaints, optionally a `<ul data-red-flags>` of warning signs, and any other text, shown in order.
 * @slot match - Shown below the lists when the ticked complaints reach `threshold`.
 * @slot no-match - Shown below the lists when complaints are ticked but fewer than `threshold`, and no warning sign is ticked.
 * @slot red-flag - Shown as an urgent notice right after the list of warning signs when any of them is ticked.
 *
 * @csspart urgent - The urgent notice (a card like the NHS urgent care card), right after the list of warning signs.
 * @csspart urgent-heading - The notice's heading; it starts with a visually hidden "Dringend advies:".
 * @csspart group - Each list: a group of checkboxes named after its heading.
 * @csspart result - The result below the lists: the count and the match or no-match message.
 * @csspart count - "Je herkent 2 van de 4 klachten."
 * @csspart reset - The button that clears the ticks (shown while something is ticked).
 *
 * @cssprop [--clinic-checklist-indent=1.6em] - Where the checkbox starts, measured back from the item's text (the list's bullet indent).
 * @cssprop [--clinic-checklist-check-color=var(--clinic-color-accent)] - Colour of ticked checkboxes.
 * @cssprop [--clinic-checklist-urgent-color=var(--clinic-color-danger)] - Border and heading background of the urgent notice.
 * @cssprop [--clinic-checklist-urgent-contrast=contrast-color(urgent colour)] - Heading text of the urgent notice. By default black or white, whichever reads better on `--clinic-checklist-urgent-color` (white in browsers without `contrast-color()`).
 * @cssprop [--clinic-checklist-result-background=var(--clinic-color-muted)] - Background of the result.
 *
 * @fires {CustomEvent<ClinicSymptomsChangeDetail>} clinic-symptoms-change - The visitor ticked, unticked or reset; detail `{ checked, redFlags, match }`. Not fired when `value` is set by script.
 */
export class ClinicSymptomChecklist extends LitElement {
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [tokens, styles];
  static override properties = {
    threshold: { type: Number },
    remember: { type: Boolean },
    headingLevel: { attribute: 'heading-level' },
    _content: { state: true },
  };

  /** Number of ticked complaints from which the `match` message shows (below it: `no-match`). Whole number from 1 up to the number of complaints. */
  threshold = DEFAULT_THRESHOLD;

  /** Keep the ticks in `sessionStorage` (this tab only) so a reload keeps them; reset clears them. Without it nothing is stored. Give each remembered checklist on a page its own `id`. */
  remember = false;

  /**
   * Heading level (2–6) of the urgent notice's heading. Without it, one below the checklist's own
   * first heading before the notice, its title (an h2 "Herkenbare klachten" gives 3, beside an h3
   * "Waarschuwingssignalen": the notice answers the whole checklist); without a heading of its own,
   * one below the nearest heading before the element in the page (2 when there is none). A value
   * outside 2–6 is clamped, anything else ignored, each with a warning.
   */
  declare headingLevel?: string | number | null;

  /** The author's content as last read. */
  private declare _content?: ChecklistContent;
  /** The items of `_content`, each with its checkbox. */
  #items: CheckboxItem[] = [];
  /** Texts to tick as their items appear (set before connecting, or restored from storage). */
  #textsToTick: string[] = [];
  /** Set before each render (see willUpdate). */
  #result!: ShownResult;
  /** Nothing before the first change of the result. */
  #announcement: LiveAnnouncement = { polite: '', assertive: '' };
  /** Decided in `willUpdate` for this render. */
  #urgentHeadingLevel!: HeadingLevel;
  readonly #localize = new LocalizeController(this, 'checklist', texts);
  readonly #lightDom = new LightDomController(this, () => this.#readContent());

  constructor() {
    super();
    this.addEventListener('change', (event) => this.#handleChange(event));
  }

  /** Texts of the ticked complaints. Setting it ticks exactly those complaints (and any warning sign named in it; other warning signs stay as they are). */
  get value(): string[] {
    return this.#tickedTexts('complaints');
  }
  set value(texts: string[]) {
    const isArray = Array.isArray(texts);
    if (!isArray) {
      const example = this.#items.find((item) => !item.redFlag)?.text ?? 'Stijfheid';
      warn(this, `value was set to ${describeValue(texts)}, but it must be an array of complaint texts, so no complaint is ticked. Set it to an array such as ["${example}"], or [] to clear the ticks.`);
    }
    this.#tickExactly([...(isArray ? texts : []), ...this.redFlags]);
  }

  /** Texts of the ticked warning signs (read-only). */
  get redFlags(): string[] {
    return this.#tickedTexts('redFlags');
  }

  #tickedTexts(kind: TickKind): string[] {
    const wanted = (item: CheckboxItem) => kind === 'all' || item.redFlag === (kind === 'redFlags');
    return this.#items.filter((item) => wanted(item) && item.checkbox.checked).map((item) => item.text);
  }

  #tickExactly(texts: string[]): void {
    this.#textsToTick = texts;
    for (const item of this.#items) {
      item.checkbox.checked = texts.includes(item.text);
    }
    this.#keepTicks();
  }

  /** Keeps the ticks (with `remember`; nothing ticked leaves nothing stored) and shows what they mean. */
  #keepTicks(): void {
    const ticked = this.#tickedTexts('all');
    if (this.remember) {
      if (ticked.length > 0) writeStored('session', this.#storageKey, ticked);
      else removeStored('session', this.#storageKey);
    }
    this.requestUpdate();
  }

  /** Where `remember` keeps the ticks. */
  get #storageKey(): string {
    return `checklist:${location.pathname}:${this.id}`;
  }

  #readContent(): void {
    // Ticks carry over to items the author re-created; the first time, they come from `value` or storage.
    if (this._content) {
      this.#textsToTick = this.#tickedTexts('all');
    } else if (this.remember && this.#textsToTick.length === 0) {
      const stored = readStored<unknown>('session', this.#storageKey);
      // Only a list of texts is ours: anything else under the key (another script's) is left out.
      this.#textsToTick = Array.isArray(stored) ? stored : [];
    }
    // Quietly: reading moves messages an unclosed list swallowed back to the host.
    this.#lightDom.quietly(() => {
      const content = readChecklist(this);
      for (const problem of content.problems) {
        warn(this, problem);
      }
      this.#items = content.items.map((item) => ({ ...item, checkbox: addCheckbox(item, this.#textsToTick.includes(item.text)) }));
      this._content = content;
    });
  }

  #handleChange(event: Event): void {
    // (A checklist pasted inside this one has checkboxes of its own: their changes are not ours.)
    const target = event.target as HTMLElement;
    const isOurCheckbox = target.dataset.checklist !== undefined && target.closest(this.localName) === this;
    if (!isOurCheckbox) return;
    this.#tellTicks();
  }

  /** The visitor changed the ticks: keep them and tell the page. */
  #tellTicks(): void {
    this.#keepTicks();
    const detail = { checked: this.value, redFlags: this.redFlags, match: this.#decide().state === 'match' };
    emit<ClinicSymptomsChangeDetail>(this, 'clinic-symptoms-change', detail);
  }

  #handleResetClick(): void {
    this.#tickExactly([]);
    this.#tellTicks();
    this.#items[0]?.checkbox.focus();
  }

  #decide(): ShownResult {
    const total = this.#items.filter((item) => !item.redFlag).length;
    // (A removed attribute reads as null: the default again.)
    const given = thresholdNumber(this.threshold ?? DEFAULT_THRESHOLD);
    const { threshold, problem } = resolveThreshold(given, total, this.#thresholdAsWritten());
    // The default quietly gives way to a shorter list; a threshold the page set is reported.
    const setByPage = this.hasAttribute('threshold') || this.threshold !== DEFAULT_THRESHOLD;
    if (problem && setByPage) warn(this, problem);
    const count = this.value.length;
    const ticked = { complaints: count, redFlags: this.redFlags.length };
    return { ...checklistResult(ticked, threshold), count, total };
  }

  /** How a warning quotes the threshold: as the page wrote the attribute, else the property's value. */
  #thresholdAsWritten(): string {
    const attribute = this.getAttribute('threshold');
    const fromAttribute = attribute !== null && Object.is(Number(attribute), this.threshold);
    return fromAttribute ? `"${attribute}"` : describeValue(this.threshold);
  }

  /** A built-in text, with `{count}` and `{total}` filled in; `{ one, other }` chosen by `total` ("1 klacht", "4 klachten"). */
  #text(key: keyof (typeof texts)['en']): string {
    return this.#localize.t(key, { count: this.#result.count, total: this.#result.total }, 'total');
  }

  /** The readable text of the author's messages in one slot. */
  #messageText(name: ChecklistMessage): string {
    return this._content!.messages[name].map(readableText).join(' ');
  }

  /**
   * One announcement per change of the result: urgent ones assertively, the rest politely.
   * Nothing ticked any more (reset, or the last tick taken away): "all ticks are cleared".
   */
  #announce(before: ShownResult, now: ShownResult): LiveAnnouncement {
    const announcement: LiveAnnouncement = { polite: '', assertive: '' };
    if (now.urgent && !before.urgent) {
      const urgentMessage = this.#messageText('red-flag') || this.#text('urgent');
      announcement.assertive = `${this.#text('urgentPrefix')} ${this.#text('urgentTitle')}. ${urgentMessage}`;
    } else if (now.state !== 'empty') {
      const message = resultMessage(now);
      const messageText = message === undefined ? '' : ` ${this.#messageText(message)}`;
      announcement.polite = `${this.#text('count')}${messageText}`;
    } else if (!now.urgent) {
      announcement.polite = this.#text('cleared');
    }
    return announcement;
  }

  override willUpdate(): void {
    adoptLightDomStyles(this, itemStyles);
    const headingChoice = headingLevel(this, this.headingLevel, urgentNoticeParentLevel(this._content?.segments ?? []));
    this.#urgentHeadingLevel = headingChoice.level;
    if (headingChoice.problem !== undefined) warn(this, headingChoice.problem);
    const before = this.#result;
    const now = this.#decide();
    this.#result = now;
    // Before the first render there is no result to change from: nothing is announced.
    if (!this.hasUpdated) return;
    const resultChanged = before.state !== now.state || before.urgent !== now.urgent;
    if (resultChanged) this.#announcement = this.#announce(before, now);
  }

  /**
   * The urgent notice: right after the (last) list of warning signs, where the visitor who ticked
   * one is looking, and before the result, so it pushes nothing above it down: what is under the
   * visitor's finger stays there. In reading order it follows the list too (what a screen reader
   * reads and where Tab goes match what is seen); the assertive announcement tells screen reader
   * users at once.
   */
  #renderUrgentNotice() {
    const lang = this.#localize.fallback;
    return html`
      <div part="urgent" ?hidden=${!this.#result.urgent}>
        <div part="urgent-heading" role="heading" aria-level=${this.#urgentHeadingLevel} lang=${lang}>
          <span class="visually-hidden">${this.#text('urgentPrefix')} </span>${this.#text('urgentTitle')}
        </div>
        <div class="body"><slot name="red-flag" class="urgent-message"><p lang=${lang}>${this.#text('urgent')}</p></slot></div>
      </div>
    `;
  }

  /** One of the author's nodes: a list as a named group of checkboxes, anything else as it is. */
  #renderSegment({ group }: ChecklistSegment) {
    if (!group) return html`<slot class="segment"></slot>`;
    const label = group.label ?? this.#text(group.redFlag ? 'redFlagsLegend' : 'legend');
    return html`<div part="group" role="group" aria-label=${label}><slot class="segment"></slot></div>`;
  }

  /**
   * The author's content in order, with the urgent notice where `urgentNoticeAfter` puts it. On the
   * server no content is read: one slot (a segment that is no list) shows the lists as written,
   * after the (hidden) notice.
   */
  #renderContent() {
    const segments = this._content?.segments ?? [{ nodes: [] }];
    const urgentAfter = urgentNoticeAfter(segments);
    return html`
      ${urgentAfter === -1 ? this.#renderUrgentNotice() : nothing}
      ${segments.map((segment, index) => html`${this.#renderSegment(segment)}${index === urgentAfter ? this.#renderUrgentNotice() : nothing}`)}
    `;
  }

  override render() {
    const { state, urgent } = this.#result;
    const { polite, assertive } = this.#announcement;
    const lang = this.#localize.fallback;
    const message = resultMessage(this.#result);
    return html`
      ${this.#renderContent()}
      <div part="result" ?hidden=${state === 'empty'}>
        <p part="count" lang=${lang}>${this.#text('count')}</p>
        <!-- The name only counts in a server-rendered shadow root, whose slots take content by name. -->
        <slot class="result-message" name=${message ?? nothing}></slot>
      </div>
      ${state === 'empty' && !urgent ? nothing : html`<button part="reset" class="button" lang=${lang} @click=${this.#handleResetClick}>${this.#text('reset')}</button>`}
      <div class="visually-hidden" aria-live="polite">${polite}</div>
      <div class="visually-hidden" aria-live="assertive">${assertive}</div>
    `;
  }

  /** Places the author's nodes: slots are assigned by hand, so the lists can sit inside their groups. */
  override updated(): void {
    const { segments, messages } = this._content!;
    const slot = (className: string) => this.renderRoot.querySelector<HTMLSlotElement>(`slot.${className}`)!;
    slot('urgent-message').assign(...messages['red-flag']);
    const message = resultMessage(this.#result);
    slot('result-message').assign(...(message === undefined ? [] : messages[message]));
    const segmentSlots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot.segment');
    segmentSlots.forEach((segmentSlot, index) => segmentSlot.assign(...segments[index].nodes));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-symptom-checklist': ClinicSymptomChecklist;
  }
  interface HTMLElementEventMap {
    'clinic-symptoms-change': CustomEvent<ClinicSymptomsChangeDetail>;
  }
}
