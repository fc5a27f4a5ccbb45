import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { readPhaseTable, cellGrid } from '../../../src/components/phase-table/read-phase-table.js';
import { chooseLayout, currentIndex, namesAreNumbered } from '../../../src/components/phase-table/phase-layout.js';
import { extraColumnsTable, seedNames, seedTable } from './fixtures.js';

/** Author content in a plain <div> (no widget), as the read step sees it. */
async function host(content: unknown): Promise<HTMLElement> {
  const div = await fixture<HTMLDivElement>(html`<div></div>`);
  render(content, div);
  return div;
}
const text = (nodes: Node[]) => nodes.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();

describe('readPhaseTable', () => {
  it('reads the seed table: caption, four phases by their first cell, goals labelled by their header', async () => {
    const model = readPhaseTable(await host(seedTable()));
    expect(model.caption).to.equal('Behandeling: doelen per fase');
    expect(model.phases.map((phase) => phase.name)).to.deep.equal(seedNames);
    expect(model.columns).to.equal(2);
    expect(model.phases[0].details.map((detail) => detail.label)).to.deep.equal(['Doelen & aanpak']);
    expect(text(model.phases[3].details[0].content)).to.equal('Onderhoudsschema, flare-up plan, slaap/Stress & balans, terugvalpreventie.');
    expect(model.problems).to.deep.equal([]);
  });

  it('keeps every extra column, labelled by its header text, and copies links in cells', async () => {
    const model = readPhaseTable(await host(extraColumnsTable()));
    const [first] = model.phases;
    expect(first.details.map((detail) => detail.label)).to.deep.equal(['Doelen & aanpak', 'Duur', 'Voorbeelden']);
    expect(first.details.map((detail) => text(detail.content))).to.deep.equal(['Pijn/stijfheid dempen', '1–2 weken', 'Warmte, korte wandelingen']);
    const link = first.details[2].content.find((node) => node instanceof HTMLAnchorElement) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('#wandelen');
    expect(link.isConnected, 'a copy, the author\'s link stays in the table').to.be.false;
  });

  it('takes a first row of <th> cells as the header when there is no <thead>', async () => {
    const model = readPhaseTable(await host(html`<table><tr><th>Fase</th><th>Doel</th></tr><tr><td>Rust</td><td>Pijn dempen</td></tr></table>`));
    expect(model.phases.map((phase) => phase.name)).to.deep.equal(['Rust']);
    expect(model.phases[0].details[0].label).to.equal('Doel');
    expect(model.problems).to.deep.equal([]);
  });

  it('repeats a cell merged over two phases (rowspan) in both, with the right labels', async () => {
    const model = readPhaseTable(
      await host(html`<table><thead><tr><th>Fase</th><th>Doel</th><th>Duur</th></tr></thead><tbody>
        <tr><td>A</td><td rowspan="2">Samen</td><td>1 week</td></tr>
        <tr><td>B</td><td>2 weken</td></tr>
        <tr><td colspan="2">C over twee</td><td>3 weken</td></tr>
      </tbody></table>`),
    );
    const details = model.phases.map((phase) => phase.details.map((detail) => `${detail.label}: ${text(detail.content)}`));
    expect(details).to.deep.equal([['Doel: Samen', 'Duur: 1 week'], ['Doel: Samen', 'Duur: 2 weken'], ['Duur: 3 weken']]);
    expect(model.phases[2].name).to.equal('C over twee');
    expect(model.problems).to.have.length(1);
    expect(model.problems[0]).to.contain('rowspan/colspan');
  });

  it('lays cells out in a grid, a merged cell in every slot it covers', async () => {
    const div = await host(html`<table><tr><td rowspan="2">a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td></tr></table>`);
    const grid = cellGrid([...div.querySelector('table')!.rows]);
    expect(grid.map((row) => row.map((cell) => cell.textContent).join(''))).to.deep.equal(['abb', 'acd']);
  });

  it('copies cells without scripts, event handlers or ids, and says so once', async () => {
    const div = await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
      <tr><td id="een">Een</td><td><span id="x" onclick="window.__phaseClicked = true">Klik</span><script>window.__phaseRan = (window.__phaseRan ?? 0) + 1;</script></td></tr>
    </tbody></table>`);
    const model = readPhaseTable(div);
    const copy = model.phases[0].details[0].content;
    const span = copy[0] as HTMLElement;
    expect(span.hasAttribute('onclick')).to.be.false;
    expect(span.hasAttribute('id')).to.be.false;
    expect(copy.some((node) => node instanceof HTMLScriptElement)).to.be.false;
    expect(model.problems).to.deep.equal(['script-like content is not run.']);
  });

  describe('bad input: one problem each, and what can be read is read', () => {
    it('no table', async () => {
      const model = readPhaseTable(await host(html`<p>Fase 1: rust</p>`));
      expect(model.phases).to.deep.equal([]);
      expect(model.problems).to.have.length(1);
      expect(model.problems[0]).to.contain('no <table>');
    });

    it('an empty table', async () => {
      const model = readPhaseTable(await host(html`<table><thead><tr><th>Fase</th></tr></thead></table>`));
      expect(model.phases).to.deep.equal([]);
      expect(model.problems).to.deep.equal(['no <table> rows.']);
    });

    it('no header row', async () => {
      const model = readPhaseTable(await host(html`<table><tr><td>Rust</td><td>Pijn dempen</td></tr><tr><td>Kracht</td><td>Opbouwen</td></tr></table>`));
      expect(model.phases.map((phase) => phase.name)).to.deep.equal(['Rust', 'Kracht']);
      expect(model.phases[0].details[0].label).to.equal('');
      expect(model.problems).to.have.length(1);
      expect(model.problems[0]).to.contain('no header row');
    });

    it('rows with missing or extra cells: every cell is kept', async () => {
      const model = readPhaseTable(
        await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>
          <tr><td>A</td></tr><tr><td>B</td><td>b</td></tr><tr><td>C</td><td>c</td><td>extra</td></tr>
        </tbody></table>`),
      );
      expect(model.phases.map((phase) => phase.details.map((detail) => text(detail.content)))).to.deep.equal([[], ['b'], ['c', 'extra']]);
      expect(model.phases[2].details[1].label).to.equal('');
      expect(model.problems).to.deep.equal(['rows 1, 3 do not have 2 cells.']);
    });

    it('60 rows: all read', async () => {
      const rows = Array.from({ length: 60 }, (_, i) => html`<tr><td>Fase ${i + 1}</td><td>Doel ${i + 1}</td></tr>`);
      const model = readPhaseTable(await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody>${rows}</tbody></table>`));
      expect(model.phases).to.have.length(60);
      expect(model.problems).to.deep.equal(['over 20 phases.']);
    });

    it('script-like text stays text', async () => {
      const model = readPhaseTable(await host(html`<table><thead><tr><th>Fase</th><th>Doel</th></tr></thead><tbody><tr><td>${'<img src=x onerror=alert(1)>'}</td><td>ok</td></tr></tbody></table>`));
      expect(model.phases[0].name).to.equal('<img src=x onerror=alert(1)>');
      expect(model.phases[0].nameContent.every((node) => node.nodeType !== Node.ELEMENT_NODE)).to.be.true;
      expect(model.problems).to.deep.equal(['script-like content is not run.']);
    });
  });
});

describe('phase decisions', () => {
  it('current: a phase number from 1 to the count, else none', () => {
    const phases = ['Rust', 'Kracht', 'Opbouwen', 'Zelfmanagement'];
    expect(currentIndex(2, phases)).to.equal(1);
    expect(currentIndex(1, phases)).to.equal(0);
    expect(currentIndex(4, phases)).to.equal(3);
    for (const bad of [0, 5, -1, 2.5, NaN, null, undefined]) expect(currentIndex(bad, phases), String(bad)).to.equal(-1);
  });

  it('layout: auto, table or steps; anything else is auto', () => {
    expect(chooseLayout('table')).to.equal('table');
    expect(chooseLayout('steps')).to.equal('steps');
    expect(chooseLayout('auto')).to.equal('auto');
    expect(chooseLayout('grid')).to.equal('auto');
    expect(chooseLayout(null)).to.equal('auto');
  });

  it('names that carry their own numbers get none added', () => {
    expect(namesAreNumbered(seedNames)).to.be.true;
    expect(namesAreNumbered(['1) Rust', '2 Kracht'])).to.be.true;
    expect(namesAreNumbered(['Rust', '2. Kracht'])).to.be.false;
    expect(namesAreNumbered(['Fase 1'])).to.be.false;
  });
});
