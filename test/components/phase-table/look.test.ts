import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/phase-table.js';
import type { ClinicPhaseTable } from '../../../src/components/phase-table/phase-table.js';
import { byRole } from './a11y-tree.js';
import { extraColumnsTable, seedTable } from './fixtures.js';

/** Issue 17: a finished look for visitors, without any site CSS. */
describe('<clinic-phase-table>: the finished look', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  async function table(width: number, content: unknown, attributes: { current?: string; layout?: string } = {}) {
    const el = await fixture<ClinicPhaseTable>(
      html`<clinic-phase-table lang="nl" style="width: ${width}px" current=${ifDefined(attributes.current)} layout=${ifDefined(attributes.layout)}>${content}</clinic-phase-table>`,
    );
    await el.updateComplete;
    return el;
  }

  it('a designed default table: caption and cells aligned to the start, cells to the top, a line between rows', async () => {
    const el = await table(720, seedTable());
    const caption = el.querySelector('caption')!;
    const [headerCell] = el.querySelectorAll('thead th');
    const bodyCells = [...el.querySelectorAll<HTMLElement>('tbody th, tbody td')];
    expect(getComputedStyle(caption).textAlign).to.equal('start');
    expect(Number(getComputedStyle(caption).fontWeight)).to.be.at.least(700);
    for (const cell of [headerCell, ...bodyCells]) {
      expect(getComputedStyle(cell).textAlign, cell.textContent!).to.equal('start');
      expect(parseFloat(getComputedStyle(cell).paddingLeft), cell.textContent!).to.be.above(8);
      expect(getComputedStyle(cell).borderBottomStyle, cell.textContent!).to.equal('solid');
    }
    expect(bodyCells.every((cell) => getComputedStyle(cell).verticalAlign === 'top')).to.equal(true);
    expect(parseFloat(getComputedStyle(headerCell).borderBottomWidth)).to.be.above(parseFloat(getComputedStyle(bodyCells[0]).borderBottomWidth));
    expect(el.querySelector('table')!.getBoundingClientRect().width).to.equal(720);
    await expect(el).to.be.accessible();
  });

  it('the page\'s own table rules win over the default look', async () => {
    const style = document.createElement('style');
    style.textContent = 'td { text-align: center; padding: 2px; } caption { text-align: right; }';
    document.head.append(style);
    try {
      const el = await table(720, seedTable());
      expect(getComputedStyle(el.querySelector('td')!).textAlign).to.equal('center');
      expect(getComputedStyle(el.querySelector('td')!).paddingLeft).to.equal('2px');
      expect(getComputedStyle(el.querySelector('caption')!).textAlign).to.equal('right');
    } finally {
      style.remove();
    }
  });

  it('steps do not show the column label in every step when it is the only detail (screen readers still hear it)', async () => {
    const el = await table(300, seedTable(), { current: '2' });
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="step-label"]')];
    expect(labels).to.have.length(4);
    for (const label of labels) expect(label.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
    expect(byRole(el, 'listitem').every((item) => item.text.includes('Doelen & aanpak'))).to.equal(true);
    // The caption above the steps names the table once.
    expect(el.shadowRoot!.querySelector('[part~="caption"]')!.getBoundingClientRect().height).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('steps label each detail where a phase has several', async () => {
    const el = await table(300, extraColumnsTable());
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="step-label"]')];
    expect(labels.map((label) => label.textContent)).to.include.members(['Doelen & aanpak', 'Duur', 'Voorbeelden']);
    for (const label of labels) expect(label.getBoundingClientRect().width).to.be.above(10);
  });

  it('the current phase reads as a highlight in steps: a tinted step, a thicker line, its label on a line of its own', async () => {
    const el = await table(300, seedTable(), { current: '2' });
    const [first, current] = byRole(el, 'listitem').map((item) => item.element);
    expect(getComputedStyle(current).backgroundColor).not.to.equal(getComputedStyle(first).backgroundColor);
    const label = current.querySelector('[part~="current-label"]')!;
    const name = current.querySelector('[part~="step-name"]')!;
    expect(label.getBoundingClientRect().bottom).to.be.at.most(name.getBoundingClientRect().top + 0.5);
    expect(getComputedStyle(label).borderTopStyle).to.equal('none');
    // The text of the current step starts where the others' does: the thicker line takes no room.
    const textStart = (item: Element) => item.querySelector('[part~="step-name"]')!.getBoundingClientRect().left;
    expect(Math.abs(textStart(current) - textStart(first))).to.be.below(0.5);
  });

  it('nothing overflows at 320 px: long words, four columns, a forced table, a current phase', async () => {
    await setViewport({ width: 320, height: 640 });
    const longWord = html`<table><caption>Fasen</caption><thead><tr><th>Fase</th><th>Uitleg</th></tr></thead>
      <tbody><tr><th>Rust</th><td>https://www.voorbeeld-fysiotherapie.nl/behandeling/rugklachten/oefeningen-voor-thuis</td></tr></tbody></table>`;
    const page = await fixture<HTMLElement>(html`<main lang="nl" style="padding: 0 16px">
      <clinic-phase-table current="2">${seedTable()}</clinic-phase-table>
      <clinic-phase-table current="1">${longWord}</clinic-phase-table>
      <clinic-phase-table layout="table" current="1">${longWord}</clinic-phase-table>
      <clinic-phase-table layout="table" current="3">${extraColumnsTable()}</clinic-phase-table>
    </main>`);
    await Promise.all([...page.querySelectorAll<ClinicPhaseTable>('clinic-phase-table')].map((el) => el.updateComplete));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const el of page.querySelectorAll('clinic-phase-table')) {
      expect(el.getBoundingClientRect().right, el.getAttribute('layout') ?? 'auto').to.be.at.most(304.5);
    }
  });

  it('forced colours: the current row keeps an outline and its label (not colour alone)', async function () {
    const emulated = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true });
    if (!emulated) this.skip();
    try {
      const el = await table(720, seedTable(), { current: '2' });
      const row = el.querySelector('[aria-current="step"]')!;
      expect(getComputedStyle(row).outlineStyle).to.equal('solid');
      expect(getComputedStyle(row.querySelector('[data-clinic-current]')!, '::before').content).to.contain('Huidige fase');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('reduced motion: nothing of the widget moves (no transition or animation)', async function () {
    // Emulated through CDP, which Firefox under WebDriver BiDi and WebKit lack.
    const emulated = await emulateMedia({ reducedMotion: 'reduce' }).then(
      () => true,
      () => false,
    );
    if (!emulated) this.skip();
    try {
      const el = await table(300, seedTable(), { current: '2' });
      for (const element of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
        const style = getComputedStyle(element);
        expect(parseFloat(style.transitionDuration) || 0).to.be.at.most(0.001);
        expect(style.animationName).to.equal('none');
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
