import { LitElement, html } from 'lit';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { readStored, removeStored, writeStored } from '../../internal/storage.js';
import { readableText } from '../../internal/text.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { DEFAULT_THRESHOLD, checklistResult, resolveThreshold, type ChecklistResult } from './checklist-result.js';
import { readChecklist, type ChecklistContent, type ChecklistItem, type ChecklistMessage } from './read-symptom-checklist.js';
import { CHECKBOX_STYLE, styles } from './symptom-checklist.styles.js';
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

type Item = ChecklistItem & { input: HTMLInputElement };

/** Puts a checkbox in an author's `<li>`, wrapping the item's own nodes (links and all) in its label. */
function enhance({ li, own }: ChecklistItem, checked: boolean): HTMLInputElement {
  let input = li.querySelector<HTMLInputElement>('input[data-checklist]');
  if (!input) {
    const label = document.createElement('label');
    input = label.appendChild(document.createElement('input'));
    input.type = 'checkbox';
    input.checked = checked;
    input.dataset.checklist = '';
    input.style.cssText = CHECKBOX_STYLE;
    label.append(...own);
    li.prepend(label);
  }
  return input;
}

/**
 * Each `<li>` gets a real checkbox whose name is exactly the item's text; links inside an item stay
 * usable. Each list becomes a group named by the heading just before it (or a built-in name).
 * Ticking reaches `threshold` → the `match` message; fewer → `no-match`; any warning sign → the
 * `red-flag` message as an urgent notice at the top. Each change of the result is announced once.
 *
 * Other scripts (the contact form) read `value` and `redFlags` or listen for `clinic-symptoms-change`.
 *
 * Built-in texts (namespace `checklist`): `legend`, `redFlagsLegend`, `count`, `urgentPrefix`,
 * `urgentTitle`, `urgent`, `reset`, `cleared`. Replace one on the element with
 * `data-i18n-<key in kebab case>` (`data-i18n-reset="Opnieuw"`, `data-i18n-urgent-prefix="…"`) or
 * for the page with `registerTranslation('nl', { 'checklist.reset': 'Opnieuw' })`.
 *
 * @summary Turns the author's list of complaints (and warning signs) into checkboxes and says whether they fit.
 *
 * @slot - The content: a heading, a `<ul>` or `<ol>` of complaints, optionally a `<ul data-red-flags>` of warning signs, and any other text, shown in order.
 * @slot match - Shown below the lists when the ticked complaints reach `threshold`.
 * @slot no-match - Shown below the lists when complaints are ticked but fewer than `threshold`.
 * @slot red-flag - Shown at the top as an urgent notice when any warning sign is ticked.
 *
 * @csspart urgent - The urgent notice (a card like the NHS urgent care card).
 * @csspart urgent-heading - The notice's heading; it starts with a visually hidden "Dringend advies:".
 * @csspart group - Each list: a group of checkboxes named after its heading.
 * @csspart result - The result below the lists: the count and the match or no-match message.
 * @csspart count - "Je herkent 2 van de 4 klachten."
 * @csspart reset - The button that clears the ticks (shown while something is ticked).
 *
 * @cssprop [--clinic-checklist-indent=1.6em] - Where the checkbox starts, measured back from the item's text (the list's bullet indent).
 * @cssprop [--clinic-checklist-check-color=var(--clinic-color-accent)] - Colour of ticked checkboxes.
 * @cssprop [--clinic-checklist-urgent-color=var(--clinic-color-danger)] - Border and heading background of the urgent notice.
 * @cssprop [--clinic-checklist-urgent-contrast=#fff] - Heading text of the urgent notice.
 * @cssprop [--clinic-checklist-result-background=var(--clinic-color-muted)] - Background of the result.
 *
 * @fires {CustomEvent<ClinicSymptomsChangeDetail>} clinic-symptoms-change - The visitor ticked, unticked or reset; detail `{ checked, redFlags, match }`. Not fired when `value` is set by script.
 */
export class ClinicSymptomChecklist extends LitElement {
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [tokens, styles];
  static override properties = { threshold: { type: Number }, remember: { type: Boolean } };

  /** Number of ticked complaints from which the `match` message shows (below it: `no-match`). Whole number from 1 up to the number of complaints. */
  threshold = 2;

  /** Keep the ticks in `sessionStorage` (this tab only) so a reload keeps them; reset clears them. Without it nothing is stored. Give each remembered checklist on a page its own `id`. */
  remember = false;

  private content?: ChecklistContent;
  private items: Item[] = [];
  /** Texts to tick as their items appear (set before connecting, or restored from storage). */
  private ticked: string[] = [];
  /** Set before each render (see willUpdate). */
  declare private result: ChecklistResult & { count: number; total: number };
  /** [polite, assertive]; nothing before the first change. */
  declare private announcement?: string[];
  private readonly localize = new LocalizeController(this, 'checklist', texts);
  private readonly light = new LightDomController(this, () => this.read());

  constructor() {
    super();
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).dataset.checklist != null) this.changed();
    });
  }

  /** Texts of the ticked complaints. Setting it ticks exactly those complaints (and any warning sign named in it; other warning signs stay as they are). */
  get value(): string[] {
    return this.ticks(false);
  }
  set value(texts: string[]) {
    this.tick([...(Array.isArray(texts) ? texts : []), ...this.redFlags]);
  }

  /** Texts of the ticked warning signs (read-only). */
  get redFlags(): string[] {
    return this.ticks(true);
  }

  /** Ticked texts: complaints (`false`), red flags (`true`) or all. */
  private ticks(redFlag?: boolean): string[] {
    return this.items.filter((item) => (redFlag ?? item.redFlag) === item.redFlag && item.input.checked).map((item) => item.text);
  }

  private tick(texts: string[]): void {
    this.ticked = texts;
    for (const item of this.items) item.input.checked = texts.includes(item.text);
    this.store();
  }

  /** Keeps the ticks (with `remember`); nothing ticked leaves nothing stored. */
  private store(): void {
    const ticks = this.ticks();
    if (this.remember) {
      if (ticks.length) writeStored('session', this.key, ticks);
      else removeStored('session', this.key);
    }
    this.requestUpdate();
  }

  /** Where `remember` keeps the ticks. */
  private get key(): string {
    return `checklist:${location.pathname}:${this.id}`;
  }

  private read(): void {
    // Ticks carry over to items the author re-created; the first time, they come from `value` or storage.
    if (this.content) this.ticked = this.ticks();
    else if (this.remember && !this.ticked.length) this.ticked = readStored<string[]>('session', this.key) ?? [];
    // Quietly: reading moves messages an unclosed list swallowed back to the host.
    this.light.quietly(() => {
      const content = (this.content = readChecklist(this));
      content.problems.forEach((problem) => warn(this, problem));
      for (const item of (this.items = content.items as Item[])) item.input = enhance(item, this.ticked.includes(item.text));
    });
    this.requestUpdate();
  }

  private changed(): void {
    this.store();
    emit<ClinicSymptomsChangeDetail>(this, 'clinic-symptoms-change', { checked: this.value, redFlags: this.redFlags, match: this.compute().state === 'match' });
  }

  private reset(): void {
    this.tick([]);
    this.changed();
    this.items[0]?.input.focus();
  }

  private compute() {
    const total = this.items.filter((item) => !item.redFlag).length;
    // (A removed attribute reads as null: the default again.)
    const { threshold, problem } = resolveThreshold(this.threshold ?? DEFAULT_THRESHOLD, total);
    // The default quietly gives way to a shorter list; a threshold the page set is reported.
    if (problem && (this.hasAttribute('threshold') || this.threshold !== DEFAULT_THRESHOLD)) warn(this, problem);
    const count = this.value.length;
    return { ...checklistResult(count, this.redFlags.length, threshold), count, total };
  }

  /** A built-in text, with `{count}` and `{total}` filled in. */
  private t(key: keyof (typeof texts)['en']): string {
    return this.localize.t(key, this.result as never);
  }

  override willUpdate(): void {
    const before = this.result;
    const now = (this.result = this.compute());
    if (!this.hasUpdated || (before.state === now.state && before.urgent === now.urgent)) return;
    const say = (state: keyof ChecklistContent['messages']) => this.content!.messages[state].map(readableText).join(' ');
    // One announcement per change of the result: urgent ones assertively, the rest politely.
    // Nothing ticked any more (reset, or the last tick taken away): "all ticks are cleared".
    this.announcement =
      now.urgent && !before.urgent
        ? ['', `${this.t('urgentPrefix')} ${this.t('urgentTitle')}. ${say('red-flag') || this.t('urgent')}`]
        : [now.state !== 'empty' ? `${this.t('count')} ${say(now.state)}` : now.urgent ? '' : this.t('cleared'), ''];
  }

  override render() {
    const { state, urgent } = this.result;
    const [polite, assertive] = this.announcement ?? [];
    const lang = this.localize.fallback;
    return html`
      <div part="urgent" ?hidden=${!urgent}>
        <div part="urgent-heading" role="heading" aria-level=${this.content!.headingLevel} lang=${lang}>
          <span class="visually-hidden">${this.t('urgentPrefix')} </span>${this.t('urgentTitle')}
        </div>
        <div class="body"><slot name="red-flag"><p lang=${lang}>${this.t('urgent')}</p></slot></div>
      </div>
      ${this.content!.segments.map(({ group }) =>
        group ? html`<div part="group" role="group" aria-label=${group.label ?? this.t(group.redFlag ? 'redFlagsLegend' : 'legend')}><slot></slot></div>` : html`<slot></slot>`,
      )}
      <div part="result" ?hidden=${state === 'empty'}>
        <p part="count" lang=${lang}>${this.t('count')}</p>
        <slot></slot>
      </div>
      ${state === 'empty' && !urgent ? '' : html`<button part="reset" class="button" lang=${lang} @click=${this.reset}>${this.t('reset')}</button>`}
      <div class="visually-hidden" aria-live="polite">${polite}</div>
      <div class="visually-hidden" aria-live="assertive">${assertive}</div>
    `;
  }
  /** Places the author's nodes: slots are assigned by hand, so the lists can sit inside their groups. */
  override updated(): void {
    const slots = [...this.renderRoot.querySelectorAll('slot')];
    const { segments, messages } = this.content!;
    slots.shift()!.assign(...messages['red-flag']);
    slots.pop()!.assign(...(messages[this.result.state as ChecklistMessage] ?? []));
    slots.forEach((slot, index) => slot.assign(...segments[index].nodes));
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
