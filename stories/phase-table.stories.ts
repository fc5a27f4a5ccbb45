import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/phase-table.js';

const PHASES: [string, string][] = [
  ['1. Calm down', 'Pijn/stijfheid dempen, warmte, zachte mobiliteit, houdingen afwisselen, dag doseren.'],
  ['2. Mobiliteit & kracht', 'Rompmobiliteit, heup-/rompkracht (core), houding/tiltechniek, wandelen/fietsen uitbreiden.'],
  ['3. Functioneel opbouwen', 'Werk- en sportactiviteiten stapsgewijs verhogen; tempo/afstanden plannen.'],
  ['4. Zelfmanagement', 'Onderhoudsschema, flare-up plan, slaap/Stress & balans, terugvalpreventie.'],
];
const EXTRA: [string, string][] = [
  ['1–2 weken', 'Warmte, korte wandelingen, bekkenkanteling'],
  ['3–6 weken', 'Knie-naar-borst, thoracale rotaties, fietsen'],
  ['4–8 weken', 'Tiltechniek oefenen, werkplek aanpassen'],
  ['Blijvend', 'Eigen schema, flare-up plan bij de hand'],
];

const ENGLISH: [string, string][] = [
  ['1. Calm down', 'Ease pain and stiffness: warmth, gentle mobility, varying postures, pacing the day.'],
  ['2. Mobility & strength', 'Trunk mobility, hip and core strength, posture and lifting technique, more walking and cycling.'],
  ['3. Functional build-up', 'Step by step back to work and sport; planning pace and distances.'],
  ['4. Self-management', 'Maintenance plan, flare-up plan, sleep, stress and balance, preventing relapse.'],
];

/** The seed page's table "Behandeling: doelen per fase" (English texts for the English page). */
const seedTable = (extraColumns = false, english = false) => html`<table>
  <caption>${english ? 'Treatment: goals per phase' : 'Behandeling: doelen per fase'}</caption>
  <thead>
    <tr>
      <th scope="col">${english ? 'Phase' : 'Fase'}</th>
      <th scope="col">${english ? 'Goals & approach' : 'Doelen & aanpak'}</th>
      ${extraColumns ? html`<th scope="col">Duur</th><th scope="col">Voorbeelden</th>` : ''}
    </tr>
  </thead>
  <tbody>
    ${(english ? ENGLISH : PHASES).map(
      ([name, goals], i) => html`<tr>
        <th scope="row">${name}</th>
        <td>${goals}</td>
        ${extraColumns ? html`<td>${EXTRA[i][0]}</td><td>${EXTRA[i][1]}</td>` : ''}
      </tr>`,
    )}
  </tbody>
</table>`;

interface Args {
  layout: 'auto' | 'table' | 'steps';
  current?: number;
  headingLevel: number;
  /** Story only: the width of the column the element sits in. */
  width: string;
}

/**
 * `<clinic-phase-table>` with the seed page's "Behandeling: doelen per fase". The layout follows the
 * element's own width (not the window's): change `width` to see it switch at 32em (48em for tables of
 * four or more columns). Print preview shows the plain table.
 */
const meta: Meta<Args> = {
  title: 'Phase table',
  component: 'clinic-phase-table',
  args: { layout: 'auto', headingLevel: 3, width: '100%' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'table', 'steps'] },
    current: { control: { type: 'number', min: 1, max: 4 } },
    width: { control: 'text', description: 'Story only: width of the surrounding column' },
  },
  render: ({ layout, current, headingLevel, width }) => html`
    <div style="max-width: ${width}">
      <clinic-phase-table layout=${layout} current=${ifDefined(current)} heading-level=${headingLevel}>${seedTable()}</clinic-phase-table>
    </div>
    <p>We evalueren regelmatig en sturen bij op basis van jouw doelen.</p>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A wide column: the author's own table, as it was before the script. */
export const Wide: Story = { args: { width: '48rem' } };

/** A narrow column (a sidebar, a phone): numbered steps, each phase a heading with its goals. */
export const Narrow: Story = { args: { width: '18rem' } };

/** The same page holding both: the layout follows each element's own width. */
export const BothOnOnePage: Story = {
  render: () => html`
    <div style="display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 2rem; align-items: start">
      <clinic-phase-table current="2">${seedTable()}</clinic-phase-table>
      <aside><clinic-phase-table current="2">${seedTable()}</clinic-phase-table></aside>
    </div>
  `,
};

/** `current="2"`: marked `aria-current="step"`, with a "Huidige fase" label and a thicker border. */
export const CurrentPhase: Story = {
  args: { current: 2 },
  render: (args) => html`
    <div style="max-width: 48rem"><clinic-phase-table current=${ifDefined(args.current)}>${seedTable()}</clinic-phase-table></div>
    <div style="max-width: 18rem; margin-top: 2rem"><clinic-phase-table current=${ifDefined(args.current)}>${seedTable()}</clinic-phase-table></div>
  `,
};

/** Extra columns ("Duur", "Voorbeelden") are kept in both layouts, labelled by their headers in steps. */
export const ExtraColumns: Story = {
  args: { current: 1 },
  render: ({ current, layout }) => html`
    <clinic-phase-table layout=${layout} current=${ifDefined(current)}>${seedTable(true)}</clinic-phase-table>
    <div style="max-width: 20rem; margin-top: 2rem"><clinic-phase-table current=${ifDefined(current)}>${seedTable(true)}</clinic-phase-table></div>
  `,
};

/** `layout="steps"` forces steps whatever the width. */
export const ForcedSteps: Story = { args: { layout: 'steps', current: 3, width: '48rem' } };

/** An English page: the label reads "Current phase". */
export const EnglishPage: Story = {
  args: { current: 2 },
  parameters: { lang: 'en' },
  render: ({ current }) => html`
    <div style="max-width: 18rem"><clinic-phase-table current=${ifDefined(current)}>${seedTable(false, true)}</clinic-phase-table></div>
  `,
};

/** Themed with `--clinic-phase-*` properties and `::part()`. */
export const Themed: Story = {
  args: { current: 2, width: '20rem' },
  render: ({ current, width }) => html`
    <style>
      .themed {
        --clinic-phase-current-color: #8a3ffc;
        --clinic-phase-current-background: #f4efff;
        --clinic-phase-line-color: #c6b3f5;
        --clinic-phase-gap: 1rem;
      }
      .themed::part(step-name) {
        font-size: 1.25rem;
      }
    </style>
    <div style="max-width: ${width}"><clinic-phase-table class="themed" current=${ifDefined(current)}>${seedTable()}</clinic-phase-table></div>
  `,
};
