import { expect, fixture, html } from '@open-wc/testing';
import { assignIds, matchesQuery, questionToFocus, searchText } from '../../../src/components/faq/faq-model.js';
import { buildFaqSchema } from '../../../src/components/faq/faq-schema.js';
import { MANY_ITEMS, readFaqItems } from '../../../src/components/faq/read-faq.js';

describe('faq: ids', () => {
  it('keeps the ids items have and slugs the questions of the rest', () => {
    const { ids } = assignIds([
      { question: 'Is bewegen veilig met artrose?', id: '' },
      { question: 'Wanneer moet ik naar de (huis)arts?', id: 'huisarts' },
      { question: 'Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?', id: '' },
    ]);
    expect(ids).to.deep.equal(['is-bewegen-veilig-met-artrose', 'huisarts', 'ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn']);
  });

  it('makes repeated questions unique and reports them', () => {
    const result = assignIds([
      { question: 'Welke sport?', id: '' },
      { question: 'Welke SPORT?', id: '' },
      { question: 'Welke sport?', id: '' },
    ]);
    expect(result.ids).to.deep.equal(['welke-sport', 'welke-sport-2', 'welke-sport-3']);
    expect(result.duplicateQuestions).to.deep.equal(['Welke sport?']);
  });

  it('never takes an id used elsewhere on the page or by a later item, and renames repeated ids', () => {
    const result = assignIds(
      [
        { question: 'Vragen', id: '' },
        { question: 'Kosten', id: '' },
        { question: 'Kosten?', id: 'kosten' },
        { question: 'Tweede', id: 'kosten' },
      ],
      (id) => id === 'vragen',
    );
    expect(result.ids).to.deep.equal(['vragen-2', 'kosten-2', 'kosten', 'tweede']);
    expect(result.duplicateIds).to.deep.equal([{ id: 'kosten', renamedTo: 'tweede' }]);
  });

  it('keeps 300 questions with the same slug unique (long questions are cut at 60 characters)', () => {
    const long = 'Ziet artrose er erg uit op foto’s en wat zegt dat over pijn bij het bewegen';
    const { ids } = assignIds(Array.from({ length: 300 }, (_, index) => ({ question: `${long} (${index + 1})`, id: index === 5 ? 'ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn-2' : '' })));
    expect(new Set(ids).size).to.equal(300);
    expect(ids.slice(0, 3)).to.deep.equal(['ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn', 'ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn-3', 'ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn-4']);
  });

  it('numbers questions that give no slug', () => {
    expect(assignIds([{ question: '', id: '' }, { question: '???', id: '' }, { question: '脊椎', id: '' }]).ids).to.deep.equal(['faq-1', 'faq-2', 'faq-3']);
  });
});

describe('faq: search matching', () => {
  const text = searchText('Is bewegen veilig met artrose? Ja. Juist gedoseerd bewegen maakt gewrichten belastbaarder.');
  it('matches every word in any order, ignoring case and accents', () => {
    expect(matchesQuery(text, 'ARTROSE bewegen')).to.equal(true);
    expect(matchesQuery(text, 'gewrichtén')).to.equal(true);
    expect(matchesQuery(text, 'artrose zwemmen')).to.equal(false);
  });
  it('matches everything for an empty query', () => {
    expect(matchesQuery(text, '   ')).to.equal(true);
  });
});

describe('faq: structured data', () => {
  it('builds a schema.org FAQPage from complete items only', () => {
    const json = buildFaqSchema([
      { question: 'Welke sport is geschikt?', answer: 'Wandelen, fietsen en zwemmen.' },
      { question: '', answer: 'Geen vraag' },
      { question: 'Geen antwoord?', answer: '' },
    ]);
    expect(JSON.parse(json)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Welke sport is geschikt?', acceptedAnswer: { '@type': 'Answer', text: 'Wandelen, fietsen en zwemmen.' } }],
    });
  });

  it('writes every < as \\u003c so text cannot close the script, and reads back the same', () => {
    const question = '</script><script>alert(1)</script>';
    const json = buildFaqSchema([{ question, answer: 'a < b <!-- c' }]);
    expect(json).not.to.include('<');
    expect(json).to.include('\\u003c/script>');
    expect(JSON.parse(json).mainEntity[0]).to.deep.include({ name: question, acceptedAnswer: { '@type': 'Answer', text: 'a < b <!-- c' } });
  });

  it('is empty when no item is complete', () => {
    expect(buildFaqSchema([])).to.equal('');
  });
});

describe('faq: reading the content', () => {
  it('reads questions and plain-text answers from details children', async () => {
    const host = await fixture(html`<div>
      <details id="a"><summary> Is bewegen <b>veilig</b>? </summary><p>Ja.</p> <p>Juist <em>gedoseerd</em>.</p></details>
      <details><summary>Tweede</summary>Tekst zonder p</details>
      <details><!-- CMS: blok 3 --><p>Eerst</p><summary>Derde</summary><p>Antwoord <!-- verborgen --></p><summary>Tweede summary</summary></details>
    </div>`);
    const { items, problems } = readFaqItems(host);
    expect(problems).to.deep.equal([]);
    // Comments are no text; a summary need not come first (the browser shows the first one as the question).
    expect(items.map(({ question, answer }) => [question, answer])).to.deep.equal([
      ['Is bewegen veilig?', 'Ja. Juist gedoseerd.'],
      ['Tweede', 'Tekst zonder p'],
      ['Derde', 'Eerst Antwoord Tweede summary'],
    ]);
    expect(items[0].summary).to.equal(host.querySelector('summary'));
  });

  it('reports stray content, missing summaries, empty and markup-like questions, and skips scripts', async () => {
    const host = await fixture(html`<div>
      losse tekst
      <h3>Kop</h3>
      <script type="application/ld+json">{}</script>
      <details><p>Geen summary</p></details>
      <details><summary> </summary><p>Leeg</p></details>
      <details><summary>&lt;img src=x onerror=alert(1)&gt;</summary><p>x</p></details>
    </div>`);
    const { items, problems } = readFaqItems(host);
    expect(items).to.have.length(2);
    expect(problems).to.have.length(5);
    expect(problems[0]).to.match(/text outside/);
    expect(problems[1]).to.match(/<h3>/);
    expect(problems[2]).to.match(/without a <summary>/);
    expect(problems[3]).to.match(/<summary> without text/);
    expect(problems[4]).to.match(/looks like HTML markup \("<img src=x onerror=alert\(1\)>"\)/);
  });

  it(`reports more than ${MANY_ITEMS} questions`, () => {
    const host = document.createElement('div');
    for (let i = 0; i <= MANY_ITEMS; i++) host.append(document.createElement('details'));
    for (const details of host.children) details.append(Object.assign(document.createElement('summary'), { textContent: 'V' }));
    expect(readFaqItems(host).problems).to.deep.equal([
      `has over ${MANY_ITEMS} questions. All of them work, but a list that long is hard to scan: split it into several FAQs by topic.`,
    ]);
  });
});

describe('faq: search text', () => {
  it('leaves punctuation inside and around words out, so "huisarts" finds "(huis)arts"', () => {
    expect(searchText('Wanneer moet ik naar de (huis)arts?')).to.equal('wanneer moet ik naar de huisarts');
    expect(matchesQuery(searchText('We stemmen medicatie af met je (huis)arts.'), 'huisarts')).to.equal(true);
    expect(matchesQuery(searchText('heup-/rompkracht (core)'), 'heuprompkracht')).to.equal(true);
    expect(matchesQuery(searchText('Ziet artrose er ‘erg’ uit op foto’s?'), "foto's erg")).to.equal(true);
    expect(matchesQuery(searchText('Wanneer moet ik naar de (huis)arts?'), 'huis-arts')).to.equal(true);
    expect(matchesQuery(searchText('Wanneer moet ik naar de (huis)arts?'), 'tandarts')).to.equal(false);
  });

  it('a query of punctuation only matches everything', () => {
    expect(matchesQuery(searchText('Is bewegen veilig?'), '?!')).to.equal(true);
  });
});

describe('faq: keys', () => {
  it('ArrowDown/ArrowUp wrap, Home/End go to the ends, other keys (also Object member names) move nothing', () => {
    expect(questionToFocus('ArrowDown', 4, 5)).to.equal(0);
    expect(questionToFocus('ArrowUp', 0, 5)).to.equal(4);
    expect(questionToFocus('Home', 3, 5)).to.equal(0);
    expect(questionToFocus('End', 0, 5)).to.equal(4);
    for (const key of ['Enter', 'a', 'constructor', 'toString', '__proto__']) expect(questionToFocus(key, 1, 5), key).to.equal(undefined);
  });
});
