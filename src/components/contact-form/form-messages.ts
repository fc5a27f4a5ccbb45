import { html, nothing, type TemplateResult } from 'lit';

/**
 * The widget's own boxes around the author's form, besides the error summary: the failure alert
 * with its retry button, the success message, the offer to add the checklist's ticks to the message
 * and the line saying what `*` means. Rendering only: the element decides which show.
 */

/** `lang` of built-in texts: `en` when the page's language has no texts of ours, else Lit's `nothing`. */
type Lang = string | typeof nothing;

/** A phone number to call, as shown and as a `tel:` link. */
export interface PhoneNumber {
  text: string;
  href: string;
}

export interface AlertView {
  /** The failure message; none: the alert is empty and hidden (kept in the page, so it is announced when it fills). */
  message?: string;
  /** The clinic's number, offered with `callText` ("Je kunt ons ook bellen:") when given. */
  phone?: PhoneNumber;
  callText: string;
  retryText: string;
  lang: Lang;
  handleRetry: () => void;
}

/** The failure message (network error, timeout, server error), a number to call when given, and a retry button: a live alert. */
export function renderAlert({ message, phone, callText, retryText, lang, handleRetry }: AlertView): TemplateResult {
  const call = phone ? html`<p class="alert-call" part="call"><span lang=${lang}>${callText}</span> <a href=${phone.href}>${phone.text}</a></p>` : nothing;
  return html`<div class="box alert" part="alert" role="alert" lang=${lang} ?hidden=${!message}>
    ${message ? html`<p>${message}</p>${call}<button class="button" part="retry" @click=${handleRetry}>${retryText}</button>` : nothing}
  </div>`;
}

/** The thank-you after a successful send: the author's `success` slot, or the built-in text. Focused when it shows. */
export function renderSuccess({ shown, text, lang }: { shown: boolean; text: string; lang: Lang }): TemplateResult {
  return html`<div class="box success" part="success" tabindex="-1" ?hidden=${!shown}>
    <slot name="success"><p lang=${lang}>${text}</p></slot>
  </div>`;
}

export interface SymptomsOfferView {
  /** Says how many complaints and warning signs are ticked in the page's checklists. */
  text: string;
  buttonText: string;
  lang: Lang;
  handleAdd: () => void;
}

/** The offer to add the checklist's ticks to the message; only the visitor's click adds them. */
export function renderSymptomsOffer({ text, buttonText, lang, handleAdd }: SymptomsOfferView): TemplateResult {
  return html`<div class="box symptoms" part="symptoms" lang=${lang}>
    <p>${text}</p>
    <button class="button" part="add-symptoms" @click=${handleAdd}>${buttonText}</button>
  </div>`;
}

/** The line saying what `*` means, for a form that does not say so itself. */
export function renderRequiredLegend({ text, lang }: { text: string; lang: Lang }): TemplateResult {
  return html`<p part="required-legend" lang=${lang}>${text}</p>`;
}
