import type { BuiltInTexts } from '../../internal/i18n.js';
import type { ValidatorName } from './validators.js';

/**
 * Built-in texts of `<clinic-contact-form>` (i18n namespace `form`). Replace one per element with
 * `data-i18n-<key>` (e.g. `data-i18n-error-summary-title="Controleer dit"`) or for the whole page with
 * `registerTranslation('nl', { 'form.errorSummaryTitle': '…' })`. The validators' messages are here
 * under their names (`required`, `email`, `phone`, `postcode`, `minLength`, …), with `{label}` (the
 * field's label), `{field}` (the same, lower-cased for use mid-sentence), `{min}` and `{max}`. For the
 * visitor's own name, e-mail address and message (see `asksFor` in read-contact-form.ts), `{field}`
 * is `yourName`, `yourEmail` or `yourMessage` instead ("Vul je naam in"), whatever their labels.
 */
export const texts: BuiltInTexts<TextKey> = {
  en: {
    required: 'Enter {field}',
    yourName: 'your name',
    yourEmail: 'your email address',
    yourMessage: 'your message',
    requiredCheck: 'Tick “{label}”',
    requiredChoice: 'Choose {field}',
    email: 'Enter an email address like name@example.com',
    phone: 'Enter a phone number like 0493 123 456 or +31 6 12345678',
    postcode: 'Enter a postcode like 5751 AB',
    minLength: '{label} must be {min} characters or more',
    maxLength: '{label} must be {max} characters or fewer',
    pattern: 'Enter {field} in the correct format',
    requiredLegend: '"*" indicates required fields',
    errorSummaryTitle: 'There is a problem',
    titlePrefix: 'Error: ',
    sending: 'Sending…',
    success: 'Thank you, your message was sent.',
    failed: 'Your message was not sent.',
    timeout: 'The server did not answer in time, so we do not know whether your message arrived. Try again: if it reaches us twice, that is no problem.',
    retry: 'Try again',
    call: 'You can also call us:',
    submit: 'Send',
    symptoms: 'Ticked in the checklist and not yet in your message:',
    symptomsHeading: 'Ticked in the checklist:',
    warningSign: 'Warning sign: {symptom}',
    addSymptoms: 'Add to my message',
    nameLabel: 'Name',
    emailLabel: 'Email',
    phoneLabel: 'Phone',
    locationLabel: 'Preferred location',
    messageLabel: 'Message',
    consent: 'I agree to the',
    privacy: 'privacy statement',
    honeypot: 'Leave empty',
  },
  nl: {
    required: 'Vul {field} in',
    yourName: 'je naam',
    yourEmail: 'je e-mailadres',
    yourMessage: 'je bericht',
    requiredCheck: 'Vink “{label}” aan',
    requiredChoice: 'Kies {field}',
    email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl',
    phone: 'Vul een telefoonnummer in zoals 0493 123 456 of +31 6 12345678',
    postcode: 'Vul een postcode in zoals 5751 AB',
    minLength: '{label} moet minstens {min} tekens lang zijn',
    maxLength: '{label} mag hoogstens {max} tekens lang zijn',
    pattern: 'Vul {field} in de juiste vorm in',
    requiredLegend: '"*" geeft vereiste velden aan',
    errorSummaryTitle: 'Er is een probleem',
    titlePrefix: 'Fout: ',
    sending: 'Versturen…',
    success: 'Bedankt, je bericht is verstuurd.',
    failed: 'Je bericht is niet verstuurd.',
    timeout: 'De server antwoordde niet op tijd, dus we weten niet of je bericht is aangekomen. Probeer het opnieuw: komt het twee keer aan, dan is dat geen probleem.',
    retry: 'Opnieuw proberen',
    call: 'Je kunt ons ook bellen:',
    submit: 'Verstuur',
    symptoms: 'Aangevinkt in de checklist en nog niet in je bericht:',
    symptomsHeading: 'Aangevinkt in de checklist:',
    warningSign: 'Waarschuwingssignaal: {symptom}',
    addSymptoms: 'Voeg toe aan mijn bericht',
    nameLabel: 'Naam',
    emailLabel: 'E-mail',
    phoneLabel: 'Telefoon',
    locationLabel: 'Voorkeurslocatie',
    messageLabel: 'Bericht',
    consent: 'Ik ga akkoord met de',
    privacy: 'privacyverklaring',
    honeypot: 'Laat leeg',
  },
};

export type TextKey =
  | ValidatorName
  | 'yourName'
  | 'yourEmail'
  | 'yourMessage'
  | 'requiredLegend'
  | 'errorSummaryTitle'
  | 'titlePrefix'
  | 'sending'
  | 'success'
  | 'failed'
  | 'timeout'
  | 'retry'
  | 'call'
  | 'submit'
  | 'symptoms'
  | 'symptomsHeading'
  | 'warningSign'
  | 'addSymptoms'
  | 'nameLabel'
  | 'emailLabel'
  | 'phoneLabel'
  | 'locationLabel'
  | 'messageLabel'
  | 'consent'
  | 'privacy'
  | 'honeypot';
