import { readStored, removeStored, writeStored } from '../../internal/storage.js';
import { checkedOf, type Field } from './read-contact-form.js';

/**
 * The draft: what the visitor typed, kept in `sessionStorage` (per tab, gone when it closes) so a
 * reload or a crash loses nothing. Never the honeypot (it is not a field), never consent, no files.
 */
export type Draft = Record<string, string | string[]>;

/**
 * Consent is given anew each time: required checkboxes and fields named like consent are not kept.
 * Nor are secrets: passwords (by type or autocomplete), payment card fields (`autocomplete="cc-…"`),
 * one-time codes, or fields marked `data-no-draft`.
 */
export const isKept = (field: Field) =>
  !(field.rules.kind === 'check' && field.rules.required) &&
  !/consent|privacy|akkoord|toestemming/i.test(field.name) &&
  field.control.type !== 'password' && // (file inputs are no fields)
  !/\bcc-|password|one-time-code/i.test(field.control.getAttribute('autocomplete')!) &&
  !field.control.hasAttribute('data-no-draft');

export const collectDraft = (fields: Field[]): Draft => Object.fromEntries(fields.filter(isKept).map((field) => [field.name, checkedOf(field) ?? String(field.control.value ?? '')]));

/** Puts kept values back into fields that are still empty (what the page pre-filled wins). */
export function applyDraft(fields: Field[], draft: Draft): void {
  for (const field of fields.filter(isKept)) {
    const kept = draft[field.name];
    const checked = checkedOf(field);
    if (checked) {
      // Only a group nobody ticked yet takes the kept ticks.
      if (Array.isArray(kept) && checked.length === 0) {
        for (const control of field.controls) control.checked = kept.includes(control.value);
      }
    } else if (typeof kept === 'string' && !field.control.value) {
      field.control.value = kept;
    }
  }
}

/**
 * One form's draft: where it is kept (per page and per form), putting it back once after a reload,
 * keeping it as the visitor types and removing it after success. Nothing at all with `no-draft`.
 */
export class DraftKeeper {
  readonly #host: HTMLElement & { noDraft: boolean };
  /** The id of the form the element holds now, if it has one. */
  readonly #formId: () => string | undefined;
  #lookedFor = false;

  constructor(host: HTMLElement & { noDraft: boolean }, formId: () => string | undefined) {
    this.#host = host;
    this.#formId = formId;
  }

  /** Per page and per form: the element's id, its form's, or its place among the page's contact forms. */
  get #storageKey(): string {
    const host = this.#host;
    const name = host.id || this.#formId() || [...document.querySelectorAll(host.localName)].indexOf(host);
    return `contact-form:${location.pathname}#${name}`;
  }

  /** Puts a kept draft back into these fields, on the first call only. True when it did. */
  restoreOnce(fields: Field[]): boolean {
    if (this.#lookedFor) return false;
    this.#lookedFor = true;
    const draft = this.#host.noDraft ? undefined : readStored<Draft>('session', this.#storageKey);
    if (!draft) return false;
    applyDraft(fields, draft);
    return true;
  }

  /** Kept as it is, empty or not: an empty draft restores nothing, and success removes it. */
  keep(fields: Field[]): void {
    if (!this.#host.noDraft) writeStored('session', this.#storageKey, collectDraft(fields));
  }

  remove(): void {
    removeStored('session', this.#storageKey);
  }
}
