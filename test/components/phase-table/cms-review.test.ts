import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/phase-table.js';
import type { ClinicPhaseTable } from '../../../src/components/phase-table/phase-table.js';
import { captureWarnings } from '../../support/warnings.js';
import { byRole } from './a11y-tree.js';
import { seedTable } from './fixtures.js';

/** Findings of the CMS-editor review: what an editor pastes besides (or into) the table. */
describe('<clinic-phase-table>: CMS editors\' content', () => {
  /** Renders `template` in a `width`-px element, capturing the warnings of the first render. */
  async function withWarnings(template: unknown, width: number, attributes = '') {
    const warnings = captureWarnings();
    const page = await fixture<HTMLElement>(html`<div style="width: ${width}px" lang="nl">${template}</div>`);
    const el = page.querySelector<ClinicPhaseTable>('clinic-phase-table')!;
    if (attributes) el.setAttribute('layout', attributes);
    await el.updateComplete;
    warnings.restore();
    return { page, el, messages: warnings.clinic.map((message) => message.replace(/^\[clinic-elements\] <clinic-phase-table[^>]*>: /, '')) };
  }

  const OTHER_CONTENT =
    'has content besides its first <table> (an introduction, a source line, a second table): the steps show only that table, so this content is hidden where steps show. Put it outside the <clinic-phase-table>.';
  const introAndSource = html`<clinic-phase-table current="1"><p id="intro">Elke behandeling doorloopt drie fases.</p>
    <table><caption>Fases</caption><tr><th>F</th><th>D</th></tr><tr><td>1</td><td>a</td></tr></table>
    <p id="bron">Bron: KNGF-richtlijn.</p></clinic-phase-table>`;
  const shown = (element: Element) => element.getBoundingClientRect().height > 0;

  it('content besides the table: one warning that the steps layout does not show it; table layout shows it', async () => {
    const narrow = await withWarnings(introAndSource, 360);
    expect(narrow.messages).to.deep.equal([OTHER_CONTENT]);
    expect(byRole(narrow.el, 'listitem').map((item) => item.text)).to.deep.equal(['1. 1 D a']);
    await expect(narrow.el).to.be.accessible();
    const wide = await withWarnings(introAndSource, 1280);
    expect(wide.messages).to.deep.equal([OTHER_CONTENT]);
    expect(shown(wide.el.querySelector('#intro')!) && shown(wide.el.querySelector('#bron')!)).to.be.true;
    expect(byRole(wide.el, 'table')).to.have.length(1);
  });

  it('a second <table>: the same one warning; the first table makes the steps', async () => {
    const { el, messages } = await withWarnings(
      html`<clinic-phase-table>${seedTable()}<table><tr><th>Extra</th></tr><tr><td>x</td></tr></table></clinic-phase-table>`,
      360,
    );
    expect(messages).to.deep.equal([OTHER_CONTENT]);
    expect(byRole(el, 'listitem')).to.have.length(4);
  });

  it('only the table (with whitespace and comments around it): no warning', async () => {
    const { messages } = await withWarnings(html`<clinic-phase-table>
      <!-- wp:table -->
      ${seedTable()}
      <!-- /wp:table -->
    </clinic-phase-table>`, 360);
    expect(messages).to.deep.equal([]);
  });

  it('embeds and form controls in a cell are left out of the steps: loaded once, one field each', async () => {
    const key = `phase-iframe-${Math.random().toString(36).slice(2)}`;
    const { el, messages } = await withWarnings(
      html`<clinic-phase-table><table><thead><tr><th>Fase</th><th>Uitleg</th></tr></thead><tbody>
        <tr><td>Rust</td><td>Bekijk de video <iframe title="Video" src="/__submit?key=${key}"></iframe><video src="/nope.mp4"></video>
          <object title="Folder" data="/nope.pdf"></object><embed title="Folder" src="/nope.pdf"><audio src="/nope.mp3"></audio></td></tr>
        <tr><td>Kracht</td><td><form action="/__submit"><label>Naam <input name="naam"></label><label>Keuze <select name="s"><option>a</option></select></label>
          <label>Vraag <textarea name="t"></textarea></label><button>Verstuur</button></form></td></tr></tbody></table></clinic-phase-table>`,
      360,
    );
    expect(messages).to.deep.equal([]);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('iframe, video, object, embed, audio, input, select, textarea, button')).to.have.length(0);
    expect(byRole(el, 'listitem').map((item) => item.text)).to.deep.equal(['1. Rust Uitleg Bekijk de video', '2. Kracht Uitleg Naam Keuze Vraag']);
    // the author's own are still in the table (its layout shows them)
    expect(el.querySelectorAll('iframe, video, object, embed, audio, input, select, textarea, button')).to.have.length(9);
    // every frame on the page loaded, then the frame's host was asked once
    const frames = () => [...document.querySelectorAll('iframe'), ...root.querySelectorAll('iframe')];
    await waitUntil(() => frames().every((frame) => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL.includes(key)), 'frames loaded');
    const received = await (await fetch(`/__submit/received?key=${key}`)).json();
    expect(received).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('an <img onerror> in a cell: its handler is not copied, so it runs once (the author\'s image only)', async () => {
    const win = window as { __phaseImageErrors?: number };
    win.__phaseImageErrors = 0;
    const { el } = await withWarnings(
      html`<clinic-phase-table><table><thead><tr><th>Fase</th><th>Beeld</th></tr></thead><tbody>
        <tr><td>Rust</td><td><img src="/nope-${Math.random()}.png" alt="Oefening" onerror="window.__phaseImageErrors++"></td></tr></tbody></table></clinic-phase-table>`,
      360,
    );
    const images = [el.querySelector('img')!, el.shadowRoot!.querySelector('img')!];
    expect(images[1].hasAttribute('onerror')).to.be.false;
    await waitUntil(() => images.every((image) => image.complete), 'both images settled');
    // The error event comes a moment after `complete` (under load, after the check above).
    await waitUntil(() => win.__phaseImageErrors! > 0, 'the author\'s image reported its error');
    expect(win.__phaseImageErrors).to.equal(1);
  });

  it('layout keywords in any case: layout="STEPS" and layout="Table", without a warning', async () => {
    const steps = await withWarnings(html`<clinic-phase-table>${seedTable()}</clinic-phase-table>`, 1280, 'STEPS');
    expect(steps.messages).to.deep.equal([]);
    expect(byRole(steps.el, 'list')).to.have.length(1);
    expect(byRole(steps.el, 'table')).to.have.length(0);
    const table = await withWarnings(html`<clinic-phase-table>${seedTable()}</clinic-phase-table>`, 300, 'Table');
    expect(table.messages).to.deep.equal([]);
    expect(byRole(table.el, 'table')).to.have.length(1);
    expect(byRole(table.el, 'list')).to.have.length(0);
    await expect(table.el).to.be.accessible();
  });
});
