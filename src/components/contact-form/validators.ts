/**
 * Validators in the Lion manner: small named checks with one job each and their own message in
 * both built-in languages. They know nothing of the DOM: `validate(value, rules)` gets the value as
 * a string and the rules read from the field, and answers which check failed (or nothing).
 * *Whether* a value is valid lives here; *when* to show it is the element's business.
 */

/** What a field asks for, read from its attributes (see read-contact-form.ts). */
export interface Rules {
  required?: boolean;
  /** `check`: a checkbox; `choice`: radios, a select or the location picker. */
  kind?: 'text' | 'email' | 'tel' | 'postcode' | 'check' | 'choice';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** Phone numbers: Dutch in their usual spellings (`0493-123456`, `06 12 34 56 78`, `+31 (0)6…`) or international `+`/`00` numbers. */
export function isPhone(value: string): boolean {
  const digits = value.replace(/\(0\)/g, '').replace(/[\s\-.()/]/g, '');
  return /^0[1-9]\d{8}$/.test(digits) || /^0[89]0\d{5,8}$/.test(digits) || /^(\+|00)[1-9]\d{6,14}$/.test(digits);
}

/** An e-mail address as people type it: something@domain.tld, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.\d]{2,}$/.test(value.trim());
}

/** A Dutch postcode: `5751 AB`, `5751ab` (not starting with 0; SA, SD and SS are not used). */
export function isPostcode(value: string): boolean {
  return /^[1-9]\d{3} ?(?!sa|sd|ss)[a-z]{2}$/i.test(value.trim());
}

/** As the browser reads `pattern` (the `v` flag); a pattern that does not compile is ignored, as browsers do. */
function matches(value: string, pattern: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'v').test(value);
  } catch {
    return true;
  }
}

/** One named check with its message per language (`{label}`: the field's label; `{field}`: the same, lower-cased for use mid-sentence; `{min}`, `{max}`). */
export interface Validator {
  name: ValidatorName;
  /** True when the value fails this check. */
  fails(value: string, rules: Rules): boolean;
  en: string;
  nl: string;
}

export type ValidatorName = 'required' | 'requiredCheck' | 'requiredChoice' | 'email' | 'phone' | 'postcode' | 'minLength' | 'maxLength' | 'pattern';

const empty = (value: string) => value.trim() === '';
const length = (value: string) => [...value].length;

/** In the order they are tried; the first that fails gives the field's message. */
export const validators: Validator[] = [
  { name: 'required', fails: (v, r) => !!r.required && (r.kind ?? 'text') !== 'check' && r.kind !== 'choice' && empty(v), en: 'Enter {field}', nl: 'Vul {field} in' },
  { name: 'requiredCheck', fails: (v, r) => !!r.required && r.kind === 'check' && empty(v), en: 'Tick “{label}”', nl: 'Vink “{label}” aan' },
  { name: 'requiredChoice', fails: (v, r) => !!r.required && r.kind === 'choice' && empty(v), en: 'Choose {field}', nl: 'Kies {field}' },
  { name: 'email', fails: (v, r) => r.kind === 'email' && !empty(v) && !isEmail(v), en: 'Enter an email address like name@example.com', nl: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' },
  { name: 'phone', fails: (v, r) => r.kind === 'tel' && !empty(v) && !isPhone(v), en: 'Enter a phone number like 0493 123 456 or +31 6 12345678', nl: 'Vul een telefoonnummer in zoals 0493 123 456 of +31 6 12345678' },
  { name: 'postcode', fails: (v, r) => r.kind === 'postcode' && !empty(v) && !isPostcode(v), en: 'Enter a postcode like 5751 AB', nl: 'Vul een postcode in zoals 5751 AB' },
  { name: 'minLength', fails: (v, r) => !empty(v) && r.minLength !== undefined && length(v) < r.minLength, en: '{label} must be {min} characters or more', nl: '{label} moet minstens {min} tekens lang zijn' },
  { name: 'maxLength', fails: (v, r) => r.maxLength !== undefined && length(v) > r.maxLength, en: '{label} must be {max} characters or fewer', nl: '{label} mag hoogstens {max} tekens lang zijn' },
  { name: 'pattern', fails: (v, r) => !empty(v) && !!r.pattern && !matches(v, r.pattern), en: 'Enter {field} in the correct format', nl: 'Vul {field} in de juiste vorm in' },
];

/** The first check the value fails, or `undefined` when it passes them all. */
export function validate(value: string, rules: Rules): ValidatorName | undefined {
  return validators.find((validator) => validator.fails(value, rules))?.name;
}
