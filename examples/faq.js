// The seed clinic's "Veelgestelde vragen" (/work/shared/seed), once, for the stories, the demo page,
// the tests and the docs' snippets. Plain ESM with a .d.ts beside it, so Node reads it as it is.

/** The seed page's five questions and answers (Dutch), in the page's order. */
export const faqQuestions = [
  {
    question: 'Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?',
    answer: 'Beeldvorming toont veroudering, maar de mate van pijn hangt daar vaak slecht mee samen. Je kunt met artrose prima functioneren met de juiste aanpak.',
  },
  {
    question: 'Is bewegen veilig met artrose?',
    answer: 'Ja. Juist gedoseerd bewegen maakt gewrichten en spieren belastbaarder. We bouwen dit op op jouw tempo.',
  },
  {
    question: 'Welke sport is geschikt?',
    answer: 'Wandelen, fietsen en zwemmen zijn vaak fijn. Met begeleiding kun je ook krachttraining doen — dat helpt juist.',
  },
  {
    question: 'Heeft een injectie of pijnstiller zin?',
    answer: 'Kan tijdelijk dempen. De basis blijft bewegen, doseren en gerichte kracht/mobiliteit. We stemmen medicatie af met je (huis)arts.',
  },
  {
    id: 'huisarts',
    question: 'Wanneer moet ik naar de (huis)arts?',
    answer: 'Bij onverklaarbare koorts/ziek gevoel, onverwachte forse uitval of als pijn ondanks opbouw niet afneemt. Twijfel? Bel altijd.',
  },
];

/** The same five in English, for the English-page examples. */
export const faqQuestionsEnglish = [
  {
    question: 'Does osteoarthritis look “bad” on scans—and what does that say about pain?',
    answer: 'Imaging shows ageing, but how much pain you have often matches it poorly. With the right approach you can function well with osteoarthritis.',
  },
  { question: 'Is exercise safe with osteoarthritis?', answer: 'Yes. Well-dosed movement makes joints and muscles stronger. We build it up at your pace.' },
  { question: 'Which sports suit me?', answer: 'Walking, cycling and swimming are often pleasant. With guidance, strength training helps too.' },
  { question: 'Do injections or painkillers help?', answer: 'They can dampen symptoms for a while. The basis remains moving, pacing and targeted strength and mobility work.' },
  {
    id: 'gp',
    question: 'When should I see my GP?',
    answer: 'With unexplained fever or feeling ill, sudden marked weakness, or pain that does not ease despite building up. In doubt? Always call.',
  },
];

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<details>` an editor writes for each question (one per line). */
export function faqContent(questions = faqQuestions) {
  return questions
    .map(({ id, question, answer }) => `<details${id ? ` id="${id}"` : ''}><summary>${escapeText(question)}</summary><p>${escapeText(answer)}</p></details>`)
    .join('\n');
}

/** @type {Record<string, import('./example.js').Example>} */
export const faqExamples = {
  seed: {
    title: 'The seed page’s FAQ',
    description: 'The clinic’s five questions as `<details>`, with a search field (`searchable`) and the open all / close all button.',
    attributes: { searchable: true },
    content: faqContent(),
    lang: 'nl',
  },
  plain: {
    title: 'Questions only',
    description: 'The smallest FAQ: the editor’s `<details>` and nothing else; the open all / close all button comes with it.',
    attributes: {},
    content: faqContent(),
    lang: 'nl',
  },
  single: {
    title: 'One answer at a time',
    description: '`single`: opening one answer closes the one that was open.',
    attributes: { single: true },
    content: faqContent(),
    lang: 'nl',
  },
  english: {
    title: 'An English page',
    description: 'The built-in texts follow the page’s `lang`: “Open all”, “Search the questions”.',
    attributes: { searchable: true },
    content: faqContent(faqQuestionsEnglish),
    lang: 'en',
  },
};
