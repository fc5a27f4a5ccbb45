import { LitElement, html, nothing } from 'lit';
import { adoptLightDomStyles } from '../../internal/adopt-styles.js';
import { emit } from '../../internal/events.js';
import { headingLevel, type HeadingLevel } from '../../internal/heading-level.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import type { ClinicSymptomsChangeDetail } from '../symptom-checklist/symptom-checklist.js';
import { lightDomStyles } from './contact-form.light-dom.styles.js';
import type { ClinicSubmitDetail, ClinicSubmitErrorDetail, ClinicSubmitSuccessDetail } from './contact-form.events.js';
import { styles } from './contact-form.styles.js';
import { texts } from './contact-form.texts.js';
import { DraftKeeper } from './draft.js';
import { enhanceForm, markField, placeOwnHoneypot, showSending } from './enhance.js';
import { renderErrorSummary, type FieldError } from './error-summary.js';
import { renderAlert } from './form-messages.js';
import { checkFields, messageFor, type Translate } from './field-checks.js';
import { readForm, type Control, type FormModel } from './read-contact-form.js';
import { readSettings, type Settings } from './read-settings.js';
import { StandardFormHolder, standardForm } from './standard-form.js';
import { buildRequest, fieldErrorsOf, holdTime, oddityWarnings, send, valuesOf } from './submission.js';
import { symptomsToAdd, withSymptoms, type TickedSymptoms } from './symptom-lines.js';

export type { ClinicSubmitDetail, ClinicSubmitErrorDetail, ClinicSubmitSuccessDetail } from './contact-form.events.js';

/** How many contact forms were created: each gets its own prefix for the ids it gives fields. */
let instanceCount = 0;

/**
 * @summary A validated contact form: enhances the author's own `<form>` (or renders the standard clinic
 * form), checks it the GOV.UK way, sends it with `fetch`, keeps a draft and never loses what was typed.
 * @tagname clinic-contact-form
 *
 * Checks (on submit, then live on each field that was wrong): `required`, e-mail (`type="email"`),
 * phone (`type="tel"`, Dutch or international), Dutch postcode (`data-postcode`,
 * `autocomplete="postal-code"` or a field named `postcode`), `minlength`, `maxlength`, `pattern` and the
 * validity of form-associated controls (`<clinic-location-picker required>`). Errors: a focused summary
 * linking to each field, an inline message (`aria-describedby`, class `clinic-contact-form-error`),
 * `aria-invalid="true"` and an error prefix on the page title. A wrong field is marked by the widget's
 * own rules, without site CSS and not by colour alone: a thick start border on the field and on its
 * message, which starts with a warning sign. After success the thank-you takes the emptied form's place.
 *
 * Spam: a honeypot field, hidden from people and assistive technology, never sent or kept in the
 * draft: the author's (a field, or an element around it, marked `data-honeypot`) or, when none is
 * marked, the widget's own (`no-honeypot` turns that off). A filled honeypot gets a quiet success and
 * nothing is sent (no events). A message sent sooner than `min-fill-ms` after the form was shown is
 * held ("Versturen…") until then, and then sent: never dropped.
 *
 * Draft: kept in `sessionStorage` while typing (never the honeypot, consent, passwords, card fields
 * (`autocomplete="cc-…"`), one-time codes, files or fields marked `data-no-draft`), restored after a
 * reload, removed after success.
 *
 * Texts (namespace `form`): replace per element with `data-i18n-<key>` or for the page with
 * `registerTranslation('nl', { 'form.errorSummaryTitle': '…' })`; every key, with its placeholders,
 * is in contact-form.texts.ts and the README.
 *
 * @slot - The author's `<form>`. Without one, the standard form (name, e-mail, phone, preferred
 * location from `<clinic-location>` children, message, consent) is rendered here.
 * @slot success - Shown and focused after a successful submission (a built-in thank-you otherwise).
 * Give it `hidden` to keep it out of sight before the script runs.
 *
 * @csspart required-legend - The built-in line saying what `*` means (when the form has none, as the standard form).
 * @csspart error-summary - The summary of problems at the top, with one link per field.
 * @csspart alert - The failure message (network error, timeout, server error) with its retry button.
 * @csspart call - Its line offering the clinic's `phone` number.
 * @csspart retry - The retry button (focused when the alert shows).
 * @csspart success - Wrapper of the success content.
 * @csspart symptoms - The offer to add the checklist's ticked complaints and warning signs to the message: it lists those the message does not hold yet.
 * @csspart add-symptoms - Its button.
 *
 * @cssprop [--clinic-contact-form-border-width=4px] - Border of the error summary, alert, success and symptoms boxes.
 * @cssprop [--clinic-contact-form-heading-size=1.25em] - Size of the error summary heading.
 * @cssprop [--clinic-contact-form-invalid-border-width=5px] - Start border of a wrong field and of its message (set it on the element or the page).
 *
 * @fires {CustomEvent<ClinicSubmitDetail>} clinic-submit - Before sending; cancelable (`preventDefault()` to send the data yourself).
 * @fires {CustomEvent<ClinicSubmitSuccessDetail>} clinic-submit-success - After a 2xx answer (or, without `action`, right after `clinic-submit`).
 * @fires {CustomEvent<ClinicSubmitErrorDetail>} clinic-submit-error - After a network error, timeout, refused `action` or non-2xx answer.
 */
export class ClinicContactForm extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    action: {},
    method: {},
    enctype: {},
    timeout: { type: Number },
    minFillMs: { attribute: 'min-fill-ms', type: Number },
    noDraft: { attribute: 'no-draft', type: Boolean },
    noHoneypot: { attribute: 'no-honeypot', type: Boolean },
    privacyHref: { attribute: 'privacy-href' },
    headingLevel: { attribute: 'heading-level' },
    phone: {},
    _errors: { state: true },
    _status: { state: true },
    _alertMessage: { state: true },
    _symptoms: { state: true },
    _model: { state: true },
  };

  /** Where to send: an http(s) URL, relative or absolute. Falls back to the form's own `action`; other schemes (`javascript:`) are refused. */
  declare action?: string;

  /**
   * HTTP method: POST, PUT or PATCH (others, which send no body, get POST and a warning); falls back to the form's `method`, then POST.
   * @type {'POST' | 'PUT' | 'PATCH' | undefined}
   */
  declare method?: string;

  /**
   * Body format: `application/json` (default), `application/x-www-form-urlencoded` or `multipart/form-data` (others get JSON and a warning). Falls back to the form's `enctype` attribute.
   * @type {'application/json' | 'application/x-www-form-urlencoded' | 'multipart/form-data' | undefined}
   */
  declare enctype?: string;

  /** Milliseconds to wait for the server before giving up (not a number above 0: the default and a warning). */
  timeout = 15000;

  /**
   * Minimum milliseconds from showing the form to sending it: a message sent sooner (a bot's, or a
   * quick visitor's who let the browser fill in the form) is held, "Versturen…", until then, and then
   * sent. `0` sends at once; not a number of 0 or more: the default and a warning.
   */
  minFillMs = 2500;

  /** Keep no draft in `sessionStorage`. */
  noDraft = false;

  /** Add no honeypot of the widget's own to a form that has none marked `data-honeypot` (for a back end with its own spam check). */
  noHoneypot = false;

  /** Link to the privacy statement in the standard form's consent: an http(s) URL, relative or absolute, or mailto: (`javascript:`/`data:` get no link and a warning). */
  declare privacyHref?: string;

  /** Level of the error summary's heading, 2–6 (others are clamped, with a warning); by default one below the heading before the form. */
  declare headingLevel?: string | number | null;

  /** The clinic's phone number (`+31 493 123 456`), offered as a `tel:` link when a message could not be sent. */
  declare phone?: string;

  /** The problems the summary and the fields show. */
  private declare _errors: FieldError[];
  /** `sending` while a message is on its way, `success` after it arrived. */
  private declare _status?: 'sending' | 'success';
  /** The failure message (not sent, timeout), with its retry button. */
  private declare _alertMessage?: string;
  /** Ticked in the page's checklist: complaints and warning signs. */
  private declare _symptoms: TickedSymptoms;
  /** The form as last read: its fields, honeypot and problems. */
  private declare _model?: FormModel;

  readonly #localize = new LocalizeController(this, 'form', texts);
  /** The widget's texts in the page's language (for its boxes, the standard form and the checks' messages). */
  readonly #translate: Translate = (key, values) => this.#localize.t(key, values);
  readonly #content = new LightDomController(this, () => this.#read());
  readonly #idPrefix = `clinic-form-${++instanceCount}`;
  /** The standard form, when the author gave none (its location picker only when the author gave `<clinic-location>`s). */
  readonly #standardForm = new StandardFormHolder(this, () => {
    const withLocation = this.querySelector('clinic-location') !== null;
    return standardForm(this.#idPrefix, this.#translate, this.#settings?.privacyHref, withLocation);
  });
  /** The settings as of the last read. */
  #settings?: Settings;
  /** When the form was shown (upgraded), for `min-fill-ms`; 0 after restoring a draft, which is no bot's. */
  #shownAt?: number;
  /** The error summary's heading level, decided before each render that shows it. */
  #headingLevel: HeadingLevel = 2;
  readonly #draft = new DraftKeeper(this, () => this._model?.form.id);

  constructor() {
    super();
    this._errors = [];
    this._symptoms = { checked: [], redFlags: [] };
    this.addEventListener('submit', this.#handleSubmit);
    // Fields, and form-associated controls such as the location picker, say they changed with input or change.
    this.addEventListener('input', this.#handleEdit);
    this.addEventListener('change', this.#handleEdit);
    this.addEventListener('focusin', this.#handleEdit);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('clinic-symptoms-change', this.#handleSymptomsChange);
    adoptLightDomStyles(this, lightDomStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('clinic-symptoms-change', this.#handleSymptomsChange);
    this.#updateTitle(false);
  }

  // Read

  /**
   * Reads the form (the author's or the standard one), its fields, the settings and the problems to
   * report, in one quiet run: its own writes (the standard form, the enhancements) are no author's edits.
   */
  #read(): void {
    this.#shownAt ??= Date.now();
    this.#content.quietly(() => {
      const authored = this.#authoredForm();
      if (this.querySelector(this.localName)) {
        warn(this, `holds another <${this.localName}>, which handles the form inside it; this one leaves that form alone. Remove the outer <${this.localName}> (an unclosed tag, or a form pasted twice, does this).`);
        // Nothing of its own to enhance: no standard form either, which would be a second form.
        if (!authored) return;
      }
      const { settings, problems } = readSettings(this, authored);
      this.#settings = settings;
      const form = authored ?? this.#standardForm.use();
      if (authored) this.#standardForm.remove();
      placeOwnHoneypot(form, { wanted: !this.noHoneypot, label: this.#translate('honeypot') });
      const model = readForm(form);
      for (const problem of [...model.problems, ...problems]) warn(this, problem);
      enhanceForm(model, this.#idPrefix);
      this._model = model;
      // A restored draft is the visitor's own earlier typing: no bot, so nothing to wait for.
      if (this.#draft.restoreOnce(model.fields)) this.#shownAt = 0;
    });
  }

  /** The author's form: the first inside the element that no contact form within it holds. */
  #authoredForm(): HTMLFormElement | null {
    const forms = this.querySelectorAll<HTMLFormElement>('form:not([data-standard])');
    return [...forms].find((form) => form.parentElement?.closest(this.localName) === this) ?? null;
  }

  // Decide: pure functions elsewhere (checkFields and messageFor, readSettings, holdTime).

  // Render: the widget's own writes to the page

  /** "Fout: " before the page title while errors stand. */
  #updateTitle(errorsStand: boolean): void {
    const prefix = this.#translate('titlePrefix');
    const { title } = document;
    const withoutPrefix = title.startsWith(prefix) ? title.slice(prefix.length) : title;
    document.title = errorsStand ? prefix + withoutPrefix : withoutPrefix;
  }

  /** Shows these errors in the summary and at their fields (focusing the summary when asked). */
  #showErrors(errors: FieldError[], { focus = false } = {}): void {
    this._errors = errors;
    const fields = this._model?.fields ?? [];
    this.#content.quietly(() => {
      for (const field of fields) markField(field, errors.find(({ name }) => name === field.name)?.message);
    });
    if (focus && errors.length > 0) void this.#focusOn('error-summary');
  }

  /** Moves focus to one of the widget's own boxes once it is rendered (`error-summary`, `success`, `retry`). */
  async #focusOn(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part=${part}]`)?.focus();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The summary's heading fits the page's outline (looked up only when it shows, or the attribute changed).
    if (this._errors.length > 0 || changed.has('headingLevel')) {
      const { level, problem } = headingLevel(this, this.headingLevel);
      if (problem) warn(this, problem);
      this.#headingLevel = level;
    }
  }

  protected override updated(): void {
    this.#content.quietly(() => this.#standardForm.render());
    this.#updateTitle(this._errors.length > 0);
  }

  // Events

  /** The page's checklist: complaints and warning signs alike, as the clinic should read both. */
  readonly #handleSymptomsChange = (event: Event): void => {
    this._symptoms = (event as CustomEvent<ClinicSymptomsChangeDetail>).detail;
  };

  /** An edit (or a focus) in a field: keeps the draft, and checks a wrong field again as it changes. */
  readonly #handleEdit = (event: Event): void => {
    const fields = this._model?.fields ?? [];
    const field = fields.find((one) => one.controls.includes(event.target as Control));
    if (!field) return;
    this.#draft.keep(fields);
    // The checklist offer lists what the message does not hold yet: with ticks, typing there changes it.
    const { checked, redFlags } = this._symptoms;
    if (field.control.localName === 'textarea' && checked.length + redFlags.length > 0) this.requestUpdate();
    // While errors stand, a wrong field is checked again as it changes (the others keep their messages).
    if (this._errors.length === 0) return;
    const errors = this._errors.map((error) => (error.name === field.name ? { name: error.name, message: messageFor(field, this.#translate) } : error));
    this.#showErrors(errors.filter(({ message }) => message !== ''));
  };

  readonly #handleSubmit = async (event: Event): Promise<void> => {
    // (A form of a contact form inside this one is that one's business.)
    if (event.target !== this.#authoredForm() && event.target !== this.#standardForm.form) return;
    event.preventDefault();
    if (this._status === 'sending') return;
    // The fields, action and settings as they are now (attributes and properties may have changed since the last read).
    this.#read();
    const { form, honeypot } = this._model!;
    const errors = checkFields(this._model!.fields, this.#translate);
    this.#showErrors(errors, { focus: true });
    if (errors.length > 0) return;

    // A filled honeypot is a bot's: the thank-you it expects, and nothing is sent.
    if (honeypot.some((trap) => trap.value !== '')) return this.#showSuccess();
    const data = new FormData(form);
    for (const trap of honeypot) data.delete(trap.name);
    this._status = 'sending';
    const sending = this.#content.quietly(() => showSending(form, this.#translate('sending')));
    // Sooner than min-fill-ms after the form was shown: held until then, never dropped.
    const wait = holdTime({ shownAt: this.#shownAt!, now: Date.now(), minFillMs: this.#settings!.minFillMs });
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await this.#send(data);
    this.#content.quietly(() => sending.restore());
    if (this._status === 'sending') this._status = undefined;
  };

  /** Sends the checked values (unless the page sends them itself), and shows what came of it. */
  async #send(data: FormData): Promise<void> {
    if (emit<ClinicSubmitDetail>(this, 'clinic-submit', { data: valuesOf(data) }, { cancelable: true }).defaultPrevented) return;
    const { destination, method, enctype, timeout } = this.#settings!;
    if (destination.problem === 'missing') return this.#showSuccess(0, null);
    if (!destination.url) return this.#showFailure(this.#translate('failed'));

    const answer = await send(destination.url, buildRequest(method, enctype, data), timeout);
    const { status, body, oddity, failure = 'failed' } = answer;
    if (oddity) warn(this, oddityWarnings[oddity]);
    if (answer.ok) return this.#showSuccess(status, body);

    // A 4xx answer's field errors, typically.
    const fieldErrors = fieldErrorsOf(body);
    if (fieldErrors.length > 0) {
      this.#showErrors(fieldErrors, { focus: true });
      return this.#showFailure(fieldErrors.map(({ message }) => message).join(' '), status, '');
    }
    this.#showFailure(this.#translate(failure), status);
  }

  readonly #handleRetry = (): void => {
    this._model?.form.requestSubmit();
  };

  /** Adds the ticked complaints and warning signs that it does not hold yet (as it is now) to the message field. */
  #addSymptoms(control: Control): void {
    const symptoms = symptomsToAdd(this._symptoms, control.value, this.#translate);
    control.value = withSymptoms(control.value, symptoms, this.#translate('symptomsHeading'));
    control.dispatchEvent(new Event('input', { bubbles: true }));
    // Shows (and a screen reader reads) what was added, where the visitor goes on typing.
    control.focus();
  }

  // Outcomes

  async #showSuccess(status?: number, body?: unknown): Promise<void> {
    this._status = 'success';
    // (The errors were cleared when the form was checked before sending.)
    this._alertMessage = undefined;
    this._model?.form.reset();
    this.#draft.remove();
    this.#content.quietly(() => {
      for (const node of this.querySelectorAll<HTMLElement>('[slot=success]')) node.hidden = false;
    });
    if (status !== undefined) emit<ClinicSubmitSuccessDetail>(this, 'clinic-submit-success', { status, body });
    await this.#focusOn('success');
  }

  /** The alert says `alertMessage` (the message itself unless told otherwise); `clinic-submit-error` carries the message. */
  #showFailure(message: string, status?: number, alertMessage = message): void {
    this._status = undefined;
    this._alertMessage = alertMessage;
    // The retry takes focus: the alert may be far above the submit button, out of view.
    if (alertMessage) void this.#focusOn('retry');
    emit<ClinicSubmitErrorDetail>(this, 'clinic-submit-error', { status, message });
  }

  // Render: the shadow root

  override render() {
    const t = this.#translate;
    const { _model: model, _errors: errors, _symptoms: symptoms } = this;
    const lang = this.#localize.fallback;
    // After success the thank-you takes the emptied form's place, and the offer goes with it.
    const sent = this._status === 'success';
    // The message: the form's first `<textarea>`.
    const textarea = model?.fields.find((field) => field.control.localName === 'textarea')?.control;
    const controlOf = (name: string) => model?.fields.find((field) => field.name === name)?.control;
    // The offer to add the checklist's ticks that the message does not hold yet (only the visitor's
    // click adds them; the ticks are the page's texts, not in `lang`), and the line saying what `*`
    // means, for a form that does not say so itself.
    const toAdd = textarea && !sent ? symptomsToAdd(symptoms, textarea.value, t) : [];
    const symptomsOffer = html`<div class="box symptoms" part="symptoms">
      <p lang=${lang}>${t('symptoms', { count: toAdd.length })}</p>
      <ul>
        ${toAdd.map((text) => html`<li>${text}</li>`)}
      </ul>
      <button class="button" part="add-symptoms" lang=${lang} @click=${() => this.#addSymptoms(textarea!)}>${t('addSymptoms')}</button>
    </div>`;
    return html`
      ${renderErrorSummary({ errors, controlOf, title: t('errorSummaryTitle'), headingLevel: this.#headingLevel, lang })}
      ${renderAlert({ message: this._alertMessage, phone: this.#settings?.phone, callText: t('call'), retryText: t('retry'), lang, handleRetry: this.#handleRetry })}
      <div class="box success" part="success" tabindex="-1" ?hidden=${!sent}>
        <slot name="success"><p lang=${lang}>${t('success')}</p></slot>
      </div>
      ${toAdd.length > 0 ? symptomsOffer : nothing}
      ${model && !model.hasLegend && !sent ? html`<p part="required-legend" lang=${lang}>${t('requiredLegend')}</p>` : nothing}
      <slot ?hidden=${sent}></slot>
      <p role="status" class="visually-hidden" lang=${lang}>${this._status === 'sending' ? t('sending') : ''}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact-form': ClinicContactForm;
  }
}
