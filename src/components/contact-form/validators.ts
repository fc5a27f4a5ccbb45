/**
 * The checks, one decision each. They know nothing of the DOM: `validate(value, rules)` gets the
 * value as a string and the rules read from the field, and answers which check failed (or nothing);
 * the message for each name is in contact-form.texts.ts. *Whether* a value is valid lives here;
 * *when* to show it is the element's business.
 */

/** What a field asks for, read from its attributes (see read-contact-form.ts). */
export interface Rules {
  required?: boolean;
  /** `check`: a checkbox; `choice`: radios, a select or the location picker. */
  kind?: 'text' | 'email' | 'phone' | 'postcode' | 'check' | 'choice';
  /** Like the `minLength`/`maxLength` properties: a negative number means none. */
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** Phone numbers: Dutch in their usual spellings (`0493-123456`, `06 12 34 56 78`, `+31 (0)6…`) or international `+`/`00` numbers. */
export const isPhone = (value: string) => /^(0[1-9]\d{8}|0[89]0\d{5,8}|(\+|00)[1-9]\d{6,14})$/.test(value.replace(/\(0\)|[\s\-.()/]/g, ''));

/** An e-mail address as people type it: something@domain.tld, no spaces. */
export const isEmail = (value: string) => /^[^\s@]+@([^\s@.]+\.)+[^\s@.\d]{2,}$/.test(value.trim());

/** A Dutch postcode: `5751 AB`, `5751ab` (not starting with 0; SA, SD and SS are not used). */
export const isPostcode = (value: string) => /^[1-9]\d{3} ?(?!sa|sd|ss)[a-z]{2}$/i.test(value.trim());

export type ValidatorName = 'required' | 'requiredCheck' | 'requiredChoice' | 'email' | 'phone' | 'postcode' | 'minLength' | 'maxLength' | 'pattern';

/**
 * The first check the value fails, or `undefined` when it passes them all. In order: required
 * (`requiredCheck` for a checkbox, `requiredChoice` for a choice), the format of e-mail, phone and
 * postcode fields, `minLength`, `maxLength` (characters as people count them: an emoji is one) and
 * `pattern` (read as browsers do, with the `v` flag; a pattern that does not compile is ignored).
 * A blank value only fails `required` (and `maxLength`, when it is long blanks).
 */
export function validate(value: string, { required, kind, minLength = 0, maxLength = -1, pattern }: Rules): ValidatorName | undefined {
  const blank = !value.trim();
  const length = [...value].length;
  if (blank && required) return kind === 'check' ? 'requiredCheck' : kind === 'choice' ? 'requiredChoice' : 'required';
  if (!blank) {
    const format = { email: isEmail, phone: isPhone, postcode: isPostcode }[kind as 'email'];
    if (format && !format(value)) return kind as ValidatorName;
    if (length < minLength) return 'minLength';
  }
  if (maxLength >= 0 && length > maxLength) return 'maxLength';
  if (!blank && pattern) {
    try {
      if (!new RegExp(`^(?:${pattern})$`, 'v').test(value)) return 'pattern';
    } catch {
      /* a broken pattern is ignored, as browsers do */
    }
  }
  return undefined;
}
