import { expect } from '@open-wc/testing';
import { reorder } from '../../../src/components/location-picker/reorder.js';

describe('reorder', () => {
  function list(labels: string) {
    const parent = document.createElement('div');
    parent.append('start', ...[...labels].map((label) => Object.assign(document.createElement('i'), { textContent: label })), 'end');
    return parent;
  }
  const order = (parent: Element) => [...parent.children].map((child) => child.textContent).join('');

  it('puts children in the wanted order, moving only the ones out of place', () => {
    const parent = list('abcdef');
    const [a, b, c, d, e, f] = parent.children;
    let moves = 0;
    new MutationObserver((records) => (moves += records.filter((record) => record.addedNodes.length).length)).observe(parent, { childList: true });
    reorder(parent, [e, a, b, c, d, f]);
    expect(order(parent)).to.equal('eabcdf');
    reorder(parent, [a, b, c, d, e, f]);
    expect(order(parent)).to.equal('abcdef');
    reorder(parent, [f, e, d, c, b, a]);
    expect(order(parent)).to.equal('fedcba');
    reorder(parent, [f, e, d, c, b, a]);
    expect(parent.firstChild!.textContent).to.equal('start');
    expect(parent.lastChild!.textContent).to.equal('end');
    return Promise.resolve().then(() => expect(moves).to.equal(1 + 1 + 5));
  });
});
