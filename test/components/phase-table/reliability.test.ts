import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/phase-table.js';
import type { ClinicPhaseTable } from '../../../src/components/phase-table/phase-table.js';
import { pageErrors } from '../../support/page-errors.js';
import { captureWarnings } from '../../support/warnings.js';
import { byRole } from './a11y-tree.js';
import { seedNames, seedTable } from './fixtures.js';

/** Issue 16: what a page script or a hurried editor does must never throw, hang or blank the table. */
describe('<clinic-phase-table> under page scripts and broken markup', () => {
  it('an update still pending when the element leaves the page does not throw', async () => {
    const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table>${seedTable()}</clinic-phase-table>`);
    const errors = await pageErrors(async () => {
      el.setAttribute('current', '3');
      el.remove();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    // Back on a page, it marks the phase it was given.
    document.body.append(el);
    await el.updateComplete;
    expect(el.querySelector('[aria-current="step"]')!.textContent).to.contain('3. Functioneel opbouwen');
    el.remove();
  });

  it('an element created, connected and removed before its first update does not throw', async () => {
    const errors = await pageErrors(async () => {
      const el = document.createElement('clinic-phase-table');
      el.setAttribute('current', '1');
      el.append(Object.assign(document.createElement('table'), { innerHTML: '<tr><th>Fase</th><th>Doel</th></tr><tr><td>Rust</td><td>Pijn dempen</td></tr>' }));
      document.body.append(el);
      el.remove();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
  });

  for (const wrongLayout of [1, true, -1, {}, null]) {
    it(`layout set to ${JSON.stringify(wrongLayout)} by a script: ${wrongLayout === null ? 'auto, quietly' : 'one warning, auto'}, no error`, async () => {
      const page = await fixture<HTMLElement>(html`<div lang="nl">
        <clinic-phase-table id="wide" style="width: 720px">${seedTable()}</clinic-phase-table>
        <clinic-phase-table id="narrow" style="width: 300px">${seedTable()}</clinic-phase-table>
      </div>`);
      const tables = [...page.querySelectorAll<ClinicPhaseTable>('clinic-phase-table')];
      const warnings = captureWarnings();
      const errors = await pageErrors(async () => {
        for (const el of tables) (el as unknown as { layout: unknown }).layout = wrongLayout;
        await Promise.all(tables.map((el) => el.updateComplete));
        // A second update (a CMS preview editing a cell) gives no second warning.
        tables[0].querySelector('td')!.append(' ');
        await waitUntil(() => tables[0].querySelector('td')!.textContent!.endsWith(' '));
        await tables[0].updateComplete;
      });
      warnings.restore();
      expect(errors).to.deep.equal([]);
      const expected =
        wrongLayout === null
          ? []
          : ['wide', 'narrow'].map(
              (id) =>
                `[clinic-elements] <clinic-phase-table id="${id}">: its layout property was set to ${
                  typeof wrongLayout === 'number' || typeof wrongLayout === 'boolean' ? `${wrongLayout}` : 'an object'
                }, which is not a layout it knows, so it chooses by its own width (auto). Use layout="auto", "table" or "steps".`,
            );
      expect(warnings.clinic).to.deep.equal(expected);
      // auto: the table where wide, steps where narrow
      expect(byRole(tables[0], 'table')).to.have.length(1);
      expect(byRole(tables[1], 'listitem').map((item) => item.text.split(' Doelen')[0])).to.deep.equal(seedNames);
    });
  }

  it('current set to an object by a script: one warning, no current phase, no error', async () => {
    const el = await fixture<ClinicPhaseTable>(html`<clinic-phase-table current="2" style="width: 300px">${seedTable()}</clinic-phase-table>`);
    const warnings = captureWarnings();
    const errors = await pageErrors(async () => {
      (el as unknown as { current: unknown }).current = {};
      await el.updateComplete;
    });
    warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(warnings.clinic).to.deep.equal([
      '[clinic-elements] <clinic-phase-table>: its current property was set to an object, which is not the number of one of its 4 phases, so no phase is marked as current. Use a whole number from 1 to 4, or leave it out.',
    ]);
    expect(el.querySelectorAll('[aria-current]')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
    el.current = 4;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-current]')!.textContent).to.contain('4. Zelfmanagement');
  });

  it('a phase table inside a phase table (pasted twice): no hang; the inner one works, the outer one warns and leaves it alone', async () => {
    const warnings = captureWarnings();
    const page = await fixture<HTMLElement>(html`<div lang="nl" style="width: 300px">
      <clinic-phase-table id="outer" current="1"><clinic-phase-table id="inner" current="3">${seedTable()}</clinic-phase-table></clinic-phase-table>
    </div>`);
    const outer = page.querySelector<ClinicPhaseTable>('#outer')!;
    const inner = page.querySelector<ClinicPhaseTable>('#inner')!;
    await Promise.all([outer.updateComplete, inner.updateComplete]);
    // A live edit would set off a loop of re-reads if the two wrote the same rows.
    inner.querySelector('td')!.textContent = 'Rust en uitleg.';
    await waitUntil(() => byRole(inner, 'listitem')[0]?.text.includes('Rust en uitleg.'), 'the inner table follows the edit');
    await new Promise((resolve) => setTimeout(resolve, 50));
    warnings.restore();
    expect(inner.querySelectorAll('[aria-current="step"]')).to.have.length(1);
    expect(inner.querySelector('[aria-current="step"]')!.textContent).to.contain('3. Functioneel opbouwen');
    expect(byRole(inner, 'listitem')).to.have.length(4);
    const outerWarnings = warnings.clinic.filter((message) => message.includes('id="outer"'));
    expect(outerWarnings.some((message) => message.includes('holds another <clinic-phase-table>'))).to.be.true;
    expect(warnings.clinic.filter((message) => message.includes('id="inner"'))).to.deep.equal([]);
  });
});
