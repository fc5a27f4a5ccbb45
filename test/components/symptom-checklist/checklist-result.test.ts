import { expect } from '@open-wc/testing';
import { checklistResult, resolveThreshold } from '../../../src/components/symptom-checklist/checklist-result.js';

describe('resolveThreshold', () => {
  it('uses 2 when the attribute is absent', () => {
    expect(resolveThreshold(null, 4)).to.deep.equal({ threshold: 2 });
  });

  it('quietly lowers the default for a one-item list, so a match stays possible', () => {
    expect(resolveThreshold(null, 1)).to.deep.equal({ threshold: 1 });
  });

  it('takes a whole number as written', () => {
    expect(resolveThreshold('3', 4)).to.deep.equal({ threshold: 3 });
    expect(resolveThreshold(' 4 ', 4)).to.deep.equal({ threshold: 4 });
  });

  it('treats 0 as 1: at least one ticked complaint is a match', () => {
    expect(resolveThreshold('0', 4)).to.deep.equal({ threshold: 1 });
  });

  it('falls back to 2 for text that is not a number, and says so', () => {
    const { threshold, problem } = resolveThreshold('twee', 4);
    expect(threshold).to.equal(2);
    expect(problem).to.equal('threshold="twee" is not a number; using 2.');
    expect(resolveThreshold('', 4).problem).to.contain('not a number');
  });

  it('uses 1 for a negative threshold, and says so', () => {
    expect(resolveThreshold('-3', 4)).to.deep.equal({ threshold: 1, problem: 'threshold="-3" is negative; using 1.' });
  });

  it('caps a threshold larger than the list at the number of complaints, and says so', () => {
    const { threshold, problem } = resolveThreshold('9', 4);
    expect(threshold).to.equal(4);
    expect(problem).to.contain('more than the 4 complaints');
  });
});

describe('checklistResult', () => {
  it('is empty while no complaint is ticked', () => {
    expect(checklistResult(0, 0, 2)).to.deep.equal({ state: 'empty', urgent: false });
  });

  it('is no-match below the threshold and match at or above it', () => {
    expect(checklistResult(1, 0, 2).state).to.equal('no-match');
    expect(checklistResult(2, 0, 2).state).to.equal('match');
    expect(checklistResult(4, 0, 2).state).to.equal('match');
  });

  it('is urgent as soon as one red flag is ticked, whatever the complaints', () => {
    expect(checklistResult(0, 1, 2)).to.deep.equal({ state: 'empty', urgent: true });
    expect(checklistResult(3, 2, 2)).to.deep.equal({ state: 'match', urgent: true });
  });
});
