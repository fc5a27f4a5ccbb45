// Renders the demo page: demo/page.html with each `<!-- example: <tag> <variant> -->` comment
// replaced by that example from examples/ (the one source of the seed clinic's content), between
// `<!-- <name>:start -->` and `<!-- <name>:end -->` markers (the bench reads each widget's markup
// from them). Pure (no file access), so it runs in Node (demo/build.mjs, which the demo server,
// the bench and the CSP check use) and in a browser (the demo tests, the seed-page story) alike.
import { examples, exampleHtml } from '../examples/index.js';

const placeholder = /^( *)<!-- example: (clinic-[a-z-]+) ([A-Za-z]+) -->\n/gm;
const pickerTag = /( *)(<clinic-location-picker[^]*?<\/clinic-location-picker>)/;

/** The markers a widget's markup sits between: `faq` for `clinic-faq`. */
const markerName = (tag) => tag.replace(/^clinic-/, '');

/** The page from its template. Throws when a comment names an example that does not exist. */
export function renderDemoPage(template) {
  const withoutNote = template.replace(/^<!-- The demo page's template:[^\n]*-->\n/, '');
  return withoutNote.replace(placeholder, (_, indent, tag, variant) => {
    const example = examples[tag]?.[variant];
    if (!example) throw new Error(`demo/page.html names the example ${tag} ${variant}, which examples/ does not have.`);
    let markup = exampleHtml(tag, example, { indent: indent.length });
    // A picker inside another widget (the contact form's branch) keeps markers of its own.
    markup = markup.replace(pickerTag, (_, pickerIndent, picker) => `${pickerIndent}<!-- location-picker:start -->\n${pickerIndent}${picker}\n${pickerIndent}<!-- location-picker:end -->`);
    const name = markerName(tag);
    return `${indent}<!-- ${name}:start -->\n${markup}\n${indent}<!-- ${name}:end -->\n`;
  });
}
