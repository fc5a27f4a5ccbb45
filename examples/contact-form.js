// The seed clinic's contact form ("Vragen? Neem contact met ons op."), once, for the stories, the
// demo page, the tests and the docs' snippets. The seed page's form, with the branch picker inside
// it so the chosen branch is sent with the message.
import { branches, locationsContent } from './location-picker.js';

/** The fields an editor writes in the form before the branch (ids start with `idPrefix`). */
const fieldsBefore = (idPrefix) => [
  '<p class="required-legend">"*" geeft vereiste velden aan</p>',
  `<p><label for="${idPrefix}name">Naam *</label><br><input id="${idPrefix}name" name="name" required autocomplete="name"></p>`,
  `<p><label for="${idPrefix}email">E-mail *</label><br><input id="${idPrefix}email" name="email" type="email" required autocomplete="email"></p>`,
  `<p><label for="${idPrefix}phone">Telefoon</label><br><input id="${idPrefix}phone" name="phone" type="tel" autocomplete="tel" inputmode="tel"></p>`,
  `<p><label for="${idPrefix}postcode">Postcode</label><br><input id="${idPrefix}postcode" name="postcode" autocomplete="postal-code" data-postcode></p>`,
];

const fieldsAfter = (idPrefix) => [
  `<p><label for="${idPrefix}message">Bericht *</label><br><textarea id="${idPrefix}message" name="message" rows="5" required maxlength="2000"></textarea></p>`,
  '<p><label><input type="checkbox" name="consent" required> Ik ga akkoord met de <a href="#privacy">privacyverklaring</a> *</label></p>',
  `<div class="honeypot" data-honeypot><label for="${idPrefix}website">Dit veld is bedoeld voor validatiedoeleinden en moet niet worden gewijzigd.</label><input id="${idPrefix}website" name="website" tabindex="-1" autocomplete="off"></div>`,
  '<p><button type="submit">Verstuur</button></p>',
];

const indent = (text, spaces) => text.split('\n').map((line) => ' '.repeat(spaces) + line).join('\n');

/** The seed page's success message (slot="success"). */
export const successContent = '<div slot="success" hidden><p><strong>Bedankt!</strong> We nemen zo snel mogelijk contact met je op.</p></div>';

/**
 * The seed page's own `<form>`, as a CMS editor writes it, and its success message. With `branch`
 * (the default), the branch picker sits between the postcode and the message, so the chosen branch
 * (`vestiging`) is sent with the rest.
 */
export function ownFormContent({ action = '/api/contact', idPrefix = 'cf-', branch = true } = {}) {
  const picker = branch
    ? [`<div class="field-branch">\n  <clinic-location-picker name="vestiging" label="Vestiging van je voorkeur" geolocation>\n${indent(locationsContent(branches), 4)}\n  </clinic-location-picker>\n</div>`]
    : [];
  return [`<form action="${action}" method="post">`, indent([...fieldsBefore(idPrefix), ...picker, ...fieldsAfter(idPrefix)].join('\n'), 2), '</form>', successContent].join('\n');
}

/** The preferred branches the standard form offers (its `<clinic-location>` children). */
export const standardFormContent = locationsContent(branches.slice(0, 3));

/** @type {Record<string, import('./example.js').Example>} */
export const contactFormExamples = {
  seed: {
    title: 'The seed page’s own form',
    description: 'The clinic’s own `<form>` enhanced: its fields, labels and names are kept; the branch picker inside it sends the chosen branch.',
    // The number the failure message offers to call: the clinic's first branch's (Deurne).
    attributes: { action: '/api/contact', phone: branches[0].phone },
    content: ownFormContent(),
    lang: 'nl',
  },
  standard: {
    title: 'The standard form',
    description: 'No `<form>` inside: the widget renders the standard clinic form, with the preferred branch from the `<clinic-location>` children.',
    attributes: { action: '/api/contact' },
    content: standardFormContent,
    lang: 'nl',
  },
  english: {
    title: 'An English page',
    description: 'The standard form’s labels and messages follow the page’s `lang`.',
    attributes: { action: '/api/contact' },
    content: standardFormContent,
    lang: 'en',
  },
};
