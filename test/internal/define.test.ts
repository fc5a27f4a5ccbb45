import { expect } from '@open-wc/testing';
import { defineEachInItsOwnTask, defineElement } from '../../src/internal/define.js';

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

describe('defineEachInItsOwnTask', () => {
  it('registers each group in a task of its own, the elements of one group together', async () => {
    class A extends HTMLElement {}
    class B1 extends HTMLElement {}
    class B2 extends HTMLElement {}
    const done = defineEachInItsOwnTask([
      [{ tagName: 'clinic-test-task-a', elementClass: A }],
      [
        { tagName: 'clinic-test-task-b1', elementClass: B1 },
        { tagName: 'clinic-test-task-b2', elementClass: B2 },
      ],
    ]);
    // The first group at once, the second only after the browser had a task of its own.
    expect(customElements.get('clinic-test-task-a')).to.equal(A);
    expect(customElements.get('clinic-test-task-b1')).to.equal(undefined);
    await Promise.resolve();
    expect(customElements.get('clinic-test-task-b1'), 'not in the same task').to.equal(undefined);
    await done;
    expect(customElements.get('clinic-test-task-b1')).to.equal(B1);
    expect(customElements.get('clinic-test-task-b2')).to.equal(B2);
  });
});
