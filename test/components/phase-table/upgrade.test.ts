// Nothing moves when the script upgrades a phase table that is already on screen. Each case defines
// a tag of its own from the class after measuring, so the rules can be checked before and after.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { ClinicPhaseTable } from '../../../src/components/phase-table/phase-table.js';
import { preUpgradeStyles } from '../../../src/components/phase-table/phase-table.pre-upgrade.styles.js';
import { byRole } from './a11y-tree.js';
import { extraColumnsTable, seedTable } from './fixtures.js';

const WIDE = 720;
const NARROW = 300;

describe('<clinic-phase-table> upgrade', () => {
  describe('with the pre-upgrade rules (phase-table.pre-upgrade.styles.ts), nothing moves on upgrade', () => {
    let defined = 0;
    /** A page with the element not yet defined, styled by the pre-upgrade rules; then upgraded. */
    async function upgradeMoves(width: number, table: unknown, layout?: string, current?: string, lang = 'nl') {
      const tag = `clinic-phase-table-early-${++defined}`;
      // The pre-upgrade rules (they hold the widget's rules for the author's table too), naming this test's tag.
      const css = preUpgradeStyles.cssText.replaceAll('clinic-phase-table', tag);
      const page = await fixture<HTMLElement>(html`<div style="width: ${width}px" lang=${lang}>
        <p>Voor de tabel</p>
        <div class="slot"></div>
        <p id="after">Na de tabel</p>
      </div>`);
      const style = document.createElement('style');
      style.textContent = css;
      const el = document.createElement(tag);
      if (layout) el.setAttribute('layout', layout);
      if (current) el.setAttribute('current', current);
      render(table, el);
      page.querySelector('.slot')!.append(style, el);
      const after = page.querySelector('#after')!;
      const before = [el.getBoundingClientRect().height, after.getBoundingClientRect().top];
      const { ClinicPhaseTable } = await import('../../../src/components/phase-table/phase-table.js');
      customElements.define(tag, class extends ClinicPhaseTable {});
      await (el as ClinicPhaseTable).updateComplete;
      return { before, after: [el.getBoundingClientRect().height, after.getBoundingClientRect().top], el };
    }

    it('narrow: the table already has the steps\' shape', async () => {
      const { before, after, el } = await upgradeMoves(NARROW, seedTable());
      expect(byRole(el, 'list')).to.have.length(1);
      expect(after).to.deep.equal(before);
    });

    it('narrow, four columns', async () => {
      const { before, after, el } = await upgradeMoves(640, extraColumnsTable());
      expect(byRole(el, 'list')).to.have.length(1);
      expect(after).to.deep.equal(before);
    });

    it('wide: the table stays as it is', async () => {
      const { before, after, el } = await upgradeMoves(WIDE, seedTable());
      expect(byRole(el, 'table')).to.have.length(1);
      expect(after).to.deep.equal(before);
    });

    it('the current phase\'s label, narrow and wide, Dutch and English', async () => {
      for (const width of [NARROW, WIDE]) {
        const { before, after, el } = await upgradeMoves(width, seedTable(), undefined, '2');
        expect(el.shadowRoot!.querySelector('[aria-current]') ?? el.querySelector('[aria-current]'), 'marked').to.exist;
        expect(after, `${width}px`).to.deep.equal(before);
      }
      for (const width of [NARROW, WIDE]) {
        const { before, after, el } = await upgradeMoves(width, seedTable(), undefined, '3', 'en');
        expect(el.shadowRoot!.querySelector('[part~="current-label"]')!.textContent).to.equal('Current phase');
        expect(after, `English, ${width}px`).to.deep.equal(before);
      }
    });

    it('layout="steps" at any width', async () => {
      const { before, after, el } = await upgradeMoves(WIDE, seedTable(), 'steps');
      expect(byRole(el, 'list')).to.have.length(1);
      expect(after).to.deep.equal(before);
    });

    it('layout="STEPS" (keywords in any case) at any width', async () => {
      const { before, after, el } = await upgradeMoves(WIDE, seedTable(), 'STEPS');
      expect(byRole(el, 'list')).to.have.length(1);
      expect(after).to.deep.equal(before);
    });
  });

  it('does not move the author\'s table when the script upgrades it (table layout)', async () => {
    const { ClinicPhaseTable } = await import('../../../src/components/phase-table/phase-table.js');
    const page = await fixture<HTMLElement>(html`<div style="width: ${WIDE}px">
      <p>Voor de tabel</p>
      <clinic-phase-table-late>${seedTable()}</clinic-phase-table-late>
      <p id="after">Na de tabel</p>
    </div>`);
    const table = page.querySelector('table')!;
    const before = [table.getBoundingClientRect().toJSON(), page.querySelector('#after')!.getBoundingClientRect().toJSON()];
    customElements.define('clinic-phase-table-late', class extends ClinicPhaseTable {});
    const el = page.querySelector('clinic-phase-table-late') as ClinicPhaseTable;
    await el.updateComplete;
    // (This tag gets no designed table look, which names clinic-phase-table: the look with the
    // pre-upgrade rules is tested above. This checks the widget's own slot and layout move nothing.)
    expect(el.shadowRoot!.querySelector('[data-layout="auto"]'), 'upgraded').to.exist;
    expect([table.getBoundingClientRect().toJSON(), page.querySelector('#after')!.getBoundingClientRect().toJSON()]).to.deep.equal(before);
  });
});
