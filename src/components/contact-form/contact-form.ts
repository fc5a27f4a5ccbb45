import { LitElement, html, nothing, render } from 'lit';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { safeHref } from '../../internal/text.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import type { ClinicSymptomsChangeDetail } from '../symptom-checklist/symptom-checklist.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { styles } from './contact-form.styles.js';
import { texts } from './contact-form.texts.js';
import { applyDraft, collectDraft, readDraft, removeDraft, writeDraft } from './draft.js';
import { enhanceForm, markField, SUBMIT } from './enhance.js';
import { readForm, valueOf, type Control, type Field, type FormModel } from './read-contact-form.js';
import { standardForm } from './standard-form.js';
import { buildRequest, fieldErrorsOf, resolveAction, send, valuesOf, type FormValues } from './submission.js';
import { validate } from './validators.js';

/** Detail of `clinic-submit`: the values about to be sent (the honeypot left out). */
export interface ClinicSubmitDetail {
  data: FormValues;
}
/** Detail of `clinic-submit-success`: the HTTP status (0 when nothing was sent: no `action`) and the parsed answer. */
export interface ClinicSubmitSuccessDetail {
  status: number;
  body: unknown;
}
/** Detail of `clinic-submit-error`: the HTTP status when the server answered, and the message shown. */
export interface ClinicSubmitErrorDetail {
  status?: number;
  message: string;
}

/** Method, enctype, timeout and min-fill-ms: as given, or their defaults. */
type Settings = [string, string, number, number];

/** One problem shown in the summary: a field's (or the server's) name and its message. */
type FieldError = [name: string, message?: string];

let count = 0;

/**
 * @summary A validated contact form: enhances the author's own `<form>` (or renders the standard clinic
 * form), checks it the GOV.UK way, sends it with `fetch`, keeps a draft and never loses what was typed.
 * @tagname clinic-contact-form
 *
 * Checks (on submit, then live on each field that was wrong): `required`, e-mail (`type="email"`),
 * phone (`type="tel"`, Dutch or international), Dutch postcode (`data-postcode`,
 * `autocomplete="postal-code"` or a field named `postcode`), `minlength`, `maxlength`, `pattern` and the
 * validity of form-associated controls (`<clinic-location-picker required>`). Errors: a focused summary
 * linking to each field, an inline message (`aria-describedby`), `aria-invalid="true"` and an error prefix
 * on the page title.
 *
 * Honeypot: mark a field (or an element around it) `data-honeypot`; it is hidden from people and
 * assistive technology and never sent. A filled honeypot, or sending sooner than `min-fill-ms` after
 * the first interaction, gets a quiet success and nothing is sent (no events).
 *
 * Draft: kept in `sessionStorage` while typing (never the honeypot, consent, passwords, card fields
 * (`autocomplete="cc-…"`), one-time codes, files or fields marked `data-no-draft`), restored after a
 * reload, removed after success.
 *
 * Texts (namespace `form`): replace per element with `data-i18n-<key>` or for the page with
 * `registerTranslation('nl', { 'form.errorSummaryTitle': '…' })`. Keys: the validators' `required`,
 * `requiredCheck`, `requiredChoice`, `email`, `phone`, `postcode`, `minLength`, `maxLength`, `pattern`
 * (placeholders `{label}`, `{field}`, `{min}`, `{max}`) and `requiredLegend`, `errorSummaryTitle`,
 * `titlePrefix`, `sending`, `success`, `failed`, `timeout`, `retry`, `submit`, `symptoms`, `addSymptoms`,
 * `nameLabel`, `emailLabel`, `phoneLabel`, `locationLabel`, `messageLabel`,
 * `consent`, `privacy`, `honeypot`.
 *
 * @slot - The author's `<form>`. Without one, the standard form (name, e-mail, phone, preferred
 * location from `<clinic-location>` children, message, consent) is rendered here.
 * @slot success - Shown and focused after a successful submission (a built-in thank-you otherwise).
 * Give it `hidden` to keep it out of sight before the script runs.
 *
 * @csspart required-legend - The built-in line saying what `*` means (when the form has none, as the standard form).
 * @csspart error-summary - The summary of problems at the top, with one link per field.
 * @csspart alert - The failure message (network error, timeout, server error) with its retry button.
 * @csspart retry - The retry button (focused when the alert shows).
 * @csspart success - Wrapper of the success content.
 * @csspart symptoms - The offer to add the checklist's ticked complaints and warning signs to the message.
 * @csspart add-symptoms - Its button.
 *
 * @cssprop [--clinic-contact-form-border-width=4px] - Border of the error summary, alert, success and symptoms boxes.
 * @cssprop [--clinic-contact-form-heading-size=1.25em] - Size of the error summary heading.
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
    privacyHref: { attribute: 'privacy-href' },
    errors: { attribute: false },
    status: { attribute: false },
    alertMsg: { attribute: false },
    symptoms: { attribute: false },
    model: { attribute: false },
  };

  /** Where to send: an http(s) URL, relative or absolute. Falls back to the form's own `action`; other schemes (`javascript:`) are refused. */
  declare action?: string;

  /** HTTP method: POST, PUT or PATCH (others, which send no body, get POST and a warning); falls back to the form's `method`, then POST. */
  declare method?: string;

  /** Body format: `application/json` (default), `application/x-www-form-urlencoded` or `multipart/form-data` (others get JSON and a warning). Falls back to the form's `enctype` attribute. */
  declare enctype?: string;

  /** Milliseconds to wait for the server before giving up (not a number above 0: the default and a warning). */
  timeout = 15000;

  /** Minimum milliseconds between the first interaction and sending; faster counts as a bot (a quiet success, nothing sent). `0` turns it off; not a number of 0 or more: the default and a warning. */
  minFillMs = 2500;

  /** Keep no draft in `sessionStorage`. */
  noDraft = false;

  /** Link to the privacy statement in the standard form's consent: an http(s) URL, relative or absolute, or mailto: (`javascript:`/`data:` get no link and a warning). */
  declare privacyHref?: string;

  // Internal reactive state (attribute: false above).
  private errors: FieldError[] = [];
  declare private status?: 'sending' | 'success';
  declare private alertMsg?: string;
  /** Ticked in the page's checklists: complaints, then warning signs. */
  private symptoms: string[] = [];
  declare private model?: FormModel;

  private readonly localize = new LocalizeController(this, 'form', texts);
  private readonly content = new LightDomController(this, () => this.read());
  private readonly uid = `clinic-form-${++count}`;
  private standard?: HTMLFormElement;
  /** Where the form goes, as of the last read. */
  private target?: ReturnType<typeof resolveAction>;
  private begun?: number;
  declare private restored?: boolean;

  constructor() {
    super();
    // Fields, and form-associated controls such as the location picker, say they changed with input or change.
    for (const type of ['submit', 'input', 'change', 'focusin']) this.addEventListener(type, this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('clinic-symptoms-change', this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('clinic-symptoms-change', this);
    this.setTitle();
  }

  /**
   * The element listens to itself (submit, edits, the first focus) and to the page's checklists.
   * @internal
   */
  handleEvent(event: Event): void {
    const { type } = event;
    if (type === 'submit') return void this.submitted(event);
    // Complaints and warning signs alike: the clinic should read both.
    if (type === 'clinic-symptoms-change') return void (this.symptoms = [...(event as CustomEvent<ClinicSymptomsChangeDetail>).detail.checked, ...(event as CustomEvent<ClinicSymptomsChangeDetail>).detail.redFlags]);
    this.begun ??= Date.now();
    this.edit(event.target); // (on focus too: the draft and a wrong field's message stay as they are)
  }

  /** The draft's storage key: per page and per form. (Short private names: they survive minification.) */
  private get key(): string {
    return `contact-form:${location.pathname}#${this.id || this.model?.form.id || [...document.querySelectorAll(this.localName)].indexOf(this)}`;
  }

  /**
   * Read: the form (the author's or the standard one), its fields, and the problems to report, in one
   * quiet run: its own writes (the standard form, the enhancements) are no author's edits. Returns the
   * settings to send with.
   */
  private read(): Settings {
    return this.content.quietly(() => {
      const authored = this.querySelector<HTMLFormElement>('form:not([data-standard])');
      if (authored) {
        this.standard?.remove();
        this.standard = undefined;
      } else if (!this.standard) {
        const locations = this.querySelectorAll(':scope > clinic-location');
        this.standard = this.appendChild(document.createElement('form'));
        this.standard.dataset.standard = '';
        this.paint();
        this.standard.querySelector('clinic-location-picker')?.append(...locations);
      }
      const form = authored ?? this.standard!;
      const model = readForm(form);
      model.problems.forEach((problem) => warn(this, problem));
      if (this.privacyHref && !safeHref(this.privacyHref)) warn(this, `privacy-href "${this.privacyHref}" is not a web link; no link is shown.`);
      const action = this.action ?? form.getAttribute('action');
      const { problem } = (this.target = resolveAction(action, document.baseURI));
      if (problem) warn(this, problem === 'missing' ? 'no action: nothing is sent.' : `action "${action}" is not http(s): nothing is sent.`);
      enhanceForm(model, this.uid);
      this.model = model;
      const draft = this.restored || this.noDraft ? undefined : readDraft(this.key);
      if (draft) {
        applyDraft(model.fields, draft);
        this.begun = 0; // a visitor's own draft: no bot
      }
      this.restored = true;
      // Method, enctype, timeout and min-fill-ms as given, or (with one warning each) their defaults.
      return (
        [
          ['method', this.method || form.getAttribute('method') || 'POST', /^(post|put|patch)$/i, 'POST'],
          ['enctype', this.enctype || form.getAttribute('enctype') || 'json', /json|urlencoded|multipart/i, 'JSON'],
          ['timeout', this.timeout, /^[1-9]/, 15000],
          ['min-fill-ms', this.minFillMs, /^\d/, 2500],
        ] as const
      ).map(([name, value, ok, fallback]) =>
        ok.test(value as string) ? value : (warn(this, `${name}="${this.getAttribute(name) || value}" is not supported; ${fallback} is used.`), fallback),
      ) as Settings;
    });
  }

  /** The standard form, rendered again as the language changes (its location picker only when the author gave `<clinic-location>`s). */
  private paint(): void {
    const t = this.localize.t.bind(this.localize);
    if (this.standard) this.content.quietly(() => render(standardForm(this.uid, t, this.privacyHref, !!this.querySelector('clinic-location')), this.standard!));
  }

  protected override updated(): void {
    this.paint();
    this.setTitle(this.errors[0]);
  }

  /** "Fout: " before the page title while errors stand. */
  private setTitle(on?: unknown): void {
    const prefix = this.localize.t('titlePrefix');
    const { title } = document;
    document.title = (on ? prefix : '') + (title.startsWith(prefix) ? title.slice(prefix.length) : title);
  }

  /** Decide: the message for one field, or nothing when it is fine. */
  private check(field: Field): string | undefined {
    const { rules, label, control } = field;
    // (A custom control without a label of ours, the location picker, says what is wrong itself.)
    const failed = label && validate(valueOf(field), rules);
    return failed ? this.localize.t(failed, { label, field: label[0].toLowerCase() + label.slice(1), min: rules.minLength!, max: rules.maxLength! }) : (control as Partial<HTMLInputElement>).validationMessage; // ('' when valid)
  }

  /** Shows these errors in the summary and at their fields (focusing the summary when asked). */
  private showAll(errors: FieldError[], focus?: boolean): void {
    this.errors = errors;
    this.content.quietly(() => this.model?.fields.forEach((field) => markField(field, errors.find(([name]) => name === field.name)?.[1])));
    if (focus) void this.focusOn('error-summary');
  }

  /** Moves focus to one of the widget's own boxes once it is rendered (`error-summary`, `success`). */
  private async focusOn(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part=${part}]`)?.focus();
  }

  private edit(target: EventTarget | null): void {
    const fields = this.model?.fields ?? [];
    const field = fields.find((one) => one.controls.includes(target as Control));
    if (!field) return;
    if (!this.noDraft) writeDraft(this.key, collectDraft(fields));
    // While errors stand, a wrong field is checked again as it changes (the others keep their messages).
    if (this.errors[0]) this.showAll(this.errors.map(([name, message]): FieldError => [name, name === field.name ? this.check(field) : message]).filter(([, message]) => message));
  }

  private async submitted(event: Event): Promise<void> {
    event.preventDefault();
    if (this.status === 'sending') return;
    // The fields, action and settings as they are now (attributes and properties may have changed since the last read).
    const [method, enctype, timeout, minFill] = this.read();
    const { form, fields, honeypot } = this.model!;
    const errors = fields.map((field): FieldError => [field.name, this.check(field)]).filter(([, message]) => message);
    this.showAll(errors, !!errors[0]);
    if (errors[0]) return;

    const data = new FormData(form);
    for (const trap of honeypot) data.delete(trap.name);
    if ((minFill > 0 && !(Date.now() - this.begun! >= minFill)) || honeypot.some((trap) => trap.value)) return this.succeed();

    if (emit<ClinicSubmitDetail>(this, 'clinic-submit', { data: valuesOf(data) }, { cancelable: true }).defaultPrevented) return;
    const { url, problem } = this.target!;
    if (problem === 'missing') return this.succeed(0, null);
    if (!url) return this.fail(this.localize.t('failed'));

    this.status = 'sending';
    const sending = this.localize.t('sending');
    const buttons = [...form.querySelectorAll<HTMLButtonElement>(SUBMIT)];
    const kept = buttons.map((button) => [...button.childNodes]);
    const busy = (on: boolean) =>
      this.content.quietly(() =>
        buttons.forEach((button, index) => {
          button.ariaBusy = button.ariaDisabled = on ? 'true' : null;
          button.replaceChildren(...(on ? [sending] : kept[index]));
        }),
      );
    busy(true);
    const answer = await send(url, buildRequest(method, enctype, data), timeout);
    busy(false);
    const { status, body, oddity, failure = 'failed' } = answer;
    if (oddity) warn(this, `server answered ${oddity}.`);
    if (answer.ok) return this.succeed(status, body);

    const fieldErrors = fieldErrorsOf(body); // (a 4xx answer's, typically)
    if (fieldErrors[0]) {
      this.showAll(fieldErrors, true);
      return this.fail(fieldErrors.map(([, message]) => message).join(' '), status, '');
    }
    this.fail(this.localize.t(failure), status);
  }

  private async succeed(status?: number, body?: unknown): Promise<void> {
    this.status = 'success';
    this.alertMsg = undefined; // (the errors were cleared when the form was checked before sending)
    this.model?.form.reset();
    removeDraft(this.key);
    this.begun = undefined;
    this.content.quietly(() => this.querySelectorAll<HTMLElement>('[slot=success]').forEach((node) => (node.hidden = false)));
    if (status !== undefined) emit<ClinicSubmitSuccessDetail>(this, 'clinic-submit-success', { status, body });
    await this.focusOn('success');
  }

  /** The alert says `alert` (the message itself unless told otherwise); `clinic-submit-error` carries the message. */
  private fail(message: string, status?: number, alert = message): void {
    this.status = undefined;
    this.alertMsg = alert;
    // The retry takes focus: the alert may be far above the submit button, out of view.
    if (alert) void this.focusOn('retry');
    emit<ClinicSubmitErrorDetail>(this, 'clinic-submit-error', { status, message });
  }

  /** Adds the ticked complaints and warning signs to the message field. */
  private addSymptoms(control: Control): void {
    const list = '- ' + this.symptoms.join('\n- ');
    control.value = control.value.trim() ? `${control.value.trimEnd()}\n\n${list}` : list;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.focus(); // shows (and a screen reader reads) what was added, where the visitor goes on typing
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const { model, errors, symptoms, alertMsg } = this;
    const lang = this.localize.fallback;
    // The message: the form's first `<textarea>`.
    const textarea = model?.fields.find((field) => field.control.localName === 'textarea')?.control;
    return html`
      ${errors[0]
        ? // Focus reads the summary: no role="alert" on top (heard twice, and again each time it
          // shrinks while the visitor corrects the fields).
          html`<div part="error-summary" tabindex="-1">
            <h2 lang=${lang}>${t('errorSummaryTitle')}</h2>
            <ul>
              ${errors.map(([name, message]) => {
                const control = model?.fields.find((field) => field.name === name)?.control;
                // A link moves focus to its field (the page's URL stays as it is).
                const go = (event: Event) => {
                  event.preventDefault();
                  control!.focus();
                };
                return html`<li>${control ? html`<a href="#${control.id}" @click=${go}>${message}</a>` : message}</li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div part="alert" role="alert" lang=${lang} ?hidden=${!alertMsg}>
        ${alertMsg ? html`<p>${alertMsg}</p><button class="button" part="retry" @click=${() => this.model!.form.requestSubmit()}>${t('retry')}</button>` : nothing}
      </div>
      <div part="success" tabindex="-1" ?hidden=${this.status !== 'success'}>
        <slot name="success"><p lang=${lang}>${t('success')}</p></slot>
      </div>
      ${symptoms[0] && textarea
        ? html`<div part="symptoms" lang=${lang}>
            <p>${t('symptoms', { count: symptoms.length })}</p>
            <button class="button" part="add-symptoms" @click=${() => this.addSymptoms(textarea)}>${t('addSymptoms')}</button>
          </div>`
        : nothing}
      ${model && !model.hasLegend ? html`<p part="required-legend" lang=${lang}>${t('requiredLegend')}</p>` : nothing}
      <slot></slot>
      <p role="status" class="visually-hidden" lang=${lang}>${this.status === 'sending' ? t('sending') : ''}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact-form': ClinicContactForm;
  }
  interface HTMLElementEventMap {
    'clinic-submit': CustomEvent<ClinicSubmitDetail>;
    'clinic-submit-success': CustomEvent<ClinicSubmitSuccessDetail>;
    'clinic-submit-error': CustomEvent<ClinicSubmitErrorDetail>;
  }
}
