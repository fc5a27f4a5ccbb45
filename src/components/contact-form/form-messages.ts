import { html, nothing, type TemplateResult } from 'lit';

/**
 * The failure alert, the widget's one box besides the error summary with more to it than a text (a
 * number to call, a retry button). Rendering only: the element decides when it shows. (The success
 * message, the checklist offer and the line saying what `*` means are plain templates in the
 * element's render.)
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
