import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { faqContent, faqExamples, faqQuestions } from '../examples/index.js';
import { argsOf, deepQuery, renderWidget, typeInto, type Args, type Upgraded, type WidgetOptions } from './support.js';
import '../src/faq.js';

const seed = faqExamples.seed;

/** The FAQ with the story's args around `content` (the seed page's questions unless given). */
const faq = (options: Partial<WidgetOptions> = {}) => (args: Args, context: StoryContext) =>
  renderWidget('clinic-faq', args, context, {
    content: seed.content,
    around: '<div style="max-width: 48rem"><h2>Veelgestelde vragen</h2>{widget}</div>',
    ...options,
  });

/** Types `text` into the FAQ's search field, as a visitor would. */
async function search(widget: Upgraded, text: string) {
  const field = deepQuery<HTMLInputElement>(widget.parentElement!, '[part="search-input"], input[type="search"]')[0];
  typeInto(field, text);
  await widget.updateComplete;
}

/**
 * `<clinic-faq>` with the seed page's five questions: the author's own `<details>`, enhanced in place.
 * Try ArrowDown/ArrowUp/Home/End on a question, the open-all button, and `searchable`.
 */
const meta: Meta<Args> = {
  title: 'FAQ',
  component: 'clinic-faq',
  args: { single: false, searchable: false, 'no-schema': false },
  render: faq(),
};
export default meta;

type Story = StoryObj<Args>;

/** The seed page's FAQ, all answers closed, with the open all / close all button. */
export const Default: Story = {};

/** One answer open (the author's `<details open>`, or a visitor's click). */
export const AnswerOpen: Story = {
  render: faq({ content: seed.content.replace('<details><summary>Is bewegen veilig', '<details open><summary>Is bewegen veilig') }),
};

/** Every answer open: the button now says it will close them all. */
export const AllOpen: Story = {
  render: faq({ content: seed.content.replaceAll('<details', '<details open') }),
};

/** `single`: opening one answer closes the other (the platform's exclusive `<details name>`). */
export const Single: Story = { args: { single: true }, render: faq({ content: seed.content.replace('<details><summary>Welke sport', '<details open><summary>Welke sport') }) };

/** `searchable`: a labelled filter field; the line under it says how many questions match. */
export const Searchable: Story = { args: argsOf(seed) };

/** Search results: "pijn" finds two questions; the others hide, the count says so. */
export const SearchResults: Story = {
  args: argsOf(seed),
  render: faq({ state: (widget) => search(widget, 'pijn') }),
};

/** No results: nothing matches "zwangerschap"; the widget says so and offers a way on. */
export const NoResults: Story = {
  args: argsOf(seed),
  render: faq({ state: (widget) => search(widget, 'zwangerschap') }),
};

/**
 * A deep link: the page opened at `#huisarts` (a link in a newsletter, a search result) opens that
 * answer and scrolls it into view. In the single-story view the address really carries the
 * fragment; on the docs page the answer shows as the link leaves it, without moving the page.
 */
export const DeepLink: Story = {
  args: argsOf(seed),
  render: (args, context) => {
    const target = `${context.id.replace(/-+/g, '-')}-huisarts`;
    if (context.viewMode === 'story') history.replaceState(null, '', `${location.pathname}${location.search}#${target}`);
    const content = context.viewMode === 'story' ? seed.content : seed.content.replace('<details id="huisarts">', '<details id="huisarts" open>');
    return faq({
      content,
      around: `<div style="max-width: 48rem"><p>Een link naar <a href="#huisarts">“Wanneer moet ik naar de (huis)arts?”</a></p>{widget}</div>`,
    })(args, context);
  },
};

/** 300 questions (the size the benchmark measures), searchable. */
export const ManyItems: Story = {
  args: { searchable: true },
  render: faq({
    content: faqContent(Array.from({ length: 300 }, (_, index) => ({ ...faqQuestions[index % faqQuestions.length], id: undefined, question: `${faqQuestions[index % faqQuestions.length].question} (${index + 1})` }))),
  }),
};

/** An English page: "Open all", "Search the questions", "5 questions". */
export const EnglishPage: Story = {
  args: argsOf(faqExamples.english),
  parameters: { lang: 'en' },
  render: faq({ content: faqExamples.english.content, around: '<div style="max-width: 48rem"><h2>Frequently asked questions</h2>{widget}</div>' }),
};

/**
 * A clinic's own look: `--clinic-faq-*` and `--clinic-*` properties, `::part()` on the controls and
 * plain CSS on the items. The look brings its own colours, so it reads the same in every theme.
 */
export const CustomTheme: Story = {
  args: { searchable: true, '--clinic-faq-divider': '2px dotted #00657f', '--clinic-faq-question-padding': '1em' },
  render: faq({
    attributes: { class: 'faq-themed', 'data-i18n-open-all': 'Toon alle antwoorden' },
    around: `<style>
      .faq-look { max-width: 48rem; }
      .faq-themed { --clinic-color-accent: #00657f; --clinic-radius: 999px; }
      .faq-themed [data-clinic-faq-controls]::part(toggle-all) { background: #00657f; color: #ffffff; }
      .faq-themed > details > summary { color: #00465a; }
      .faq-themed > details > summary::marker { color: #c2410c; }
      .faq-themed > details[open] { background: #eef6f8; }
    </style><div class="faq-look clinic-own-look">{widget}</div>`,
    content: seed.content.replace('<details><summary>Is bewegen', '<details open><summary>Is bewegen'),
  }),
};
