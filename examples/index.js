// One source of examples: the seed clinic's content (/work/shared/seed, "Artrose in de wervelkolom")
// for each widget and variant. The stories, the demo page (demo/build.mjs), the tests and the docs'
// copy-paste snippets all read these modules. Plain ESM (with .d.ts files beside it), so Node, Vite,
// the test runner and TypeScript read the same file.
//
//   import { examples, exampleHtml } from './examples/index.js';
//   exampleHtml('clinic-faq', examples['clinic-faq'].seed)   // '<clinic-faq searchable>\n  <details>…'
import { faqExamples } from './faq.js';
import { checklistExamples } from './symptom-checklist.js';
import { phaseTableExamples } from './phase-table.js';
import { locationPickerExamples } from './location-picker.js';
import { contactFormExamples } from './contact-form.js';

export * from './faq.js';
export * from './symptom-checklist.js';
export * from './phase-table.js';
export * from './location-picker.js';
export * from './contact-form.js';

/** Every widget's examples, by tag name and variant. */
export const examples = {
  'clinic-faq': faqExamples,
  'clinic-symptom-checklist': checklistExamples,
  'clinic-phase-table': phaseTableExamples,
  'clinic-location-picker': locationPickerExamples,
  'clinic-contact-form': contactFormExamples,
};

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The attributes of an example as they are written on the tag: ` searchable threshold="2"`. */
export function attributesHtml(attributes) {
  return Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

/**
 * The copy-paste snippet of an example: the widget's tag with its attributes around the content,
 * the content indented by two spaces (and every line by `indent` more).
 */
export function exampleHtml(tag, example, { indent = 0 } = {}) {
  const pad = ' '.repeat(indent);
  const content = example.content
    .split('\n')
    .map((line) => `${pad}  ${line}`)
    .join('\n');
  return `${pad}<${tag}${attributesHtml(example.attributes)}>\n${content}\n${pad}</${tag}>`;
}
