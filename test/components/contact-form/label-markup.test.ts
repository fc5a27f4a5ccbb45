import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { onDutchPage, shadow, submitButton } from './helpers.js';

declare global {
  interface Window {
    __fired?: number;
  }
}

// A CMS editor's review: the form read its labels by copying them into the page, so an image in a
// label (an icon, a tracking pixel, an onerror handler) loaded and ran again on every read.
describe('<clinic-contact-form> reading labels with markup', () => {
  beforeEach(() => sessionStorage.clear());

  it('markup in a label runs once, as the page ran it: reading the label makes no live copies', async () => {
    window.__fired = 0;
    const element = await onDutchPage(html`<clinic-contact-form min-fill-ms="0">
      <form>
        <label for="img-name">Naam <img src="/nonexistent.png" alt="" onerror="window.__fired = (window.__fired||0)+1" /></label>
        <input id="img-name" name="name" required />
        <button>Stuur</button>
      </form>
    </clinic-contact-form>`);
    await waitUntil(() => window.__fired, 'the page’s own image fails');
    for (const time of [1, 2]) {
      submitButton(element).click();
      await element.updateComplete;
      // The label is still read as its text.
      const links = [...element.shadowRoot!.querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent);
      expect(links, `submit ${time}`).to.deep.equal(['Vul naam in']);
    }
    expect(shadow(element, '[part="error-summary"]')).to.exist;
    // A fresh image of the same kind fails after any copy made before it would have.
    const probe = new Image();
    const failed = oneEvent(probe, 'error');
    probe.src = '/nonexistent.png?probe';
    await failed;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(window.__fired).to.equal(1);
  });
});
