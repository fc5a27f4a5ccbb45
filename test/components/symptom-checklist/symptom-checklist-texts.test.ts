import { expect, html, waitUntil } from '@open-wc/testing';
import { boxes, live, part, setup } from './checklist-page.js';

/** The count as a visitor reads it under the lists, and as a screen reader heard it. */
async function countAfterTicking(template: ReturnType<typeof html>) {
  const el = await setup(template);
  boxes(el)[0].click();
  await el.updateComplete;
  await waitUntil(() => live(el, 'polite') !== '');
  return { shown: part(el, 'count').textContent, heard: live(el, 'polite') };
}

describe('<clinic-symptom-checklist> texts', () => {
  describe('the count says "complaint" for a list of one, "complaints" for more', () => {
    for (const { lang, one, other } of [
      { lang: 'nl', one: 'Je herkent 1 van de 1 klacht.', other: 'Je herkent 1 van de 2 klachten.' },
      { lang: 'en', one: 'You recognise 1 of the 1 complaint.', other: 'You recognise 1 of the 2 complaints.' },
    ]) {
      it(`${lang}: "${one}"`, async () => {
        const single = await countAfterTicking(html`<div lang=${lang}><clinic-symptom-checklist threshold="1"><ul><li>Stijf</li></ul></clinic-symptom-checklist></div>`);
        expect(single.shown).to.equal(one);
        expect(single.heard).to.equal(one);
        const two = await countAfterTicking(html`<div lang=${lang}><clinic-symptom-checklist><ul><li>Stijf</li><li>Pijn</li></ul></clinic-symptom-checklist></div>`);
        expect(two.shown).to.equal(other);
      });
    }
  });

  it('a count the page gives as one text is used for any number', async () => {
    const { shown } = await countAfterTicking(
      html`<div lang="nl"><clinic-symptom-checklist threshold="1" data-i18n-count="Aangevinkt: {count}/{total}."><ul><li>Stijf</li></ul></clinic-symptom-checklist></div>`,
    );
    expect(shown).to.equal('Aangevinkt: 1/1.');
  });
});
