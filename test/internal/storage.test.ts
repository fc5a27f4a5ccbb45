import { expect } from '@open-wc/testing';
import { readStored, writeStored, removeStored } from '../../src/internal/storage.js';

describe('storage', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps JSON values under a clinic-elements: prefix and removes them', () => {
    writeStored('session', 'probe', { a: [1, 2] });
    expect(sessionStorage.getItem('clinic-elements:probe')).to.equal('{"a":[1,2]}');
    expect(readStored('session', 'probe')).to.deep.equal({ a: [1, 2] });
    removeStored('session', 'probe');
    expect(readStored('session', 'probe')).to.equal(undefined);
  });

  it('treats corrupt stored data as nothing stored', () => {
    sessionStorage.setItem('clinic-elements:broken', '{not json');
    expect(readStored('session', 'broken')).to.equal(undefined);
  });

  it('never throws when storage refuses to write', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => writeStored('local', 'probe', 1)).not.to.throw();
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});
