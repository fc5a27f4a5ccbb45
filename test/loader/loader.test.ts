import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The loader as a CMS page uses it: one <script type="module"> (here: an import once the page has its
// content), built by `npm run build` (npm test builds before the browser tests).
const LOADER = '/dist/clinic-elements.loader.js';

/** Paths of our built files this page has requested so far. */
function loadedFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'))
    .sort();
}

describe('the loader', () => {
  it('loads only the FAQ (with the shared chunk) on a page with only an FAQ, and the FAQ works', async () => {
    const faq = await fixture(html`<clinic-faq>
      <details><summary>Is bewegen veilig met artrose?</summary><p>Ja, juist gedoseerd bewegen helpt.</p></details>
      <details><summary>Hoe lang duurt een behandeling?</summary><p>Meestal zes tot twaalf weken.</p></details>
    </clinic-faq>`);
    await import(/* @vite-ignore */ LOADER);
    await customElements.whenDefined('clinic-faq');
    await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    expect(loadedFiles()).to.deep.equal(['/dist/clinic-elements.faq.js', '/dist/clinic-elements.loader.js', '/dist/clinic-elements.shared.js']);
    for (const tagName of ['clinic-symptom-checklist', 'clinic-phase-table', 'clinic-location-picker', 'clinic-contact-form']) {
      expect(customElements.get(tagName), tagName).to.equal(undefined);
    }
    const controls = faq.querySelector('[data-clinic-faq-controls]')!;
    const openAll = controls.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle-all"]')!;
    openAll.click();
    await waitUntil(() => [...faq.querySelectorAll('details')].every((details) => details.open), 'open all opened every answer');
  });

  it('loads a widget whose tag is added to the page later, and only that one', async () => {
    const before = loadedFiles();
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<clinic-phase-table current="2"><table><caption>Fasen</caption>
      <thead><tr><th>Fase</th><th>Doel</th></tr></thead>
      <tbody><tr><th>1. Calm down</th><td>Pijn dempen</td></tr><tr><th>2. Build up</th><td>Kracht opbouwen</td></tr></tbody>
    </table></clinic-phase-table>`;
    await customElements.whenDefined('clinic-phase-table');
    const table = host.querySelector('clinic-phase-table')!;
    await waitUntil(() => table.shadowRoot !== null, 'the phase table upgraded');
    await waitUntil(() => table.querySelector('[aria-current="step"]') !== null, 'the current phase is marked');

    const added = loadedFiles().filter((path) => !before.includes(path));
    expect(added).to.deep.equal(['/dist/clinic-elements.phase-table.js']);
    expect(customElements.get('clinic-contact-form')).to.equal(undefined);
  });

  it('loads a widget nested inside an added element', async () => {
    const host = await fixture(html`<div></div>`);
    const section = document.createElement('section');
    section.innerHTML = '<clinic-symptom-checklist><ul><li>Startstijfheid</li><li>Pijn bij draaien</li></ul></clinic-symptom-checklist>';
    host.append(section);
    await customElements.whenDefined('clinic-symptom-checklist');
    const checklist = section.querySelector('clinic-symptom-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('input[type="checkbox"]') ?? checklist.querySelector('input[type="checkbox"]'), 'checkboxes rendered');
  });
});
