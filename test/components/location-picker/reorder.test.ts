import { expect, fixture, html } from '@open-wc/testing';
import { reorder } from '../../../src/components/location-picker/reorder.js';

describe('reorder', () => {
  async function list(labels: string) {
    const parent = await fixture<HTMLElement>(html`<div></div>`);
    parent.append(...[...labels].map((label) => Object.assign(document.createElement('span'), { textContent: label, tabIndex: 0 })));
    return parent;
  }
  const order = (parent: Element) => [...parent.children].map((child) => child.textContent).join('');

  it('puts children in the wanted order and keeps focus on the focused one', async () => {
    const parent = await list('abcdef');
    const children = [...parent.children] as HTMLElement[];
    const byLabel = (label: string) => children.find((child) => child.textContent === label)!;
    byLabel('e').focus();
    // One moved to the top, back, all reversed, and blocks swapped (every card keeps one neighbour).
    for (const wanted of ['eabcdf', 'abcdef', 'fedcba', 'cbafed']) {
      reorder(parent, [...wanted].map(byLabel));
      expect(order(parent)).to.equal(wanted);
      expect(document.activeElement, wanted).to.equal(byLabel('e'));
    }
  });

  it('keeps focus inside a moved element’s shadow root', async () => {
    const parent = await list('ab');
    const [a, b] = parent.children as unknown as HTMLElement[];
    const inner = document.createElement('input');
    b.attachShadow({ mode: 'open' }).append(inner);
    inner.focus();
    reorder(parent, [b, a]);
    expect(order(parent)).to.equal('ba');
    expect(b.shadowRoot!.activeElement).to.equal(inner);
  });

  it('sorts manually slotted children (the picker’s chunks) without crashing the browser', async () => {
    // Firefox 153 ESR crashed when one prepend() moved several manually assigned nodes.
    const parent = await list('abcdef');
    const slot = document.createElement('slot');
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open', slotAssignment: 'manual' }).append(slot);
    host.append(...parent.children);
    parent.append(host);
    slot.assign(...host.children);
    void host.offsetHeight;
    // The seed branches sorted by distance from Mierlo-Hout: one pass of moves does not get there.
    const [a, b, c, d, e, f] = host.children;
    const sorted = [b, d, e, a, c, f];
    reorder(host, sorted);
    slot.assign(...sorted);
    expect(order(host)).to.equal('bdeacf');
    expect(slot.assignedElements()).to.deep.equal(sorted);
    expect(host.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('moves nothing when the order is already right', async () => {
    const parent = await list('abc');
    let moves = 0;
    new MutationObserver((records) => (moves += records.length)).observe(parent, { childList: true });
    reorder(parent, [...parent.children]);
    await Promise.resolve();
    expect(moves).to.equal(0);
    expect(order(parent)).to.equal('abc');
  });
});
