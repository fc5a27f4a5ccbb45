import { expect } from '@open-wc/testing';
import { REGISTRATION_SLICE_MS, defineWithoutLongTasks, defineElement } from '../../src/internal/define.js';

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

describe('defineWithoutLongTasks', () => {
  /** An element whose upgrade takes `ms` of the main thread, as a widget reading a long page does. */
  const slowElement = (ms: number) =>
    class extends HTMLElement {
      connectedCallback() {
        const until = performance.now() + ms;
        while (performance.now() < until) {
          // busy: this is the cost of the upgrade
        }
      }
    };

  /** Registers `<prefix-a>` (the given class) as one group, then `<prefix-b1>` and `<prefix-b2>` as another. */
  function registerTwoGroups(prefix: string, First: CustomElementConstructor) {
    class B1 extends HTMLElement {}
    class B2 extends HTMLElement {}
    const done = defineWithoutLongTasks([
      [{ tagName: `${prefix}-a`, elementClass: First }],
      [
        { tagName: `${prefix}-b1`, elementClass: B1 },
        { tagName: `${prefix}-b2`, elementClass: B2 },
      ],
    ]);
    return { done, B1, B2 };
  }

  it('quick upgrades: every group in the same task, the elements of one group together', async () => {
    const { done, B1, B2 } = registerTwoGroups('clinic-test-task', class extends HTMLElement {});
    let sameTask = true;
    setTimeout(() => (sameTask = false));
    await done;
    expect(sameTask, 'no yield: nothing took long').to.be.true;
    expect(customElements.get('clinic-test-task-b1')).to.equal(B1);
    expect(customElements.get('clinic-test-task-b2')).to.equal(B2);
  });

  it(`a slow upgrade (over ${REGISTRATION_SLICE_MS} ms): the next group waits for a task of its own`, async () => {
    const page = document.createElement('div');
    page.innerHTML = '<clinic-test-slow-a></clinic-test-slow-a><clinic-test-slow-b1></clinic-test-slow-b1><clinic-test-slow-b2></clinic-test-slow-b2>';
    document.body.append(page);
    const Slow = slowElement(REGISTRATION_SLICE_MS + 10);
    const { done, B1, B2 } = registerTwoGroups('clinic-test-slow', Slow);
    expect(customElements.get('clinic-test-slow-a')).to.equal(Slow);
    await Promise.resolve();
    await Promise.resolve();
    expect(customElements.get('clinic-test-slow-b1'), 'not in the same task').to.equal(undefined);
    await done;
    expect(customElements.get('clinic-test-slow-b1'), 'the group registers together').to.equal(B1);
    expect(customElements.get('clinic-test-slow-b2')).to.equal(B2);
    page.remove();
  });
});
