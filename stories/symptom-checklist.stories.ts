import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/symptom-checklist.js';

const COMPLAINTS = [
  'Startstijfheid na zitten of ’s ochtends, losser na bewegen',
  'Zeurende of stekende pijn laag in de rug of in de nek, soms uitstralend naar bil/schouderblad',
  'Moeite met lang dezelfde houding (zitten/staan), of met draaien/achteroverbuigen',
  'Opvlammingen bij koude, stress of hogere belasting',
];
const RED_FLAGS = ['Onverklaarbare koorts of ziek gevoel', 'Onverwachte, forse uitval (plotseling veel minder kracht)', 'Pijn die ondanks opbouw niet afneemt'];

interface Args {
  threshold: number;
  remember: boolean;
  value: string[];
}

/**
 * `<clinic-symptom-checklist>` with the seed page's "Herkenbare klachten" and the warning signs from
 * its FAQ answer "Wanneer moet ik naar de (huis)arts?". Tick the items (Tab, Space) to see the result.
 */
const meta: Meta<Args> = {
  title: 'Symptom checklist',
  component: 'clinic-symptom-checklist',
  args: { threshold: 2, remember: false, value: [] },
  render: ({ threshold, remember, value }) => html`
    <clinic-symptom-checklist threshold=${threshold} ?remember=${remember} .value=${value}>
      <h2>Herkenbare klachten</h2>
      <ul>
        ${COMPLAINTS.map((text) => html`<li>${text}</li>`)}
      </ul>
      <h3>Waarschuwingssignalen</h3>
      <ul data-red-flags>
        ${RED_FLAGS.map((text) => html`<li>${text}</li>`)}
      </ul>
      <p slot="match">Dit past bij artrose in de wervelkolom. Met gerichte oefentherapie kun je vaak weer veel doen. <a href="#contact">Maak een afspraak</a></p>
      <p slot="no-match">Herken je weinig van deze klachten? Twijfel je toch, <a href="#contact">stel je vraag</a>.</p>
      <p slot="red-flag">Neem contact op met je huisarts. Twijfel? Bel altijd.</p>
    </clinic-symptom-checklist>
    <p>Na de checklist gaat de pagina gewoon verder.</p>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing ticked yet: the page's own lists, now with checkboxes. */
export const NothingTicked: Story = {};

/** One complaint ticked, below the threshold of 2: the `no-match` message. */
export const NoMatch: Story = { args: { value: [COMPLAINTS[0]] } };

/** Two complaints ticked: the `match` message with the link to make an appointment. */
export const Match: Story = { args: { value: [COMPLAINTS[0], COMPLAINTS[2]] } };

/** A warning sign ticked: the urgent notice above everything else. */
export const RedFlag: Story = { args: { value: [COMPLAINTS[1], RED_FLAGS[0]] } };

/** No messages and no headings given: the built-in group names, count and urgent text. */
export const BuiltInTexts: Story = {
  render: ({ threshold, value }) => html`
    <clinic-symptom-checklist threshold=${threshold} .value=${value}>
      <ul>
        ${COMPLAINTS.map((text) => html`<li>${text}</li>`)}
      </ul>
      <ul data-red-flags>
        ${RED_FLAGS.map((text) => html`<li>${text}</li>`)}
      </ul>
    </clinic-symptom-checklist>
  `,
  args: { value: [COMPLAINTS[0], COMPLAINTS[1], RED_FLAGS[2]] },
};

/** An English page: the built-in texts follow `lang`. */
export const EnglishPage: Story = {
  parameters: { lang: 'en' },
  render: ({ threshold, value }) => html`
    <clinic-symptom-checklist threshold=${threshold} .value=${value}>
      <h2>Recognisable complaints</h2>
      <ul>
        <li>Stiffness after sitting or in the morning, easing with movement</li>
        <li>Nagging or stabbing pain low in the back or in the neck, sometimes spreading to the buttock or shoulder blade</li>
        <li>Trouble holding one posture for long (sitting/standing), or turning/bending backwards</li>
        <li>Flare-ups with cold, stress or higher load</li>
      </ul>
      <h3>Warning signs</h3>
      <ul data-red-flags>
        <li>Unexplained fever or feeling ill</li>
        <li>Sudden, marked loss of strength</li>
        <li>Pain that does not ease despite building up</li>
      </ul>
      <p slot="match">This fits osteoarthritis of the spine. Targeted exercise therapy often gets you moving again. <a href="#contact">Make an appointment</a></p>
      <p slot="no-match">Recognise few of these? If in doubt, <a href="#contact">ask us</a>.</p>
      <p slot="red-flag">Contact your GP. In doubt? Always call.</p>
    </clinic-symptom-checklist>
  `,
  args: { value: ['Stiffness after sitting or in the morning, easing with movement', 'Unexplained fever or feeling ill'] },
};

/** Themed with the documented custom properties and parts. */
export const Themed: Story = {
  args: { value: [COMPLAINTS[0], COMPLAINTS[3]] },
  decorators: [
    (story) => html`
      <style>
        .themed clinic-symptom-checklist {
          --clinic-checklist-check-color: #00657f;
          --clinic-checklist-urgent-color: #8a1c12;
          --clinic-checklist-result-background: #eef6f8;
        }
        .themed clinic-symptom-checklist::part(result) {
          border-radius: 0.75rem;
        }
      </style>
      <div class="themed">${story()}</div>
    `,
  ],
};
