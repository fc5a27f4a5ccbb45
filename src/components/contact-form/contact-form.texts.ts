import type { BuiltInTexts } from '../../internal/i18n.js';
import { validators, type ValidatorName } from './validators.js';

const messages = (lang: 'en' | 'nl') =>
  Object.fromEntries(validators.map((validator) => [validator.name, validator[lang]])) as Record<ValidatorName, string>;

/**
 * Built-in texts of `<clinic-contact-form>` (i18n namespace `form`). Replace one per element with
 * `data-i18n-<key>` (e.g. `data-i18n-error-summary-title="Controleer dit"`) or for the whole page with
 * `registerTranslation('nl', { 'form.errorSummaryTitle': '…' })`. The validators' messages are here
 * under their names (`required`, `email`, `phone`, `postcode`, `minLength`, …).
 */
export const texts: BuiltInTexts<TextKey> = {
  en: {
    ...messages('en'),
    requiredLegend: '“*” indicates required fields',
    errorSummaryTitle: 'There is a problem',
    titlePrefix: 'Error: ',
    sending: 'Sending…',
    success: 'Thank you! Your message has been sent. We will contact you as soon as possible.',
    failed: 'Your message has not been sent. Check your connection and try again; everything you filled in is still here.',
    timeout: 'The server did not answer in time. Your message may not have been sent; try again.',
    refused: 'This form cannot be sent from this page. Please call or email us.',
    retry: 'Try again',
    submit: 'Send',
    symptoms: { one: 'You ticked 1 complaint in the checklist.', other: 'You ticked {count} complaints in the checklist.' },
    addSymptoms: 'Add to my message',
    symptomsHeading: 'Ticked complaints:',
    nameLabel: 'Name',
    emailLabel: 'Email',
    phoneLabel: 'Phone',
    locationLabel: 'Preferred location',
    messageLabel: 'Message',
    consent: 'I agree to the',
    privacy: 'privacy statement',
    honeypot: 'This field is for validation purposes and should be left unchanged.',
  },
  nl: {
    ...messages('nl'),
    requiredLegend: '"*" geeft vereiste velden aan',
    errorSummaryTitle: 'Er is een probleem',
    titlePrefix: 'Fout: ',
    sending: 'Versturen…',
    success: 'Bedankt! Je bericht is verstuurd. We nemen zo snel mogelijk contact met je op.',
    failed: 'Je bericht is niet verstuurd. Controleer je verbinding en probeer het opnieuw; alles wat je invulde staat er nog.',
    timeout: 'De server antwoordde niet op tijd. Je bericht is misschien niet verstuurd; probeer het opnieuw.',
    refused: 'Dit formulier kan vanaf deze pagina niet worden verstuurd. Bel of mail ons.',
    retry: 'Opnieuw proberen',
    submit: 'Verstuur',
    symptoms: { one: 'Je hebt 1 klacht aangevinkt in de checklist.', other: 'Je hebt {count} klachten aangevinkt in de checklist.' },
    addSymptoms: 'Voeg toe aan mijn bericht',
    symptomsHeading: 'Aangevinkte klachten:',
    nameLabel: 'Naam',
    emailLabel: 'E-mail',
    phoneLabel: 'Telefoon',
    locationLabel: 'Voorkeurslocatie',
    messageLabel: 'Bericht',
    consent: 'Ik ga akkoord met de',
    privacy: 'privacyverklaring',
    honeypot: 'Dit veld is bedoeld voor validatiedoeleinden en moet niet worden gewijzigd.',
  },
};

export type TextKey =
  | ValidatorName
  | 'requiredLegend'
  | 'errorSummaryTitle'
  | 'titlePrefix'
  | 'sending'
  | 'success'
  | 'failed'
  | 'timeout'
  | 'refused'
  | 'retry'
  | 'submit'
  | 'symptoms'
  | 'addSymptoms'
  | 'symptomsHeading'
  | 'nameLabel'
  | 'emailLabel'
  | 'phoneLabel'
  | 'locationLabel'
  | 'messageLabel'
  | 'consent'
  | 'privacy'
  | 'honeypot';
