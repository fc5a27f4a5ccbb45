import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';

describe('defineElement', () => {
  it('registers a free name', () => {
    class First extends HTMLElement {}
    defineElement('clinic-test-define-a', First);
    expect(customElements.get('clinic-test-define-a')).to.equal(First);
  });

  it('does not throw when the name is taken (two bundles on one page) and keeps the first class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('clinic-test-define-b', First);
    expect(() => defineElement('clinic-test-define-b', Second)).not.to.throw();
    expect(customElements.get('clinic-test-define-b')).to.equal(First);
  });

  it('registering the whole package twice does not throw', async () => {
    await import('../../src/index.js');
    // A second copy of an entry module evaluates defineElement again for every tag.
    const { ClinicFaq } = await import('../../src/classes.js');
    expect(() => defineElement('clinic-faq', class extends ClinicFaq {})).not.to.throw();
    expect(customElements.get('clinic-faq')).to.equal(ClinicFaq);
  });
});
