import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Form association for any widget that takes part in a `<form>` like a native field, as one reactive
 * controller (the model is Web Awesome's form-associated element, as a controller rather than a base
 * class): the value the form submits, `required` and its message, reset, restore (back/forward cache,
 * autofill), `disabled` from the widget or from a disabled `<fieldset>`, and the Constraint
 * Validation API the platform gives native fields.
 *
 * The widget keeps `static formAssociated = true` (the browser reads it from the class), gives the
 * controller its value and message, reads what a native field tells (`form`, `validity`,
 * `validationMessage`, `willValidate`) from the controller's `internals`, and hands the platform's
 * calls on to it:
 *
 * ```ts
 * static formAssociated = true;
 * readonly #formAssociation = new FormAssociationController(this, { submittedValue: () => …, … });
 * get form() { return this.#formAssociation.internals.form; }
 * formResetCallback() { this.#formAssociation.formResetCallback(); }
 * ```
 *
 * When the form is submitted without a required value, the browser fires `invalid` at the widget.
 * The controller cancels it, so no browser bubble covers the widget's content; instead the widget
 * shows its own message (`showError`, from then until the value is there or the form resets) and,
 * when it is the form's first invalid field, takes focus (its `focus()`), as the browser would.
 * `invalid` also comes from a page script's `form.checkValidity()`, and the controller cannot tell
 * that from a submission: the message shows and focus moves then too. A script that only wants to
 * know can ask `form.matches(':valid')`, which fires nothing. The widget's own `checkValidity()`
 * shows nothing. An `invalid` event a script dispatches itself (`new Event('invalid')`, as a story
 * showing the message does) shows the message without moving focus.
 */

/** What a form-associated widget must have: the properties a native field has. */
export interface FormAssociatedHost extends ReactiveControllerHost, HTMLElement {
  /** A value is needed before the form can be submitted. */
  required: boolean;
  /** The widget's own `disabled` (a disabled `<fieldset>` around it counts too, see `isDisabled`). */
  disabled: boolean;
}

/** What the widget tells its controller: its value, when it is missing, and how to put one back. */
export interface FormAssociationOptions {
  /** The value the form submits under the widget's `name`, or `null` to submit nothing (nothing chosen). */
  submittedValue(): string | null;
  /** What the browser keeps to restore the widget later (back/forward cache, autofill); given back to `restore`. */
  state(): string;
  /** Whether the value a `required` widget needs is missing. */
  valueMissing(): boolean;
  /** The message for a missing value, in the page's language ("Kies een vestiging."). */
  valueMissingMessage(): string;
  /** Puts back the value the widget started with: its form was reset. */
  reset(): void;
  /** Puts back a state the browser kept (from `state`). */
  restore(state: string): void;
}

export class FormAssociationController implements ReactiveController {
  /** The widget's `ElementInternals`: its link to the form. */
  readonly internals: ElementInternals;
  readonly #host: FormAssociatedHost;
  readonly #options: FormAssociationOptions;
  /** Disabled by a disabled `<fieldset>` (or form) around the widget. */
  #formDisabled = false;
  /** The browser reported the missing value (a submission): the widget shows its message. */
  #showError = false;
  /** Inside the widget's own `checkValidity()`: its `invalid` changes nothing on screen. */
  #checkingQuietly = false;

  constructor(host: FormAssociatedHost, options: FormAssociationOptions) {
    this.#host = host;
    this.#options = options;
    this.internals = host.attachInternals();
    host.addController(this);
    host.addEventListener('invalid', this.#handleInvalid);
  }

  /** Whether the value is valid, without showing anything. */
  checkValidity(): boolean {
    this.#checkingQuietly = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#checkingQuietly = false;
    }
  }

  /** Whether the value is valid; when it is not, the widget shows its message and takes focus. */
  reportValidity(): boolean {
    const valid = this.internals.reportValidity();
    if (!valid) this.#host.focus();
    return valid;
  }

  /** Nothing can be chosen or typed: the widget's own `disabled`, or a disabled `<fieldset>` around it. */
  get isDisabled(): boolean {
    return this.#host.disabled || this.#formDisabled;
  }

  /** Whether the widget shows its "missing value" message now. */
  get showError(): boolean {
    return this.#showError && !this.internals.validity.valid;
  }

  /** The visitor gave a value: the message goes (it comes back only with the next submission). */
  hideError(): void {
    this.#showError = false;
    this.#host.requestUpdate();
  }

  /** Tells the form the value to submit and whether it is valid. Call it whenever the value changes. */
  sync(): void {
    const options = this.#options;
    this.internals.setFormValue(this.isDisabled ? null : options.submittedValue(), options.state());
    if (this.#host.required && options.valueMissing()) this.internals.setValidity({ valueMissing: true }, options.valueMissingMessage());
    else this.internals.setValidity({});
  }

  hostUpdate(): void {
    this.sync();
  }

  /** The platform's call when the form resets. */
  formResetCallback(): void {
    this.#options.reset();
    this.#showError = false;
    this.sync();
    this.#host.requestUpdate();
  }

  /** The platform's call when it restores a kept state (back/forward cache, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.#options.restore(state);
  }

  /** The platform's call when a `<fieldset>` (or form) around the widget is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.#host.requestUpdate();
  }

  /** The widget's own message instead of the browser's bubble; focus as the browser would move it. */
  #handleInvalid = (event: Event): void => {
    event.preventDefault();
    if (this.#checkingQuietly) return;
    this.#showError = true;
    this.#host.requestUpdate();
    // The browser's own report (a submission, reportValidity, checkValidity) moves focus; an `invalid`
    // a script makes up (a story showing the message) does not.
    if (event.isTrusted && this.#isFirstInvalidField()) this.#host.focus();
  };

  /** Whether no field before the widget in its form is invalid too (the browser focuses the first). */
  #isFirstInvalidField(): boolean {
    const fields = [...(this.internals.form?.elements ?? [])] as Array<Element & Partial<Pick<HTMLInputElement, 'willValidate' | 'validity'>>>;
    const firstInvalid = fields.find((field) => field.willValidate && field.validity && !field.validity.valid);
    return !firstInvalid || firstInvalid === this.#host;
  }
}
