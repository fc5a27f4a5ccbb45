import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { checklistExamples, complaints, complaintsEnglish, warningSigns, warningSignsEnglish } from '../examples/index.js';
import { argsOf, deepQuery, renderWidget, type Args, type Upgraded, type WidgetOptions } from './support.js';
import '../src/symptom-checklist.js';

type Checklist = Upgraded & { value: string[] };

const seed = checklistExamples.seed;

/** Ticks `ticked` (the `value` property a page may set, as ticking them does). */
const ticking = (ticked: string[]) => async (widget: Upgraded) => {
  (widget as Checklist).value = ticked;
  await widget.updateComplete;
};

/** The checklist with the story's args around `content` (the seed page's unless given), the page going on after it. */
const checklist = (options: Partial<WidgetOptions> = {}) => (args: Args, context: StoryContext) =>
  renderWidget('clinic-symptom-checklist', args, context, {
    content: seed.content.replace(' id="klachten-titel"', ''),
    around: '<div style="max-width: 48rem">{widget}<p>Na de checklist gaat de pagina gewoon verder.</p></div>',
    ...options,
  });

/**
 * `<clinic-symptom-checklist>` with the seed page's "Herkenbare klachten" and the warning signs from
 * its FAQ answer "Wanneer moet ik naar de (huis)arts?". Tick the items (Tab, Space) to see the result.
 */
const meta: Meta<Args> = {
  title: 'Symptom checklist',
  component: 'clinic-symptom-checklist',
  args: { ...argsOf(seed), remember: false },
  render: checklist(),
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing ticked yet: the page's own lists, now with checkboxes. */
export const NothingTicked: Story = {};

/** One complaint ticked, below the threshold of 2: the `no-match` message. */
export const NoMatch: Story = { render: checklist({ state: ticking([complaints[0]]) }) };

/** Two complaints ticked: the `match` message with the link to make an appointment. */
export const Match: Story = { render: checklist({ state: ticking([complaints[0], complaints[2]]) }) };

/** A complaint and a warning sign ticked: the urgent notice, the one clear message. */
export const RedFlag: Story = { render: checklist({ state: ticking([complaints[1], warningSigns[0]]) }) };

/** Only a warning sign ticked, no complaint: the urgent notice alone. */
export const OnlyAWarningSign: Story = { render: checklist({ state: ticking([warningSigns[2]]) }) };

/** Ticked, then cleared with the reset button: back to nothing ticked, and the visitor is told. */
export const Cleared: Story = {
  render: checklist({
    state: async (widget) => {
      await ticking([complaints[0], complaints[1], warningSigns[0]])(widget);
      deepQuery<HTMLButtonElement>(widget, '[part="reset"]')[0]?.click();
      await widget.updateComplete;
    },
  }),
};

/** Long items on a phone (390 px): each row is one tap target, the box sized to the text. */
export const LongItemsOnAPhone: Story = {
  globals: { viewport: { value: 'phoneLarge', isRotated: false } },
  render: checklist({
    content: checklistExamples.longItems.content,
    around: '<div style="max-width: 390px; outline: 1px dashed #8a9099; outline-offset: 0.5rem">{widget}</div>',
    state: ticking([checklistExamples.longItems.content.match(/<li>([^<]+)<\/li>/)![1].replace(/&amp;/g, '&')]),
  }),
};

/**
 * `remember`: the ticks are kept in `sessionStorage` for this tab. Here the checklist was ticked, the
 * page reloaded (the element removed and made again), and the ticks came back.
 */
export const Remembered: Story = {
  args: { remember: true },
  render: (args, context) =>
    checklist({
      attributes: { id: 'remembered-checklist' },
      state: async (widget, _story, again) => {
        await ticking([complaints[0], complaints[3]])(widget);
        // The reload: the same checklist again, which reads its ticks back from sessionStorage.
        await again().updateComplete;
      },
    })(args, context),
};

/**
 * Broken content: the editor forgot the `</ul>`, so the heading and paragraph after it fell into the
 * last item. They stay outside its label, usable, and the console has one warning saying so.
 */
export const BrokenContent: Story = { render: checklist({ content: checklistExamples.broken.content }) };

/** No messages and no headings given: the built-in group names, count and urgent text. */
export const BuiltInTexts: Story = {
  render: checklist({ content: checklistExamples.builtInTexts.content, state: ticking([complaints[0], complaints[1], warningSigns[2]]) }),
};

/** An English page: the built-in texts follow `lang`. */
export const EnglishPage: Story = {
  parameters: { lang: 'en' },
  render: checklist({ content: checklistExamples.english.content, state: ticking([complaintsEnglish[0], warningSignsEnglish[0]]) }),
};

/** A clinic's own look through the documented custom properties and parts, with its own colours. */
export const Themed: Story = {
  args: { '--clinic-checklist-check-color': '#00657f', '--clinic-checklist-urgent-color': '#8a1c12', '--clinic-checklist-result-background': '#eef6f8' },
  render: checklist({
    around: `<style>
      .checklist-look { max-width: 48rem; }
      .checklist-look clinic-symptom-checklist::part(result) { border-radius: 0.75rem; }
    </style><div class="checklist-look clinic-own-look">{widget}</div>`,
    state: ticking([complaints[0], complaints[3]]),
  }),
};
