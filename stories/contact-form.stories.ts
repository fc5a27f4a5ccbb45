import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { contactFormExamples, ownFormContent } from '../examples/index.js';
import demoCss from '../demo/demo.css?raw';
import { endpoint, receivedUnder } from './contact-endpoint.js';
import { deepQuery, renderWidget, typeInto, until, type Args, type Upgraded, type WidgetOptions } from './support.js';
import '../src/contact-form.js';
import '../src/location-picker.js';

/** The seed page's own form (the branch picker inside it), posting nowhere but this story's stand-in. */
const ownForm = ownFormContent({ action: '/storybook-contact' });
const standardForm = contactFormExamples.standard.content;

/** The contact form with the story's args around `content` (the seed page's own form unless given). */
const contactForm = (options: Partial<WidgetOptions> = {}) => (args: Args, context: StoryContext) =>
  renderWidget('clinic-contact-form', args, context, {
    content: ownForm,
    attributes: { 'privacy-href': '#privacy' },
    around: '<div style="max-width: 40rem">{widget}</div>',
    ...options,
  });

/** The widget's own boxes (error summary, alert, success): in its shadow root. */
const shown = (widget: Upgraded, part: string) => deepQuery(widget, `[part~="${part}"]`).some((element) => element.getClientRects().length > 0);

/** Fills in the form as a visitor would have (and `values` besides), then presses send. */
const fillAndSend =
  (values: Record<string, string> = {}, { waitFor }: { waitFor?: string } = {}) =>
  async (widget: Upgraded) => {
    const all = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', message: 'Ik heb sinds een paar weken last van mijn onderrug.', ...values };
    for (const [name, text] of Object.entries(all)) {
      const field = widget.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (field) typeInto(field, text);
    }
    const consent = widget.querySelector<HTMLInputElement>('[name="consent"]')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change', { bubbles: true }));
    widget.querySelector('form')!.requestSubmit();
    await widget.updateComplete;
    if (waitFor) await until(() => shown(widget, waitFor), 8000);
  };

/** Sent with the given values missing or wrong: the error summary and the inline messages. */
const sendWithErrors = (values: Record<string, string>) => async (widget: Upgraded) => {
  for (const [name, text] of Object.entries(values)) typeInto(widget.querySelector<HTMLInputElement>(`[name="${name}"]`)!, text);
  widget.querySelector('form')!.requestSubmit();
  await widget.updateComplete;
  await until(() => shown(widget, 'error-summary'));
};

/**
 * `<clinic-contact-form>` around the seed page's contact form ("Vragen? Neem contact met ons op"),
 * with the branch picker inside it so the chosen branch is sent. Try sending it empty, with a wrong
 * e-mail address or a phone number like `0493-123456`. The stories post to a stand-in in the browser.
 */
const meta: Meta<Args> = {
  title: 'Contact form',
  component: 'clinic-contact-form',
  args: { action: endpoint('ok'), enctype: 'application/json', timeout: 15000, 'min-fill-ms': 0, 'no-draft': true },
  argTypes: {
    enctype: { control: 'select', options: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] },
  },
  render: contactForm(),
};
export default meta;

type Story = StoryObj<Args>;

/** The author's own form, enhanced: its fields, labels and names are kept. */
export const OwnForm: Story = {};

/** No `<form>` inside: the standard clinic form, with the preferred branch from `<clinic-location>` children. */
export const StandardForm: Story = { render: contactForm({ content: standardForm }) };

/** The own form sent with a phone number that is too short: the summary at the top, each field says what is wrong. */
export const ErrorsShowing: Story = { render: contactForm({ state: sendWithErrors({ phone: '12345' }) }) };

/** The standard form sent empty: the same summary and inline messages on the widget's own fields. */
export const StandardFormErrors: Story = { render: contactForm({ content: standardForm, state: sendWithErrors({ email: 'anna@' }) }) };

/** While the server has not answered: the button says it is sending and is busy. */
export const Sending: Story = {
  args: { action: endpoint('hang', 'sending'), timeout: 600000 },
  render: contactForm({ state: fillAndSend() }),
};

/** A 2xx answer: the success message replaces the emptied form and takes focus. */
export const Success: Story = { render: contactForm({ state: fillAndSend({}, { waitFor: 'success' }) }) };

/** A 500 answer: a plain message with a retry; everything typed stays. */
export const Failure: Story = {
  args: { action: endpoint('error') },
  render: contactForm({ state: fillAndSend({}, { waitFor: 'alert' }) }),
};

/** No answer within `timeout` (here 1 s): the timeout message with a retry. */
export const Timeout: Story = {
  args: { action: endpoint('hang', 'timeout'), timeout: 1000 },
  render: contactForm({ state: fillAndSend({}, { waitFor: 'alert' }) }),
};

/** The network is gone (offline, a blocked request): the message says so; everything typed stays. */
export const Offline: Story = {
  args: { action: endpoint('offline') },
  render: contactForm({ state: fillAndSend({}, { waitFor: 'alert' }) }),
};

/** A 422 answer with `{ "errors": { "email": "…" } }`: the server's message on its field and in the summary. */
export const ServerFieldErrors: Story = {
  args: { action: endpoint('invalid') },
  render: contactForm({ state: fillAndSend({}, { waitFor: 'error-summary' }) }),
};

/**
 * A restored draft: the visitor typed, the page reloaded (the element removed and made again), and
 * what was typed is back (never the consent box or the honeypot).
 */
export const RestoredDraft: Story = {
  args: { 'no-draft': false },
  render: contactForm({
    attributes: { id: 'draft-form', 'privacy-href': '#privacy' },
    state: async (widget, _story, again) => {
      for (const [name, text] of Object.entries({ name: 'Anna de Vries', email: 'anna@voorbeeld.nl', message: 'Ik wil graag een afspraak op dinsdag.' })) {
        typeInto(widget.querySelector<HTMLInputElement>(`[name="${name}"]`)!, text);
      }
      await widget.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await again().updateComplete;
    },
  }),
};

/**
 * The quiet success a bot gets: sent faster than a person can type (`min-fill-ms`, 2500 by default).
 * The bot sees the thank-you, and nothing is sent.
 */
export const QuietSuccessForABot: Story = {
  args: { action: endpoint('ok', 'bot'), 'min-fill-ms': 2500 },
  render: (args, context) => {
    const story = contactForm({
      state: async (widget, canvas) => {
        await fillAndSend({}, { waitFor: 'success' })(widget);
        canvas.querySelector('output')!.textContent = `Verzoeken die de server bereikten: ${receivedUnder('bot').length}`;
      },
      around: '<div style="max-width: 40rem">{widget}<p><output></output></p></div>',
    })(args, context);
    return story;
  },
};

/** The standard form on an English page: labels and messages in English. */
export const EnglishPage: Story = {
  parameters: { lang: 'en' },
  render: contactForm({ content: standardForm, state: sendWithErrors({ email: 'anna@' }) }),
};

/**
 * Styled by a site's own CSS: the demo site's stylesheet (demo/demo.css) around the seed page's own
 * form, with its errors showing. The widget keeps the site's fields, borders and button.
 */
export const StyledByTheSite: Story = {
  render: contactForm({
    around: `<style>.demo-site { ${demoCss.replaceAll(':root', '&').replace(/^body \{[^}]*\}$/m, '')} padding: 1rem; }</style><div class="clinic-own-look"><div class="demo-site"><main>{widget}</main></div></div>`,
    state: sendWithErrors({ phone: '12345' }),
  }),
};
