import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { checklistExamples, complaints, ownFormContent, warningSigns } from '../examples/index.js';
import { endpoint } from './contact-endpoint.js';
import { renderWidget, type Args, type Upgraded } from './support.js';
import '../src/contact-form.js';
import '../src/symptom-checklist.js';

/**
 * The contact form's offer to add the checklist's ticks to the message. The form listens to every
 * checklist on the page, so this story has a docs page of its own: on the contact form's page, every
 * form there would show the offer.
 */
const meta: Meta<Args> = {
  title: 'Contact form with checklist',
  component: 'clinic-contact-form',
  args: { action: endpoint('ok'), 'min-fill-ms': 0, 'no-draft': true },
};
export default meta;

type Story = StoryObj<Args>;

/** A complaint and a warning sign ticked above the form: it offers to add them to the message. */
export const ChecklistOffer: Story = {
  render: (args: Args, context: StoryContext) =>
    renderWidget('clinic-contact-form', args, context, {
      content: ownFormContent({ action: '/storybook-contact', branch: false }),
      around: `<div style="max-width: 40rem"><clinic-symptom-checklist threshold="2">\n${checklistExamples.seed.content.replace(' id="klachten-titel"', '')}\n</clinic-symptom-checklist><h2>Vragen? Neem contact met ons op.</h2>{widget}</div>`,
      state: async (_form, story) => {
        const checklist = story.querySelector('clinic-symptom-checklist') as Upgraded & { value: string[] };
        // Ticking through `value` fires no event (only a visitor's tick does): tick like a visitor.
        const boxes = [...checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'), ...(checklist.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
        const wanted = new Set([complaints[1], warningSigns[0]]);
        for (const box of boxes) {
          const label = (box.closest('label, li')?.textContent ?? '').replace(/\s+/g, ' ').trim();
          if ([...wanted].some((text) => label.includes(text))) box.click();
        }
        await checklist.updateComplete;
      },
    }),
};
