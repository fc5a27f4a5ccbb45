import { LitElement, html, nothing, render } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { LightDomController } from '../../internal/light-dom-controller.js';
import { tokens } from '../../internal/tokens.styles.js';
import { warn } from '../../internal/warn.js';
import { styles } from './contact-form.styles.js';
import { texts, type TextKey } from './contact-form.texts.js';
import { applyDraft, collectDraft, readDraft, removeDraft, writeDraft } from './draft.js';
import { enhanceForm, markBusy } from './enhance.js';
import { errorSummary, markField, type FieldError } from './error-summary.js';
import { readForm, valueOf, type Control, type Field, type FormModel } from './read-contact-form.js';
import { standardForm } from './standard-form.js';
import { ENCTYPES, buildRequest, fieldErrorsOf, resolveAction, send, valuesOf, type Enctype, type FormValues } from './submission.js';
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

let count = 0;
const lowerFirst = (text: string) => (/^\p{Lu}(?!\p{Lu})/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

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
 * Draft: kept in `sessionStorage` while typing (never the honeypot, consent, files or fields marked
 * `data-no-draft`), restored after a reload, removed after success.
 *
 * Texts (namespace `form`): replace per element with `data-i18n-<key>` or for the page with
 * `registerTranslation('nl', { 'form.errorSummaryTitle': '…' })`. Keys: the validators' `required`,
 * `requiredCheck`, `requiredChoice`, `email`, `phone`, `postcode`, `minLength`, `maxLength`, `pattern`
 * (placeholders `{label}`, `{field}`, `{min}`, `{max}`) and `requiredLegend`, `errorSummaryTitle`,
 * `titlePrefix`, `sending`, `success`, `failed`, `timeout`, `retry`, `submit`, `symptoms`, `addSymptoms`,
 * `symptomsHeading`, `nameLabel`, `emailLabel`, `phoneLabel`, `locationLabel`, `messageLabel`,
 * `consent`, `privacy`, `honeypot`.
 *
 * @slot - The author's `<form>`. Without one, the standard form (name, e-mail, phone, preferred
 * location from `<clinic-location>` children, message, consent) is rendered here.
 * @slot success - Shown and focused after a successful submission (a built-in thank-you otherwise).
 * Give it `hidden` to keep it out of sight before the script runs.
 *
 * @csspart required-legend - The built-in "“*” indicates required fields" line (when the form has none).
 * @csspart error-summary - The summary of problems at the top, with one link per field.
 * @csspart alert - The failure message (network error, timeout, server error) with its retry button.
 * @csspart retry - The retry button.
 * @csspart success - Wrapper of the success content.
 * @csspart symptoms - The offer to add the checklist's ticked complaints to the message.
 * @csspart add-symptoms - Its button.
 * @csspart submit - The built-in send button, only when the author's form has none.
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

  /** Where to send: an http(s) URL, relative or absolute. Falls back to the form's own `action`; other schemes (`javascript:`) are refused. */
  @property() action?: string;

  /** HTTP method; falls back to the form's `method`, then POST. */
  @property() method?: string;

  /** Body format: `application/json` (default), `application/x-www-form-urlencoded` or `multipart/form-data`. Falls back to the form's `enctype` attribute. */
  @property() enctype?: string;

  /** Milliseconds to wait for the server before giving up. */
  @property({ type: Number }) timeout = 15000;

  /** Minimum milliseconds between the first interaction and sending; faster counts as a bot (a quiet success, nothing sent). */
  @property({ attribute: 'min-fill-ms', type: Number }) minFillMs = 2500;

  /** Keep no draft in `sessionStorage`. */
  @property({ attribute: 'no-draft', type: Boolean }) noDraft = false;

  /** Link to the privacy statement in the standard form's consent. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  @state() private errors: FieldError[] = [];
  @state() private status: 'idle' | 'sending' | 'success' | 'error' = 'idle';
  @state() private alertText = '';
  @state() private symptoms: string[] = [];
  @state() private model?: FormModel;

  private readonly localize = new LocalizeController(this, 'form', texts);
  private readonly content = new LightDomController(this, () => this.read());
  private readonly uid = `clinic-form-${++count}`;
  private standard?: HTMLFormElement;
  private withLocations = false;
  private startedAt?: number;
  private restored = false;
  private addedSymptoms = '';

  constructor() {
    super();
    this.addEventListener('submit', (event) => void this.onSubmit(event));
    // Fields, and form-associated controls such as the location picker, say they changed with input or change.
    for (const type of ['input', 'change']) this.addEventListener(type, (event) => this.onEdit(event));
    this.addEventListener('focusin', () => (this.startedAt ??= Date.now()));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('clinic-symptoms-change', this.onSymptoms);
    this.onSymptoms();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('clinic-symptoms-change', this.onSymptoms);
    this.setTitle(false);
  }

  /** The draft's storage key: per page and per form. */
  private get draftKey(): string {
    return `contact-form:${location.pathname}#${this.id || this.model?.form.id || [...document.querySelectorAll(this.localName)].indexOf(this)}`;
  }

  /** Read: the form (the author's or the standard one), its fields, and the problems to report. */
  private read(): void {
    const authored = [...this.querySelectorAll('form')].filter((form) => form !== this.standard);
    if (authored.length > 1) warn(this, 'only its first <form> is enhanced.');
    this.content.quietly(() => {
      if (authored.length && this.standard) {
        this.standard.remove();
        this.standard = undefined;
      }
      if (!authored.length && !this.standard) {
        this.standard = document.createElement('form');
        this.standard.setAttribute('data-standard', '');
        this.withLocations = !!this.querySelector(':scope > clinic-location');
        if (!this.privacyHref) warn(this, 'no privacy-href: the consent does not link to a privacy statement.');
        this.append(this.standard);
        this.renderStandard();
        this.standard.querySelector('clinic-location-picker')?.append(...this.querySelectorAll(':scope > clinic-location'));
      }
    });
    const form = authored[0] ?? this.standard!;
    const model = readForm(form);
    model.problems.forEach((problem) => warn(this, problem));
    const action = this.action ?? form.getAttribute('action');
    const { problem } = resolveAction(action, document.baseURI);
    if (problem) warn(this, problem === 'missing' ? 'no action: nothing is sent, clinic-submit carries the data.' : `action "${action}" is not http(s): nothing is sent.`);
    this.content.quietly(() => enhanceForm(model, this.uid));
    this.errors = this.errors.map((error) => ({ ...error, field: model.fields.find((field) => field.name === error.name) }));
    this.model = model;
    if (!this.restored && !this.noDraft) {
      const draft = readDraft(this.draftKey);
      if (draft) {
        applyDraft(model.fields, draft);
        this.startedAt = 0; // a visitor's own draft: no bot
      }
    }
    this.restored = true;
  }

  private renderStandard(): void {
    if (!this.standard) return;
    const t = (key: TextKey) => this.localize.t(key);
    this.content.quietly(() => render(standardForm({ id: this.uid, t, privacyHref: this.privacyHref, withLocation: this.withLocations }), this.standard!));
  }

  protected override updated(): void {
    this.renderStandard();
    this.setTitle(this.errors.length > 0);
  }

  /** "Fout: " before the page title while errors stand. */
  private setTitle(on: boolean): void {
    const prefix = this.localize.t('titlePrefix');
    const has = document.title.startsWith(prefix);
    if (on && !has) document.title = prefix + document.title;
    if (!on && has) document.title = document.title.slice(prefix.length);
  }

  /** Decide: the message for one field, or nothing when it is fine. */
  private messageFor(field: Field): string | undefined {
    const { rules, label, control } = field;
    const failed = validate(valueOf(field), rules);
    if (failed) return this.localize.t(failed, { label, field: lowerFirst(label), min: rules.minLength ?? '', max: rules.maxLength ?? '' });
    const own = control as Partial<HTMLInputElement>;
    return own.validity?.valid === false ? own.validationMessage : undefined;
  }

  private showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.content.quietly(() => this.model?.fields.forEach((field) => markField(field, errors.find((error) => error.field === field)?.message)));
  }

  /** Moves focus to one of the widget's own boxes once it is rendered (`.error-summary`, `.success`). */
  private async focusBox(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onEdit(event: Event): void {
    this.startedAt ??= Date.now();
    if (this.status === 'success') this.status = 'idle'; // a new message: the old thank-you goes
    const field = this.model?.fields.find((one) => one.controls.includes(event.target as Control));
    if (!field) return;
    if (!this.noDraft) writeDraft(this.draftKey, collectDraft(this.model!.fields));
    const index = this.errors.findIndex((error) => error.field === field);
    if (index < 0) return;
    const message = this.messageFor(field);
    const errors = [...this.errors];
    if (message) errors[index] = { ...errors[index], message };
    else errors.splice(index, 1);
    this.showErrors(errors);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.status === 'sending') return;
    this.read(); // the fields as they are now (a script may have changed them since the last read)
    const model = this.model!;
    const errors = model.fields.flatMap((field): FieldError[] => {
      const message = this.messageFor(field);
      return message ? [{ name: field.name, message, field }] : [];
    });
    this.showErrors(errors);
    if (errors.length) return void this.focusBox('.error-summary');

    const { form, honeypot } = model;
    const data = new FormData(form);
    for (const trap of honeypot) data.delete(trap.name);
    const tooFast = this.minFillMs > 0 && (this.startedAt === undefined || Date.now() - this.startedAt < this.minFillMs);
    if (tooFast || honeypot.some((trap) => trap.value)) return this.succeed();

    if (emit<ClinicSubmitDetail>(this, 'clinic-submit', { data: valuesOf(data) }, { cancelable: true }).defaultPrevented) return;
    const action = this.action ?? form.getAttribute('action');
    const { url, problem } = resolveAction(action, document.baseURI);
    if (problem === 'missing') return this.succeed(0, null);
    if (!url) return this.fail(this.localize.t('failed'));

    let enctype = (this.enctype ?? form.getAttribute('enctype') ?? ENCTYPES[0]).toLowerCase() as Enctype;
    if (!ENCTYPES.includes(enctype)) {
      warn(this, `enctype "${enctype}" is unknown: JSON is sent.`);
      enctype = ENCTYPES[0];
    }
    const timeout = this.timeout > 0 ? this.timeout : 15000;
    if (timeout !== this.timeout) warn(this, `timeout "${this.timeout}" is not a number of ms: 15000 is used.`);
    const init = buildRequest(this.method || form.getAttribute('method') || 'post', enctype, data);

    this.status = 'sending';
    const restore = this.content.quietly(() => markBusy(form, this.localize.t('sending')));
    const answer = await send(url, init, timeout);
    this.content.quietly(restore);
    if (answer.oddity) warn(this, `the server answered ${answer.oddity === 'html' ? 'HTML' : 'invalid JSON'}; its text is passed on.`);
    if (answer.ok) return this.succeed(answer.status!, answer.body);

    const fieldErrors = answer.status! >= 400 && answer.status! < 500 ? fieldErrorsOf(answer.body) : undefined;
    if (fieldErrors) {
      this.status = 'error';
      this.alertText = '';
      this.showErrors(Object.entries(fieldErrors).map(([name, message]) => ({ name, message, field: model.fields.find((field) => field.name === name) })));
      void this.focusBox('.error-summary');
      emit<ClinicSubmitErrorDetail>(this, 'clinic-submit-error', { status: answer.status, message: Object.values(fieldErrors).join(' ') });
      return;
    }
    this.fail(this.localize.t(answer.failure === 'timeout' ? 'timeout' : 'failed'), answer.status);
  }

  private async succeed(status?: number, body?: unknown): Promise<void> {
    this.status = 'success';
    this.alertText = '';
    this.showErrors([]);
    this.model?.form.reset();
    removeDraft(this.draftKey);
    this.startedAt = undefined;
    this.addedSymptoms = '';
    this.content.quietly(() => this.querySelectorAll('[slot="success"][hidden]').forEach((node) => node.removeAttribute('hidden')));
    if (status !== undefined) emit<ClinicSubmitSuccessDetail>(this, 'clinic-submit-success', { status, body });
    await this.focusBox('.success');
  }

  private fail(message: string, status?: number): void {
    this.status = 'error';
    this.alertText = message;
    emit<ClinicSubmitErrorDetail>(this, 'clinic-submit-error', { status, message });
  }

  private retry = () => {
    const form = this.model?.form;
    form?.querySelector<HTMLElement>('button:not([type]), button[type="submit"]')?.focus();
    form?.requestSubmit();
  };

  private onSymptoms = (event?: Event) => {
    const lists = [...document.querySelectorAll('clinic-symptom-checklist')] as (Element & { value?: unknown })[];
    const ticked = lists.flatMap((list) => (Array.isArray(list.value) ? (list.value as string[]) : []));
    this.symptoms = ticked.length ? ticked : ((event as CustomEvent | undefined)?.detail?.checked ?? []);
  };

  private get messageField(): Field | undefined {
    const fields = this.model?.fields ?? [];
    return fields.find((field) => field.name === 'message') ?? fields.find((field) => field.control.localName === 'textarea');
  }

  private addSymptoms = () => {
    const control = this.messageField?.control;
    if (!control) return;
    const list = `${this.localize.t('symptomsHeading')}\n${this.symptoms.map((symptom) => `- ${symptom}`).join('\n')}`;
    control.value = control.value.trim() ? `${control.value.trimEnd()}\n\n${list}` : list;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    this.addedSymptoms = this.symptoms.join('\n');
    control.focus();
    this.requestUpdate();
  };

  override render() {
    const t = this.localize.t.bind(this.localize);
    const model = this.model;
    return html`
      ${model && !model.hasLegend ? html`<p part="required-legend">${t('requiredLegend')}</p>` : nothing}
      ${errorSummary(t('errorSummaryTitle'), this.errors, (error) => error.field?.control.focus())}
      <div part="alert" class="alert" role="alert" ?hidden=${!this.alertText}>
        ${this.alertText ? html`<p>${this.alertText}</p><button class="button" part="retry" @click=${this.retry}>${t('retry')}</button>` : nothing}
      </div>
      <div part="success" class="success" tabindex="-1" ?hidden=${this.status !== 'success'}>
        <slot name="success"><p>${t('success')}</p></slot>
      </div>
      ${this.symptoms.length && this.symptoms.join('\n') !== this.addedSymptoms && this.messageField
        ? html`<div part="symptoms" class="symptoms">
            <p>${t('symptoms', { count: this.symptoms.length })}</p>
            <button type="button" class="button" part="add-symptoms" @click=${this.addSymptoms}>${t('addSymptoms')}</button>
          </div>`
        : nothing}
      <slot></slot>
      ${model && !model.hasSubmit
        ? html`<button class="button button--primary" part="submit" @click=${() => model.form.requestSubmit()}>${t('submit')}</button>`
        : nothing}
      <p role="status" class="visually-hidden">${this.status === 'sending' ? t('sending') : ''}</p>
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
