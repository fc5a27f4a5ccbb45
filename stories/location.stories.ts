import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { branches, locationHtml } from '../examples/index.js';
import { renderWidget, type Args } from './support.js';
import '../src/location-picker.js';

/**
 * `<clinic-location>`: one branch in a `<clinic-location-picker>`. Its attributes say what the
 * picker searches and sorts by (`postcodes`, `serves`, `lat`/`lng`) and what the card shows
 * (`label`, `href`, `phone`); its own HTML (address, hours, links) shows as written. It only works
 * inside a picker, so each story shows it in one.
 */
const meta: Meta<Args> = {
  title: 'Location picker/Location',
  component: 'clinic-location',
  args: { ...Object.fromEntries(['value', 'label', 'lat', 'lng', 'postcodes', 'serves', 'phone'].map((name) => [name, branches[0][name as keyof (typeof branches)[0]]])), href: '', selected: false },
  render: (args: Args, context: StoryContext) => {
    const { address, hours, phone, phoneText } = branches[0];
    const details = `<address>${address}</address>\n<p>${hours} · <a href="tel:${phone.replace(/\s/g, '')}">${phoneText}</a></p>`;
    return renderWidget('clinic-location-picker', { name: 'vestiging' }, context, {
      content: `${renderLocation(args, details)}\n${locationHtml(branches[1])}`,
      around: '<div style="max-width: 40rem">{widget}</div>',
    });
  },
};
export default meta;

/** The `<clinic-location>` tag with the story's args as its attributes. */
function renderLocation(args: Args, details: string): string {
  const attributes = Object.entries(args)
    .filter(([name, value]) => !name.startsWith('--') && !name.includes(':') && value !== false && value !== '' && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${String(value).replace(/"/g, '&quot;')}"`))
    .join('');
  return `<clinic-location${attributes}>\n${details}\n</clinic-location>`;
}

type Story = StoryObj<Args>;

/** A branch card: its label as the radio's name, its own address and hours below. */
export const Card: Story = {};

/** `href`: a link to the branch's own page ("Meer over Deurne"), a Tab stop of its own. */
export const WithLink: Story = { args: { href: '/fysiotherapie-deurne' } };

/** `selected`: the branch chosen when the page loads. */
export const Selected: Story = { args: { selected: true } };
