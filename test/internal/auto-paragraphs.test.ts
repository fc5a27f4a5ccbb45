import { expect } from '@open-wc/testing';
import { mendAutoParagraphs } from '../../src/internal/auto-paragraphs.js';

/** Parses `markup` as a page does (the real HTML parser) and returns the body and the first tag named `host`. */
function page(markup: string, host = 'clinic-probe'): { body: HTMLElement; host: Element } {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
  return { body, host: body.querySelector(host)! };
}

/** Child element names, and each branch's content, in order. */
const shape = (el: Element): string[] =>
  [...el.children].map((child) => (child.localName === 'clinic-location' ? `${child.getAttribute('value')}: ${[...child.children].map((c) => c.localName).join(' ')}` : child.localName));

describe('mendAutoParagraphs (WordPress’s automatic paragraphs)', () => {
  it('puts back content the parser closed out of a tag in its own paragraph, up to the empty paragraph of the closing tag', () => {
    // What wpautop makes of a tag on its own line, and what follows the closing tag.
    const { body, host } = page('<p><clinic-probe searchable></p>\n<details><summary>Een</summary><p>1</p></details>\n<h3>Twee</h3>\n<p></clinic-probe></p>\n<p>Daarna</p>');
    expect(host.parentElement!.localName, 'split by the parser').to.equal('p');
    expect(mendAutoParagraphs(host)).to.be.true;
    expect(host.parentElement).to.equal(body);
    expect(shape(host)).to.deep.equal(['details', 'h3']);
    expect(shape(body)).to.deep.equal(['clinic-probe', 'p'], 'the paragraphs of the tags are gone, the text after the tag stays after it');
    expect(body.lastElementChild!.textContent).to.equal('Daarna');
  });

  it('inside a <div>: drops the empty paragraphs and line breaks the tags left among the items', () => {
    const { host } = page('<div><clinic-probe></p>\n<details><summary>Een</summary><p>1</p></details><br />\n<details><summary>Twee</summary><p></p></details>\n<p></clinic-probe></div>');
    expect(shape(host)).to.deep.equal(['p', 'details', 'br', 'details', 'p']);
    expect(mendAutoParagraphs(host)).to.be.true;
    expect(shape(host)).to.deep.equal(['details', 'details']);
    expect(host.querySelectorAll('details p').length, 'an empty paragraph inside an item is the author’s').to.equal(2);
  });

  for (const [variant, wrap] of [
    ['a picker on its own lines', (markup: string) => markup],
    ['a picker inside a <div>', (markup: string) => markup.replace('<p><clinic-probe>', '<div><clinic-probe>').replace('</clinic-probe></p>', '</clinic-probe></div>')],
  ] as const) {
    it(`${variant}: each branch gets back its own content, in order`, () => {
      const wpautop = wrap(
        '<p><clinic-probe><br />\n<clinic-location value="deurne" label="Deurne"></p>\n<address>Stationsstraat 1</address>\n<p>Ma–vr</p>\n' +
          '<p></clinic-location><br />\n<clinic-location value="mierlo" label="Mierlo"></p>\n<address>Dorpsstraat 2</address>\n' +
          '<p></clinic-location><br />\n<clinic-location value="gemert" label="Gemert"></p>\n<p>Alleen een regel<br />\nen nog een</p>\n' +
          '<p></clinic-location><br />\n</clinic-probe></p>\n<p>Na de kiezer</p>',
      );
      const { body, host } = page(wpautop);
      expect(mendAutoParagraphs(host)).to.be.true;
      expect(shape(host)).to.deep.equal(['deurne: address p', 'mierlo: address', 'gemert: p']);
      expect(host.querySelector('[value=gemert] p br'), 'a line break in the author’s text stays').to.exist;
      expect(body.lastElementChild!.textContent).to.equal('Na de kiezer');
    });
  }

  // What wpautop makes of a picker written in the classic editor in two more ways. Each branch must
  // end up in the picker with its own content, and the page after the picker stay after it.
  for (const { editor, wpautop, branches } of [
    {
      // An empty line after each </clinic-location>: the empty paragraph of a branch's closing tag is
      // not the picker's end while another branch follows.
      editor: 'a blank line between branches',
      wpautop:
        '<p><clinic-probe name="v"><br />\n<clinic-location value="a" label="A"></p>\n<address>Straat 1</address>\n<p></clinic-location></p>\n' +
        '<p><clinic-location value="b" label="B"></p>\n<address>Straat 2</address>\n<p></clinic-location></p>\n' +
        '<p><clinic-location value="c" label="C"></p>\n<address>Straat 3</address>\n<p></clinic-location><br />\n</clinic-probe></p>\n<p>Na de kiezer</p>',
      branches: ['a: address', 'b: address', 'c: address'],
    },
    {
      editor: 'a branch with plain text on its own lines',
      wpautop:
        '<p><clinic-probe name="v"><br />\n<clinic-location value="a" label="A"></p>\n<address>Straat 1</address>\n' +
        '<p></clinic-location><br />\n<clinic-location value="b" label="B"><br />\nTekst zonder tags<br />\n</clinic-location><br />\n<clinic-location value="c" label="C"></p>\n' +
        '<address>Straat 3</address>\n<p></clinic-location><br />\n</clinic-probe></p>\n<p>Na de kiezer</p>',
      branches: ['a: address', 'b: br br', 'c: address'],
    },
  ]) {
    it(`${editor}: every branch stays in the picker, with its own content`, () => {
      const { body, host } = page(wpautop);
      expect(mendAutoParagraphs(host)).to.be.true;
      expect(shape(host)).to.deep.equal(branches);
      expect(host.querySelector('[value=b]')!.textContent).to.contain(editor.includes('plain text') ? 'Tekst zonder tags' : 'Straat 2');
      expect(shape(body)).to.deep.equal(['clinic-probe', 'p']);
      expect(body.lastElementChild!.textContent).to.equal('Na de kiezer');
    });
  }

  it('leaves content without WordPress’s traces alone: not a node moves', () => {
    const { host } = page(
      '<clinic-probe><clinic-location value="a" label="A">Straat 1<br>5751 AB Deurne<p></p></clinic-location><p>&nbsp;</p><ul><li>Een</li></ul></clinic-probe>',
    );
    const records = new MutationObserver(() => {});
    records.observe(host, { childList: true, subtree: true });
    expect(mendAutoParagraphs(host)).to.be.false;
    expect(records.takeRecords(), 'no moves').to.deep.equal([]);
  });

  it('does not take in the page when the closing tag’s empty paragraph is missing, nor an empty tag in a paragraph with text', () => {
    for (const markup of ['<p><clinic-probe></p>\n<h2>Over ons</h2>\n<p>Tekst</p>', '<p>Kies: <clinic-probe></clinic-probe></p>\n<h2>Over ons</h2>\n<p></p>']) {
      const { body, host } = page(markup);
      expect(mendAutoParagraphs(host), markup).to.be.false;
      expect(host.children.length, markup).to.equal(0);
      expect(body.querySelector('h2')!.parentElement, markup).to.equal(body);
    }
  });

  it('moves nodes, never re-parses them: text that looks like markup stays text', () => {
    const { body, host } = page('<p><clinic-probe></p>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>\n<p></clinic-probe></p>');
    expect(mendAutoParagraphs(host)).to.be.true;
    expect(host.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(body.querySelector('img')).to.be.null;
  });
});
