import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ClinicContactForm } from '../src/contact-form.js';
import { ClinicLocation } from '../src/components/location-picker/location.js';
import { ClinicLocationPicker } from '../src/location-picker.js';
import { defineElement } from '../src/internal/define.js';

// package.json "sideEffects" names only dist/ files, so a bundler building from src/ (Storybook) may
// drop a bare `import '../src/contact-form.js'`; registering here keeps these stories working.
defineElement('clinic-contact-form', ClinicContactForm);
defineElement('clinic-location-picker', ClinicLocationPicker);
defineElement('clinic-location', ClinicLocation);

/**
 * Storybook has no server, so the stories post to `/storybook-contact?answer=…`, which this file
 * answers in the browser: `ok` (200 JSON), `error` (500), `invalid` (422 with field errors) or
 * `hang` (never answers, to show the sending state). Every other request goes out as usual.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input instanceof Request ? input.url : input), location.href);
  if (url.pathname !== '/storybook-contact') return realFetch(input, init);
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  switch (url.searchParams.get('answer')) {
    case 'hang':
      return new Promise(() => {});
    case 'error':
      return Promise.resolve(new Response('Server error', { status: 500 }));
    case 'invalid':
      return Promise.resolve(json(422, { errors: { email: 'Dit e-mailadres kennen we niet; controleer het nog eens.' } }));
    default:
      return Promise.resolve(json(200, { ok: true }));
  }
};

interface Args {
  action: string;
  enctype: string;
  timeout: number;
  'min-fill-ms': number;
  'no-draft': boolean;
}

/** The seed page's own contact form, as a CMS editor writes it. */
const ownForm = html`
  <form action="/api/contact" method="post">
    <p>"*" geeft vereiste velden aan</p>
    <p><label for="sb-name">Naam *</label><br /><input id="sb-name" name="name" required autocomplete="name" /></p>
    <p><label for="sb-email">E-mail *</label><br /><input id="sb-email" name="email" type="email" required autocomplete="email" /></p>
    <p><label for="sb-phone">Telefoon</label><br /><input id="sb-phone" name="phone" type="tel" autocomplete="tel" /></p>
    <p><label for="sb-postcode">Postcode</label><br /><input id="sb-postcode" name="postcode" autocomplete="postal-code" data-postcode /></p>
    <p><label for="sb-message">Bericht *</label><br /><textarea id="sb-message" name="message" rows="5" required maxlength="2000"></textarea></p>
    <p>
      <label><input type="checkbox" name="consent" value="ja" required /> Ik ga akkoord met de <a href="#privacy">privacyverklaring</a> *</label>
    </p>
    <div data-honeypot>
      <label for="sb-website">Dit veld is bedoeld voor validatiedoeleinden en moet niet worden gewijzigd.</label>
      <input id="sb-website" name="website" />
    </div>
    <p><button type="submit">Verstuur</button></p>
  </form>
  <div slot="success" hidden><p><strong>Bedankt!</strong> We nemen zo snel mogelijk contact met je op.</p></div>
`;

const locations = html`
  <clinic-location value="deurne" label="Deurne" postcodes="5750-5759" serves="Liessel, Vlierden, Helenaveen">
    <address>Fysioclub Deurne</address>
  </clinic-location>
  <clinic-location value="mierlo" label="Mierlo" postcodes="5730-5731" serves="Luchen, Mierlo-Hout"><address>Fysioclub Mierlo</address></clinic-location>
  <clinic-location value="helmond" label="Helmond" postcodes="5700-5709" serves="Stiphout, Brandevoort"><address>Fysioclub Helmond</address></clinic-location>
`;

const formWith = (content: TemplateResult) => (args: Args) => html`
  <clinic-contact-form
    action=${args.action}
    enctype=${args.enctype}
    timeout=${args.timeout}
    min-fill-ms=${args['min-fill-ms']}
    ?no-draft=${args['no-draft']}
    privacy-href="#privacy"
    >${content}</clinic-contact-form
  >
`;

/** Fills in the form as a visitor would have, then presses send. */
async function fillAndSend(canvas: HTMLElement, values: Record<string, string> = {}) {
  const element = canvas.querySelector<ClinicContactForm>('clinic-contact-form')!;
  await element.updateComplete;
  const all = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', message: 'Ik heb sinds een paar weken last van mijn onderrug.', ...values };
  for (const [name, value] of Object.entries(all)) {
    const field = element.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (field) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  element.querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
  element.querySelector('form')!.requestSubmit();
}

/**
 * `<clinic-contact-form>` around the seed page's contact form ("Vragen? Neem contact met ons op").
 * Try sending it empty, with a wrong e-mail address or a phone number like `0493-123456`.
 */
const meta: Meta<Args> = {
  title: 'Contact form',
  component: 'clinic-contact-form',
  args: { action: '/storybook-contact?answer=ok', enctype: 'application/json', timeout: 15000, 'min-fill-ms': 0, 'no-draft': true },
  argTypes: {
    enctype: { control: 'select', options: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] },
  },
  render: formWith(ownForm),
};
export default meta;

type Story = StoryObj<Args>;

/** The author's own form, enhanced: its fields, labels and names are kept. */
export const OwnForm: Story = {};

/** No `<form>` inside: the standard clinic form, with the preferred location from `<clinic-location>` children. */
export const StandardForm: Story = { render: formWith(locations) };

/** Sent empty: the summary at the top is focused, each entry links to its field, each field says what is wrong. */
export const ErrorsShowing: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<ClinicContactForm>('clinic-contact-form')!;
    await element.updateComplete;
    element.querySelector<HTMLInputElement>('[name="phone"]')!.value = '12345';
    element.querySelector('form')!.requestSubmit();
  },
};

/** While the server has not answered: the button says it is sending and is busy. */
export const Sending: Story = {
  args: { action: '/storybook-contact?answer=hang', timeout: 600000 },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** A 2xx answer: the success content shows and gets focus; the form is cleared. */
export const Success: Story = {
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** A 500 answer: a plain message with a retry; everything typed stays. */
export const Failure: Story = {
  args: { action: '/storybook-contact?answer=error' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** A 422 answer with `{ "errors": { "email": "…" } }`: the server's message on its field and in the summary. */
export const ServerFieldErrors: Story = {
  args: { action: '/storybook-contact?answer=invalid' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The standard form on an English page: labels and messages in English. */
export const EnglishPage: Story = {
  parameters: { lang: 'en' },
  render: formWith(locations),
};
