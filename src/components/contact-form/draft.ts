import { readStored, removeStored, writeStored } from '../../internal/storage.js';
import type { Field } from './read-contact-form.js';

/**
 * The draft: what the visitor typed, kept in `sessionStorage` (per tab, gone when it closes) so a
 * reload or a crash loses nothing. Never the honeypot (it is not a field), never consent, no files.
 */
export type Draft = Record<string, string | string[]>;

/** Consent is given anew each time: required checkboxes and fields named like consent are not kept. */
export const isKept = (field: Field) =>
  !(field.rules.kind === 'check' && field.rules.required) &&
  !/consent|privacy|akkoord|toestemming/i.test(field.name) &&
  !/^(password|file)$/.test(field.control.type ?? '') &&
  !field.control.hasAttribute('data-no-draft');

const isGroup = (field: Field) => /^(checkbox|radio)$/.test(field.control.type ?? '');

export function collectDraft(fields: Field[]): Draft {
  const draft: Draft = {};
  for (const field of fields.filter(isKept)) {
    draft[field.name] = isGroup(field) ? field.controls.filter((c) => c.checked).map((c) => c.value) : String(field.control.value ?? '');
  }
  return draft;
}

/** Puts kept values back into fields that are still empty (what the page pre-filled wins). */
export function applyDraft(fields: Field[], draft: Draft): void {
  for (const field of fields.filter(isKept)) {
    const kept = draft[field.name];
    if (kept === undefined) continue;
    if (isGroup(field)) {
      if (Array.isArray(kept) && !field.controls.some((c) => c.checked)) for (const c of field.controls) c.checked = kept.includes(c.value);
    } else if (typeof kept === 'string' && !field.control.value) field.control.value = kept;
  }
}

export const readDraft = (key: string) => readStored<Draft>('session', key);

export function writeDraft(key: string, draft: Draft): void {
  if (Object.values(draft).some((value) => value.length)) writeStored('session', key, draft);
  else removeStored('session', key);
}

export const removeDraft = (key: string) => removeStored('session', key);
