import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/faq.js';
import type { ClinicFaq } from '../../../src/faq.js';
import { pageErrors } from '../../support/page-errors.js';
import { captureWarnings } from '../../support/warnings.js';
import { details, part, schemaOf, seedItems, summaries } from './seed.js';

/** Issue 16: what a page script or a hurried editor does must never throw, hang or blank the FAQ. */
describe('<clinic-faq> under page scripts and broken markup', () => {
  /** An FAQ element made by a script: two questions, not yet on the page. */
  function scriptedFaq(): ClinicFaq {
    const el = document.createElement('clinic-faq');
    for (const question of ['Een?', 'Twee?']) {
      const item = document.createElement('details');
      item.append(Object.assign(document.createElement('summary'), { textContent: question }), 'Ja.');
      el.append(item);
    }
    return el;
  }

  it('an FAQ removed before its first update does not throw, and is styled when it comes back', async () => {
    const el = scriptedFaq();
    const errors = await pageErrors(async () => {
      document.body.append(el);
      el.remove();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    document.body.append(el);
    await el.updateComplete;
    try {
      expect(getComputedStyle(summaries(el)[0]).fontWeight).to.equal('600');
      part(el, 'toggle-all')!.click();
      await el.updateComplete;
      expect(details(el).every((item) => item.open)).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('an update pending when the FAQ leaves the page does not throw', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq>${seedItems}</clinic-faq>`);
    const errors = await pageErrors(async () => {
      el.single = true;
      el.searchable = true;
      el.remove();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
  });

  it('boolean properties set to other types by a script work like the platform\'s (truthy is on), without an error', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq lang="nl">${seedItems}</clinic-faq>`);
    const errors = await pageErrors(async () => {
      (el as unknown as Record<string, unknown>).searchable = 'ja';
      (el as unknown as Record<string, unknown>).single = 0;
      (el as unknown as Record<string, unknown>).noSchema = {};
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('searchable')).to.equal(true);
    expect(el.hasAttribute('single')).to.equal(false);
    expect(part(el, 'search-input')).to.exist;
    expect(schemaOf(el)).to.equal(0);
  });

  for (const slot of ['valueOf', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'noresults']) {
    it(`an element with slot="${slot}" (a name it does not know): one warning, shown where it is, the FAQ works`, async () => {
      const warnings = captureWarnings();
      const el = await fixture<ClinicFaq>(html`<clinic-faq searchable lang="nl">${seedItems}<p slot=${slot}>Bel ons</p></clinic-faq>`);
      warnings.restore();
      expect(warnings.clinic).to.deep.equal([
        `[clinic-elements] <clinic-faq>: has a <p slot="${slot}">, a slot it does not know; it shows where it is. The one slot is slot="no-results", for the message shown when a search finds nothing.`,
      ]);
      expect(el.querySelector('p')!.hidden).to.equal(false);
      expect(details(el)).to.have.length(5);
      part<HTMLInputElement>(el, 'search-input')!.focus();
      await sendKeys({ type: 'zwemmen' });
      await el.updateComplete;
      expect(details(el).filter((item) => !item.hidden)).to.have.length(1);
    });
  }

  it('a keydown with a key named like an Object member (from a page script) moves nothing', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq>${seedItems}</clinic-faq>`);
    const keys = summaries(el);
    keys[2].focus();
    for (const key of ['constructor', 'toString', 'valueOf', '__proto__']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      keys[2].dispatchEvent(event);
      expect(event.defaultPrevented, key).to.equal(false);
      expect(document.activeElement, key).to.equal(keys[2]);
    }
  });

  it('an FAQ inside an FAQ (pasted twice): no hang, the inner one works, the outer one warns', async () => {
    const warnings = captureWarnings();
    const page = await fixture<HTMLElement>(html`<div lang="nl"><clinic-faq id="outer"><clinic-faq id="inner">${seedItems}</clinic-faq></clinic-faq></div>`);
    const inner = page.querySelector<ClinicFaq>('#inner')!;
    await inner.updateComplete;
    summaries(inner)[0].textContent = 'Nieuwe vraag?';
    await waitUntil(() => schemaOf(inner).mainEntity?.[0]?.name === 'Nieuwe vraag?', 'the inner FAQ follows the edit');
    await new Promise((resolve) => setTimeout(resolve, 50));
    warnings.restore();
    expect(warnings.clinic.filter((message) => message.includes('id="inner"'))).to.deep.equal([]);
    expect(warnings.clinic.some((message) => message.startsWith('[clinic-elements] <clinic-faq id="outer">: has a <clinic-faq> that is not a <details> question.'))).to.equal(true);
    part(inner, 'toggle-all')!.click();
    await inner.updateComplete;
    expect(details(inner).every((item) => item.open)).to.equal(true);
  });
});
