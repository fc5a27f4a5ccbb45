// The docs pages a designer reviews (issue 17): every state visible on its docs page, ids of each
// story its own, API tables with the public API only, CSS custom property controls that change the
// widget, and <clinic-location> with docs of its own. Runs against the built Storybook:
//   npm run build-storybook && node --test test/stories/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, listDocs, listStories, openStory, serve, staticFolder } from './storybook.mjs';

const folder = staticFolder();
let server;
let browser;
let page;

before(async () => {
  server = await serve(folder);
  browser = await launch();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a docs page by its title ('Contact form'). */
async function openDocs(title) {
  const docs = listDocs(folder).find((entry) => entry.title === title);
  assert.ok(docs, `a docs page titled "${title}"`);
  await openStory(page, server.url, docs.id, { viewMode: 'docs' });
}

/** The rows of the docs page's API table: `{ category, name, hasControl }`. */
const apiRows = () =>
  page.evaluate(() => {
    const rows = [];
    let category = '';
    for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
      const cells = row.querySelectorAll('td');
      if (cells.length === 1 || row.getAttribute('title')?.startsWith('Hide') || row.getAttribute('title')?.startsWith('Show')) {
        category = row.textContent.trim().toLowerCase();
        continue;
      }
      const name = cells[0]?.querySelector('span')?.textContent.trim() ?? cells[0]?.textContent.trim();
      const control = cells[cells.length - 1];
      const hasControl = control?.querySelector('input, select, textarea, button[role="switch"], label') !== null && !/^-?$/.test(control?.textContent.trim() ?? '-') ? true : control?.querySelector('input, select, textarea') !== null;
      rows.push({ category, name, hasControl });
    }
    return rows;
  });

describe('docs pages', () => {
  for (const { title, id } of listDocs(folder).filter((entry) => entry.title !== 'Introduction')) {
    it(`${title}: every story renders on the page, and no id is used twice`, async () => {
      await openStory(page, server.url, id, { viewMode: 'docs' });
      const { duplicates, empty } = await page.evaluate(() => {
        const seen = new Map();
        // The stories' own ids (Storybook's wrappers repeat `root-inner` in every story block).
        const storybookOwn = (id) => id === 'root-inner' || id.startsWith('story--') || id.startsWith('anchor--');
        for (const element of document.querySelectorAll('#storybook-docs [id]')) {
          if (!storybookOwn(element.id)) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
        }
        return {
          duplicates: [...seen].filter(([, count]) => count > 1).map(([duplicate]) => duplicate),
          empty: [...document.querySelectorAll('.docs-story')].filter((block) => !block.querySelector('[class*="clinic-"], clinic-faq, clinic-symptom-checklist, clinic-phase-table, clinic-location-picker, clinic-contact-form')).length,
        };
      });
      assert.deepEqual(duplicates, [], 'ids used by more than one element on the docs page');
      assert.equal(empty, 0, 'story blocks without a widget');
    });
  }

  it('Contact form: the states show on the docs page itself (no play step): errors, sending, success, failure', async () => {
    await openDocs('Contact form');
    const visibleParts = await page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
      return all(document)
        .filter((element) => element.getAttribute('part') && element.getClientRects().length > 0)
        .flatMap((element) => element.getAttribute('part').split(/\s+/));
    });
    for (const part of ['error-summary', 'success', 'alert']) assert.ok(visibleParts.includes(part), `a visible [part="${part}"] on the docs page`);
    const busy = await page.evaluate(() => [...document.querySelectorAll('clinic-contact-form')].some((form) => form.querySelector('[aria-busy="true"], [aria-disabled="true"]') || form.shadowRoot?.querySelector('[aria-busy="true"]') || form.matches('[aria-busy="true"]') || /Versturen|Bezig/.test(form.querySelector('button[type="submit"]')?.textContent ?? '')));
    assert.ok(busy, 'the sending state shows');
  });

  it('FAQ, checklist and picker: their states show on their docs pages (search results, a warning sign, each geolocation message)', async () => {
    const visibleText = () => page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
      return all(document)
        .filter((element) => element.childElementCount === 0 && element.getClientRects().length > 0)
        .map((element) => element.textContent.trim())
        .join('\n');
    });
    await openDocs('FAQ');
    const hiddenBySearch = await page.evaluate(() => [...document.querySelectorAll('clinic-faq > details')].filter((details) => details.getClientRects().length === 0).length);
    assert.ok(hiddenBySearch > 0, 'questions hidden by a search');
    await openDocs('Symptom checklist');
    const urgent = await page.evaluate(() => [...document.querySelectorAll('clinic-symptom-checklist')].filter((checklist) => [...(checklist.shadowRoot?.querySelectorAll('[part~="urgent"]') ?? [])].some((element) => element.getClientRects().length > 0)).length);
    assert.ok(urgent >= 2, 'the urgent notice in the warning-sign stories');
    await openDocs('Location picker');
    const text = await visibleText();
    for (const message of ['Locatie opvragen', 'niet gedeeld', 'niet gevonden', 'te lang', 'Dichtstbij eerst']) assert.match(text, new RegExp(message), `"${message}" on the docs page`);
  });

  it('Location picker: the API table shows the public API only; the attribute and the part named label both have rows, the attribute its control', async () => {
    await openDocs('Location picker');
    const rows = await apiRows();
    const names = rows.map((row) => row.name);
    for (const internal of ['formAssociated', 'internals', 'content', 'localize', 'formResetCallback']) assert.ok(!names.includes(internal), `no row for ${internal}`);
    assert.ok(names.includes('label'), 'the label attribute');
    assert.ok(names.includes('::part(label)'), 'the label part');
    assert.ok(rows.find((row) => row.name === 'label')?.hasControl, 'label keeps its control');
  });

  it('Contact form: the success slot and the success part both have rows (the Slots section stays)', async () => {
    await openDocs('Contact form');
    const names = (await apiRows()).map((row) => row.name);
    assert.ok(names.includes('success'), 'the success slot');
    assert.ok(names.includes('::part(success)'), 'the success part');
    assert.ok(!names.includes('errors') && !names.includes('model'), 'no private state');
  });

  it('<clinic-location> has docs of its own', async () => {
    assert.ok(listDocs(folder).some((entry) => entry.title === 'Location picker/Location'));
  });
});

describe('CSS custom property controls', () => {
  it('--clinic-faq-divider changes the line under each question', async () => {
    const story = listStories(folder).find((entry) => entry.id === 'faq--default');
    await openStory(page, server.url, story.id);
    const line = () => page.evaluate(() => getComputedStyle(document.querySelector('clinic-faq details')).borderBottom);
    const before = await line();
    await page.evaluate(() => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: 'faq--default', updatedArgs: { '--clinic-faq-divider': '5px dotted rgb(255, 0, 0)' } }));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('clinic-faq details')).borderBottom.includes('5px dotted'), { timeout: 10000 }).catch(() => {});
    const after = await line();
    assert.notEqual(after, before);
    assert.match(after, /5px dotted rgb\(255, 0, 0\)/);
  });
});
