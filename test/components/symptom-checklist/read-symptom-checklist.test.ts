import { expect, fixture, html } from '@open-wc/testing';
import { readItem, readChecklist, MANY_ITEMS } from '../../../src/components/symptom-checklist/read-symptom-checklist.js';

/** Plain content, not upgraded (a div), to read as the widget would. */
const content = (template: ReturnType<typeof html>) => fixture<HTMLDivElement>(html`<div>${template}</div>`);

describe('readChecklist', () => {
  it('reads the complaints, the red flags, their headings and the messages', async () => {
    const host = await content(html`
      <h2>Herkenbare klachten</h2>
      <ul><li>Startstijfheid</li><li>Zeurende pijn</li></ul>
      <h3>Waarschuwingssignalen</h3>
      <ul data-red-flags><li>Koorts</li></ul>
      <p slot="match">Past bij artrose.</p>
      <p slot="no-match">Past minder.</p>
      <p slot="red-flag">Bel je huisarts.</p>
    `);
    const read = readChecklist(host);
    expect(read.items.map(({ text, redFlag }) => [text, redFlag])).to.deep.equal([
      ['Startstijfheid', false],
      ['Zeurende pijn', false],
      ['Koorts', true],
    ]);
    expect(read.segments.map((segment) => segment.group)).to.deep.equal([
      undefined,
      { label: 'Herkenbare klachten', redFlag: false },
      undefined,
      { label: 'Waarschuwingssignalen', redFlag: true },
    ]);
    expect(read.segments.map((segment) => segment.headingLevel)).to.deep.equal([2, undefined, 3, undefined]);
    expect(read.messages.match.map((el) => el.textContent)).to.deep.equal(['Past bij artrose.']);
    expect(read.messages['no-match']).to.have.length(1);
    expect(read.messages['red-flag']).to.have.length(1);
    expect(read.problems).to.deep.equal([]);
  });

  it('gives a list without a heading no label, and keeps other content in order', async () => {
    const host = await content(html`<p>Intro</p><ol><li>Een</li></ol><p>Slot</p>`);
    const read = readChecklist(host);
    expect(read.segments.map((segment) => [segment.nodes.length, segment.group])).to.deep.equal([
      [1, undefined],
      [1, { label: undefined, redFlag: false }],
      [1, undefined],
    ]);
  });

  it('takes an item\'s text without its nested list, and says the nested list gets no checkbox', async () => {
    const host = await content(html`<ul><li>Pijn <strong>laag</strong> in de rug<ul><li>links</li></ul></li></ul>`);
    const read = readChecklist(host);
    expect(read.items.map((item) => item.text)).to.deep.equal(['Pijn laag in de rug']);
    expect(read.problems).to.deep.equal([
      'The item "Pijn laag in de rug" has a nested list, whose items get no checkboxes; it stays inside the item as it is. To make them checkboxes, move them into the main list.',
    ]);
  });

  it('reports each kind of bad input once', async () => {
    const many = Array.from({ length: MANY_ITEMS + 1 }, (_, index) => html`<li>Klacht ${index}</li>`);
    expect(readChecklist(await content(html`<p>Geen lijst</p>`)).problems).to.deep.equal([
      'There is no <ul> or <ol> of complaints (a list without data-red-flags), so nothing counts towards the match message. Add a list with one <li> per complaint.',
    ]);
    expect(readChecklist(await content(html`<ul></ul>`)).problems).to.deep.equal([
      'A <ul> has no <li> items, so it gets no checkboxes. Put each complaint in an <li> of its own.',
    ]);
    expect(readChecklist(await content(html`<ul><li>Zie <a href="#x">uitleg</a></li></ul>`)).problems[0]).to.contain('has a link or form control');
    expect(readChecklist(await content(html`<ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>`)).problems[0]).to.contain('looks like HTML typed as text');
    expect(readChecklist(await content(html`<ul>${many}</ul>`)).problems).to.deep.equal([
      `The checklist has ${MANY_ITEMS + 1} items; a list of more than ${MANY_ITEMS} is hard to go through. Keep the complaints that tell this condition apart.`,
    ]);
  });

  it('takes an item\'s own text and inline markup, up to a block an unclosed list swallowed, and gives its messages back to the host', async () => {
    const host = await content(html`<ul><li>
      <p>Pijn <em>laag</em></p></li><li>Stijf <abbr>SI</abbr><br>gewricht<h2>Contact</h2><p slot="red-flag">Bel</p><p>Tekst</p></ul>`);
    const read = readChecklist(host);
    expect(read.items.map((item) => item.text)).to.deep.equal(['Pijn laag', 'Stijf SIgewricht']);
    expect(read.problems).to.deep.equal([
      'The item "Stijf SIgewricht" has a <h2> after its text, which stays outside the checkbox\'s label. If that is page content, a </ul> is missing before it: close the list after its last item.',
    ]);
    expect(read.messages['red-flag'].map((el) => el.parentNode)).to.deep.equal([host]);
    expect(readItem(host.querySelectorAll('li')[1]).ownNodes.map((node) => node.nodeName)).to.deep.equal(['#text', 'ABBR', 'BR', '#text']);
  });

  it('shows an element with an unknown slot name in place, even one named like a member of every object', async () => {
    const host = await content(html`<p slot="__proto__">Een</p><ul><li>Stijf</li></ul><p slot="toString">Twee</p><p slot="">Drie</p>`);
    const read = readChecklist(host);
    expect(read.segments.map((segment) => segment.nodes[0].textContent)).to.deep.equal(['Een', 'Stijf', 'Twee', 'Drie']);
    expect(read.messages).to.deep.equal({ match: [], 'no-match': [], 'red-flag': [] });
    expect(read.problems).to.have.length(2);
    expect(read.problems[0]).to.contain('has slot="__proto__", which is none of the checklist\'s messages');
    expect(read.problems[1]).to.contain('has slot="toString"');
  });

  it('says so when it holds another checklist, and leaves that one\'s lists to it', async () => {
    const host = await content(html`<ul><li>Stijf</li></ul><div><clinic-symptom-checklist><ul><li>Moe</li></ul></clinic-symptom-checklist></div>`);
    const read = readChecklist(host);
    expect(read.items.map((item) => item.text)).to.deep.equal(['Stijf']);
    expect(read.problems).to.deep.equal([
      "The checklist holds another <clinic-symptom-checklist> (pasted twice, or an end tag missing?). Each checklist ticks and counts only its own lists, so the inner one works on its own, inside this one's content. Remove the outer or the inner tag.",
    ]);
  });

  it('collapses whitespace in item texts', async () => {
    const host = await content(html`<ul><li>
      Startstijfheid   na
      zitten </li></ul>`);
    expect(readItem(host.querySelector('li')!).text).to.equal('Startstijfheid na zitten');
  });
});
