import type { PropertyValues } from 'lit';
import { describeValue } from '../../internal/describe-value.js';
import { warn } from '../../internal/warn.js';

/**
 * Properties as a framework or a page script may set them: React, Vue or a CMS template can pass a
 * number, a boolean, `null` or an object where the picker expects a text, or a text where it expects
 * true or false. Nothing may throw for that. A wrong type is read the way a native form field reads
 * it where that is sensible (a number as its digits, `null` as empty, anything as true or false),
 * and otherwise as empty; `problem` then says what was given, for one warning.
 */

/** A text property, read: the text to use, and what was wrong when it was not a text. */
export interface ReadText {
  text: string;
  /** What was given instead of a text ("an object", "true"), when it cannot be read as one. */
  wrongType?: string;
}

/** A text property: a text as it is, a number as its digits, `null` or `undefined` as empty; anything else is empty and wrong. */
export function readText(value: unknown): ReadText {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'bigint') return { text: String(value) };
  if (value === null || value === undefined) return { text: '' };
  return { text: '', wrongType: describeValue(value) };
}

/** A true-or-false property: read as a native field reads it (`Boolean(value)`); `wrongType` unless it was true or false. */
export function readBoolean(value: unknown): { value: boolean; wrongType?: string } {
  if (typeof value === 'boolean') return { value };
  if (value === null || value === undefined) return { value: false };
  return { value: Boolean(value), wrongType: describeValue(value) };
}

/**
 * Reads the changed properties of a widget again as their types say, with one warning for each that
 * had the wrong type: nothing throws, and no `aria-required="no"` reaches the page. Call it from
 * `willUpdate` (what it sets there is part of the same update, reflected attributes too).
 */
export function readPropertyTypes<Host extends HTMLElement, Text extends keyof Host & string, Flag extends keyof Host & string>(
  host: Host,
  changed: PropertyValues,
  properties: { texts: readonly Text[]; booleans: readonly Flag[] },
): void {
  for (const property of properties.texts) {
    if (!changed.has(property)) continue;
    const { text, wrongType } = readText(host[property]);
    if (wrongType) warn(host, `${property} was set to ${wrongType}, not a text; it is left empty. Set it to a text.`);
    (host as Record<Text, unknown>)[property] = text;
  }
  for (const property of properties.booleans) {
    if (!changed.has(property)) continue;
    const { value, wrongType } = readBoolean(host[property]);
    if (wrongType) warn(host, `${property} was set to ${wrongType}, not true or false; it is read as ${value}, as a native form field would read it. Set it to true or false.`);
    (host as Record<Flag, unknown>)[property] = value;
  }
}
