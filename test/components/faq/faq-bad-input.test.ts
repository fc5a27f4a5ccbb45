import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/faq.js';
import type { ClinicFaq } from '../../../src/faq.js';
import { captureWarnings } from '../../support/warnings.js';
import { details, part, schemaOf, summaries } from './seed.js';

const prefix = '[clinic-elements] <clinic-faq>: ';

/** Renders the FAQ while recording warnings; returns the element and the FAQ's own warnings. */
async function withWarnings(template: ReturnType<typeof html>) {
  const warnings = captureWarnings();
  try {
    const el = await fixture<ClinicFaq>(template);
    await el.updateComplete;
    return { el, warnings: warnings.clinic.map((message) => message.replace(prefix, '')) };
  } finally {
    warnings.restore();
  }
}

/** The FAQ still works: open all opens every shown question, ArrowDown moves on. */
async function stillWorks(el: ClinicFaq) {
  part(el, 'toggle-all')!.click();
  await el.updateComplete;
  const shown = details(el).filter((item) => !item.hidden && item.querySelector('summary'));
  expect(shown.length).to.be.above(0);
  expect(shown.every((item) => item.open)).to.equal(true);
  const keys = shown.map((item) => item.querySelector('summary')!);
  if (keys.length > 1) {
    keys[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(keys[1]);
  }
}

describe('<clinic-faq> with bad input', () => {
  it('no details at all: one warning (once the content had a chance to arrive), and a quiet control bar', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ClinicFaq>(html`<clinic-faq><p>Binnenkort vragen.</p></clinic-faq>`);
      await waitUntil(() => warnings.clinic.length === 2);
      expect(warnings.clinic.map((message) => message.replace(prefix, ''))).to.deep.equal([
        'has a <p> that is not a <details> question. It shows where it is, but arrow keys, open all and search pass it by. Put it outside the <clinic-faq>, or make it a <details> with a <summary>.',
        'has no <details> items, so it has no questions to show. Write each question inside it as <details><summary>the question</summary>the answer</details>.',
      ]);
      expect(el.querySelector('p')!.textContent).to.equal('Binnenkort vragen.');
      expect(schemaOf(el)).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('an element filled after it was connected does not warn about missing items', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('clinic-faq');
      document.body.append(el);
      const item = document.createElement('details');
      item.append(Object.assign(document.createElement('summary'), { textContent: 'Later?' }), 'Ja.');
      el.append(item);
      await waitUntil(() => schemaOf(el)?.mainEntity?.length === 1);
      // The check for missing items runs a task later: wait for a task with a timer of our own.
      await new Promise((resolve) => setTimeout(resolve));
      expect(warnings.clinic).to.deep.equal([]);
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('a details without a summary: one warning, shown as it is, the rest works', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-faq>
      <details><summary>Een</summary><p>1</p></details><details id="los"><p>Geen vraag</p></details><details><summary>Twee</summary><p>2</p></details>
    </clinic-faq>`);
    expect(warnings).to.deep.equal([
      'has a <details> without a <summary>, so it has no question: it is shown as it is and left out of the structured data. Give it a <summary> with the question.',
    ]);
    expect(el.querySelector('#los')!.hasAttribute('hidden')).to.equal(false);
    expect(schemaOf(el).mainEntity).to.have.length(2);
    await stillWorks(el);
  });

  it('stray elements and text: one warning each kind, shown as they are', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-faq>
      Losse tekst
      <h3>Algemeen</h3><details><summary>Een</summary><p>1</p></details><h3>Kosten</h3><details><summary>Twee</summary><p>2</p></details>
    </clinic-faq>`);
    expect(warnings).to.deep.equal([
      'has text outside its <details> items. It shows where it is, but is not part of any question. Put it inside an answer, or outside the <clinic-faq>.',
      'has a <h3> that is not a <details> question. It shows where it is, but arrow keys, open all and search pass it by. Put it outside the <clinic-faq>, or make it a <details> with a <summary>.',
    ]);
    await stillWorks(el);
    await expect(el).to.be.accessible();
  });

  it('empty questions: one warning, a numbered id, left out of the structured data', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-faq>
      <details><summary> </summary><p>Antwoord zonder vraag</p></details><details><summary></summary><p>Nog een</p></details><details><summary>Echte vraag?</summary><p>Ja</p></details>
    </clinic-faq>`);
    expect(warnings).to.deep.equal([
      'has a <summary> without text: that item gets a numbered id and is left out of the structured data. Write the question in the <summary>.',
    ]);
    expect(details(el).map((item) => item.id)).to.deep.equal(['faq-1', 'faq-2', 'echte-vraag']);
    expect(schemaOf(el).mainEntity.map((entry: { name: string }) => entry.name)).to.deep.equal(['Echte vraag?']);
    await stillWorks(el);
  });

  it('duplicate questions and duplicate ids: one warning each, ids stay unique', async () => {
    const { el, warnings } = await withWarnings(html`<div>
      <p id="kosten">Elders op de pagina</p>
      <clinic-faq>
        <details><summary>Kosten</summary><p>1</p></details><details><summary>Kosten</summary><p>2</p></details>
        <details id="x"><summary>Een</summary><p>3</p></details><details id="x"><summary>Twee</summary><p>4</p></details>
      </clinic-faq>
    </div>`).then(({ el: page, warnings: list }) => ({ el: page.querySelector('clinic-faq')!, warnings: list }));
    await el.updateComplete;
    expect(warnings).to.deep.equal([
      'has the question "Kosten" twice. Both are shown, but visitors and search engines cannot tell them apart: merge them, or word one differently.',
      'has the id "x" on two items; the later one now has the id "twee", so a link to #x opens the first. Give each <details> an id of its own.',
    ]);
    expect(details(el).map((item) => item.id)).to.deep.equal(['kosten-2', 'kosten-3', 'x', 'twee']);
    await stillWorks(el);
  });

  it('question text that looks like markup or script: one warning, shown as text, nothing runs', async () => {
    const win = window as unknown as { pwned?: boolean };
    const { el, warnings } = await withWarnings(html`<clinic-faq searchable>
      <details><summary>&lt;img src=x onerror="window.pwned=true"&gt;</summary><p>&lt;/script&gt;&lt;script&gt;window.pwned=true&lt;/script&gt;</p></details>
      <details><summary>Gewone vraag</summary><p>Antwoord</p></details>
    </clinic-faq>`);
    expect(warnings).to.deep.equal([
      'has a question that looks like HTML markup ("<img src=x onerror="window.pwned=true">"); it is shown as text, never as markup. If the markup was meant, enter it in the editor\'s HTML (source) view.',
    ]);
    expect(el.querySelector('img')).to.equal(null);
    expect(summaries(el)[0].textContent).to.equal('<img src=x onerror="window.pwned=true">');
    const script = el.querySelector('script')!;
    expect(script.type).to.equal('application/ld+json');
    expect(script.textContent).not.to.include('</script>');
    expect(schemaOf(el).mainEntity[0].acceptedAnswer.text).to.equal('</script><script>window.pwned=true</script>');
    expect(el.querySelectorAll('script')).to.have.length(1);
    part<HTMLInputElement>(el, 'search-input')!.focus();
    await sendKeys({ type: '<img' });
    await el.updateComplete;
    expect(details(el).map((item) => item.hidden)).to.deep.equal([false, true]);
    expect(win.pwned).to.equal(undefined);
  });

  it('an answer that holds an embed (a script, its style, a template, a noscript fallback): the structured data and the search read only its text', async () => {
    const { el, warnings } = await withWarnings(html`<clinic-faq searchable>
      <details>
        <summary>Hoe doe ik de oefeningen?</summary>
        <p>Bekijk de video met de oefeningen.</p>
        <div class="embed"><script>videoPlayer.mount('oefeningen-bekken')</script><style>.embed { aspect-ratio: 16 / 9 }</style><template><iframe title="Video"></iframe></template></div>
        <noscript>Zet JavaScript aan om de video te zien.</noscript>
        <script>trackEmbed('oefeningen')</script>
      </details>
      <details><summary>Gewone vraag</summary><p>Antwoord</p></details>
    </clinic-faq>`);
    expect(warnings).to.deep.equal([]);
    expect(schemaOf(el).mainEntity[0].acceptedAnswer.text).to.equal('Bekijk de video met de oefeningen.');
    const input = part<HTMLInputElement>(el, 'search-input')!;
    for (const scriptWords of ['videoPlayer', 'aspect-ratio', 'iframe', 'JavaScript', 'trackEmbed']) {
      input.focus();
      input.select();
      await sendKeys({ type: scriptWords });
      await el.updateComplete;
      expect(details(el).map((item) => item.hidden), scriptWords).to.deep.equal([true, true]);
    }
    input.select();
    await sendKeys({ type: 'video oefeningen' });
    await el.updateComplete;
    expect(details(el).map((item) => item.hidden)).to.deep.equal([false, true]);
  });

  it('2,000 items: one warning, the page keeps working', async () => {
    const many = Array.from({ length: 2000 }, (_, index) => html`<details><summary>Vraag ${index + 1}</summary><p>Antwoord ${index + 1}</p></details>`);
    const { el, warnings } = await withWarnings(html`<clinic-faq searchable>${many}</clinic-faq>`);
    expect(warnings).to.deep.equal(['has over 1000 questions. All of them work, but a list that long is hard to scan: split it into several FAQs by topic.']);
    expect(details(el)[1999].id).to.equal('vraag-2000');
    expect(schemaOf(el).mainEntity).to.have.length(2000);
    part<HTMLInputElement>(el, 'search-input')!.focus();
    await sendKeys({ type: 'vraag 1999' });
    await el.updateComplete;
    expect(details(el).filter((item) => !item.hidden).map((item) => item.id)).to.deep.equal(['vraag-1999']);
    expect(part(el, 'status')!.textContent!.trim()).to.equal('1 of 2,000 questions');
    await stillWorks(el);
  });
});
