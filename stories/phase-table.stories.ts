import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { phaseTableExamples } from '../examples/index.js';
import { renderWidget, type Args, type WidgetOptions } from './support.js';
import '../src/phase-table.js';

const seed = phaseTableExamples.seed;

/** The phase table with the story's args, in a column `width` wide (story only). */
const phaseTable = (options: Partial<WidgetOptions> = {}) => (args: Args, context: StoryContext) => {
  const { width, ...attributes } = args;
  return renderWidget('clinic-phase-table', attributes, context, {
    content: seed.content,
    around: `<div style="max-width: ${String(width ?? '100%')}">{widget}</div><p>We evalueren regelmatig en sturen bij op basis van jouw doelen.</p>`,
    ...options,
  });
};

/**
 * `<clinic-phase-table>` with the seed page's "Behandeling: doelen per fase". The layout follows the
 * element's own width (not the window's): change `width` to see it switch at 32em (48em for tables of
 * four or more columns). Print preview shows the plain table.
 */
const meta: Meta<Args> = {
  title: 'Phase table',
  component: 'clinic-phase-table',
  args: { layout: 'auto', 'heading-level': 3, width: '100%' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'table', 'steps'] },
    current: { control: { type: 'number', min: 1, max: 4 } },
    width: { control: 'text', description: 'Story only: width of the surrounding column', table: { category: 'story' } },
  },
  render: phaseTable(),
};
export default meta;

type Story = StoryObj<Args>;

/** A wide column: the author's own table, as it was before the script. */
export const Wide: Story = { args: { width: '48rem' } };

/** A narrow column (a sidebar, a phone): numbered steps, each phase a heading with its goals. */
export const Narrow: Story = { args: { width: '18rem' } };

/** The same page holding both: the layout follows each element's own width. */
export const BothOnOnePage: Story = {
  args: { current: 2 },
  render: phaseTable({
    around: '<div style="display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 2rem; align-items: start">{widget}<aside>{widget}</aside></div>',
  }),
};

/** `current="2"`: marked `aria-current="step"` and highlighted, in both layouts. */
export const CurrentPhase: Story = {
  args: { current: 2 },
  render: phaseTable({ around: '<div style="max-width: 48rem">{widget}</div><div style="max-width: 18rem; margin-top: 2rem">{widget}</div>' }),
};

/** Extra columns ("Duur", "Voorbeelden") are kept in both layouts, labelled by their headers in steps. */
export const ExtraColumns: Story = {
  args: { current: 1 },
  render: phaseTable({
    content: phaseTableExamples.extraColumns.content,
    around: '{widget}<div style="max-width: 20rem; margin-top: 2rem">{widget}</div>',
  }),
};

/** `layout="steps"` forces steps whatever the width. */
export const ForcedSteps: Story = { args: { layout: 'steps', current: 3, width: '48rem' } };

/** A phone at 320 px: steps, nothing overflowing. */
export const Phone: Story = {
  args: { current: 2, width: '320px' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** An English page: the label reads "Current phase". */
export const EnglishPage: Story = {
  args: { current: 2, width: '18rem' },
  parameters: { lang: 'en' },
  render: phaseTable({ content: phaseTableExamples.english.content }),
};

/** A clinic's own look with `--clinic-phase-*` properties and `::part()`, with its own colours. */
export const Themed: Story = {
  args: {
    current: 2,
    width: '20rem',
    '--clinic-phase-current-color': '#6929c4',
    '--clinic-phase-current-background': '#f4efff',
    '--clinic-phase-line-color': '#a98ae8',
    '--clinic-phase-gap': '1rem',
  },
  render: phaseTable({
    attributes: { class: 'themed' },
    around: `<style>
      .phase-look { max-width: 20rem; }
      .phase-look .themed::part(step-name) { font-size: 1.25rem; }
    </style><div class="phase-look clinic-own-look">{widget}</div>`,
  }),
};
