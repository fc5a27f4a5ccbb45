import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/faq.js';

/** The seed page's "Veelgestelde vragen". */
const SEED: [string, string][] = [
  ['Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?', 'Beeldvorming toont veroudering, maar de mate van pijn hangt daar vaak slecht mee samen. Je kunt met artrose prima functioneren met de juiste aanpak.'],
  ['Is bewegen veilig met artrose?', 'Ja. Juist gedoseerd bewegen maakt gewrichten en spieren belastbaarder. We bouwen dit op op jouw tempo.'],
  ['Welke sport is geschikt?', 'Wandelen, fietsen en zwemmen zijn vaak fijn. Met begeleiding kun je ook krachttraining doen — dat helpt juist.'],
  ['Heeft een injectie of pijnstiller zin?', 'Kan tijdelijk dempen. De basis blijft bewegen, doseren en gerichte kracht/mobiliteit. We stemmen medicatie af met je (huis)arts.'],
  ['Wanneer moet ik naar de (huis)arts?', 'Bij onverklaarbare koorts/ziek gevoel, onverwachte forse uitval of als pijn ondanks opbouw niet afneemt. Twijfel? Bel altijd.'],
];

const ENGLISH: [string, string][] = [
  ['Does osteoarthritis look “bad” on scans—and what does that say about pain?', 'Imaging shows ageing, but how much pain you have often matches it poorly. With the right approach you can function well with osteoarthritis.'],
  ['Is exercise safe with osteoarthritis?', 'Yes. Well-dosed movement makes joints and muscles stronger. We build it up at your pace.'],
  ['Which sports suit me?', 'Walking, cycling and swimming are often pleasant. With guidance, strength training helps too.'],
  ['Do injections or painkillers help?', 'They can dampen symptoms for a while. The basis remains moving, pacing and targeted strength and mobility work.'],
  ['When should I see my GP?', 'With unexplained fever or feeling ill, sudden marked weakness, or pain that does not ease despite building up. In doubt? Always call.'],
];

const items = (list: [string, string][]) =>
  list.map(([question, answer], index) => html`<details id=${ifDefined(index === 4 ? 'huisarts' : undefined)}><summary>${question}</summary><p>${answer}</p></details>`);

interface Args {
  single: boolean;
  searchable: boolean;
  'no-schema': boolean;
}

/**
 * `<clinic-faq>` with the seed page's five questions: the author's own `<details>`, enhanced in place.
 * Try ArrowDown/ArrowUp/Home/End on a question, the open-all button, and `searchable`.
 */
const meta: Meta<Args> = {
  title: 'FAQ',
  component: 'clinic-faq',
  args: { single: false, searchable: false, 'no-schema': false },
  render: (args) => html`
    <div style="max-width: 48rem">
      <h2>Veelgestelde vragen</h2>
      <clinic-faq ?single=${args.single} ?searchable=${args.searchable} ?no-schema=${args['no-schema']}>${items(SEED)}</clinic-faq>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's FAQ with the open all / close all button. */
export const Default: Story = {};

/** `single`: opening one answer closes the other (the platform's exclusive `<details name>`). */
export const Single: Story = { args: { single: true } };

/** `searchable`: a labelled filter field; the line under it says how many questions match. */
export const Searchable: Story = { args: { searchable: true } };

/** 300 questions (the size the benchmark measures), searchable. */
export const ManyItems: Story = {
  args: { searchable: true },
  render: (args) => html`
    <div style="max-width: 48rem">
      <clinic-faq ?single=${args.single} ?searchable=${args.searchable} ?no-schema=${args['no-schema']}>
        ${Array.from({ length: 300 }, (_, index) => {
          const [question, answer] = SEED[index % SEED.length];
          return html`<details><summary>${question} (${index + 1})</summary><p>${answer}</p></details>`;
        })}
      </clinic-faq>
    </div>
  `,
};

/** An English page: "Open all", "Search the questions", "5 questions". */
export const EnglishPage: Story = {
  args: { searchable: true },
  parameters: { lang: 'en' },
  render: (args) => html`
    <div style="max-width: 48rem">
      <h2>Frequently asked questions</h2>
      <clinic-faq ?single=${args.single} ?searchable=${args.searchable} ?no-schema=${args['no-schema']}>${items(ENGLISH)}</clinic-faq>
    </div>
  `,
};

/** Themed with `--clinic-faq-*` and `--clinic-*` properties, `::part()` on the controls and plain CSS on the items. */
export const CustomTheme: Story = {
  args: { searchable: true },
  render: (args) => html`
    <style>
      .faq-themed {
        --clinic-color-accent: #00657f;
        --clinic-faq-divider: 2px dotted #00657f;
        --clinic-faq-question-padding: 1em;
        --clinic-radius: 999px;
      }
      .faq-themed [data-clinic-faq-controls]::part(toggle-all) {
        background: #00657f;
        color: #ffffff;
      }
      .faq-themed > details > summary {
        color: #00465a;
      }
      .faq-themed > details > summary::marker {
        color: #c2410c;
      }
      .faq-themed > details[open] {
        background: #eef6f8;
      }
    </style>
    <div style="max-width: 48rem">
      <clinic-faq class="faq-themed" ?single=${args.single} ?searchable=${args.searchable} ?no-schema=${args['no-schema']} data-i18n-open-all="Toon alle antwoorden">
        ${items(SEED)}
      </clinic-faq>
    </div>
  `,
};
