import { expect } from '@open-wc/testing';
import { checklistResult, resolveThreshold, resultMessage, thresholdNumber, urgentNoticeAfter, urgentNoticeParentLevel } from '../../../src/components/symptom-checklist/checklist-result.js';

describe('resolveThreshold', () => {
  it('takes a whole number from 1 up to the number of complaints as it is', () => {
    expect(resolveThreshold(2, 4)).to.deep.equal({ threshold: 2 });
    expect(resolveThreshold(4, 4)).to.deep.equal({ threshold: 4 });
  });

  it('rounds a fraction up and treats 0 (also what an empty attribute gives) as 1, and says so', () => {
    expect(resolveThreshold(1.5, 4)).to.deep.equal({ threshold: 2, problem: 'threshold is 1.5, but it must be a whole number from 1 to 4 (the number of complaints), so the checklist uses 2.' });
    expect(resolveThreshold(0, 4)).to.deep.equal({ threshold: 1, problem: 'threshold is 0, but it must be a whole number from 1 to 4 (the number of complaints), so the checklist uses 1.' });
  });

  it('falls back to 2 for something that is not a number, and says so', () => {
    expect(resolveThreshold(NaN, 4, '"twee"')).to.deep.equal({ threshold: 2, problem: 'threshold is "twee", but it must be a whole number from 1 to 4 (the number of complaints), so the checklist uses 2.' });
  });

  it('uses 1 for a negative threshold, and says so', () => {
    expect(resolveThreshold(-3, 4)).to.deep.equal({ threshold: 1, problem: 'threshold is -3, but it must be a whole number from 1 to 4 (the number of complaints), so the checklist uses 1.' });
  });

  it('caps a threshold larger than the list at the number of complaints, and says so', () => {
    expect(resolveThreshold(9, 4)).to.deep.equal({ threshold: 4, problem: 'threshold is 9, but it must be a whole number from 1 to 4 (the number of complaints), so the checklist uses 4.' });
  });

  it('leaves the threshold alone while there are no complaints yet', () => {
    expect(resolveThreshold(3, 0)).to.deep.equal({ threshold: 3 });
    expect(resolveThreshold(NaN, 0).threshold).to.equal(2);
  });
});

describe('thresholdNumber', () => {
  it('reads a number as it is and text as the attribute would', () => {
    expect(thresholdNumber(3)).to.equal(3);
    expect(thresholdNumber('3')).to.equal(3);
    expect(thresholdNumber('')).to.equal(0);
  });

  it('gives NaN (so the default) for anything else a framework might set', () => {
    for (const wrong of [true, {}, [], undefined]) expect(thresholdNumber(wrong)).to.be.NaN;
  });
});

describe('checklistResult', () => {
  it('is empty while no complaint is ticked', () => {
    expect(checklistResult({ complaints: 0, redFlags: 0 }, 2)).to.deep.equal({ state: 'empty', urgent: false });
  });

  it('is no-match below the threshold and match at or above it', () => {
    expect(checklistResult({ complaints: 1, redFlags: 0 }, 2).state).to.equal('no-match');
    expect(checklistResult({ complaints: 2, redFlags: 0 }, 2).state).to.equal('match');
    expect(checklistResult({ complaints: 4, redFlags: 0 }, 2).state).to.equal('match');
  });

  it('is urgent as soon as one red flag is ticked, whatever the complaints', () => {
    expect(checklistResult({ complaints: 0, redFlags: 1 }, 2)).to.deep.equal({ state: 'empty', urgent: true });
    expect(checklistResult({ complaints: 3, redFlags: 2 }, 2)).to.deep.equal({ state: 'match', urgent: true });
  });
});

describe('resultMessage', () => {
  it('shows match or no-match under the count, nothing while no complaint is ticked', () => {
    expect(resultMessage({ state: 'empty', urgent: false })).to.equal(undefined);
    expect(resultMessage({ state: 'no-match', urgent: false })).to.equal('no-match');
    expect(resultMessage({ state: 'match', urgent: false })).to.equal('match');
  });

  it('leaves out no-match while a warning sign is ticked: the urgent notice is the one message', () => {
    expect(resultMessage({ state: 'no-match', urgent: true })).to.equal(undefined);
    expect(resultMessage({ state: 'match', urgent: true })).to.equal('match');
  });
});

describe('urgentNoticeAfter', () => {
  const text = {};
  const complaints = { group: { redFlag: false } };
  const warningSigns = { group: { redFlag: true } };

  it('puts the notice after the last list of warning signs, wherever that is', () => {
    expect(urgentNoticeAfter([text, complaints, text, warningSigns, text])).to.equal(3);
    expect(urgentNoticeAfter([warningSigns, text, complaints, text])).to.equal(0);
    expect(urgentNoticeAfter([warningSigns, complaints, warningSigns])).to.equal(2);
  });

  it('without warning signs after the last list, and without any list first', () => {
    expect(urgentNoticeAfter([text, complaints, text])).to.equal(1);
    expect(urgentNoticeAfter([text, text])).to.equal(-1);
    expect(urgentNoticeAfter([])).to.equal(-1);
  });
});

describe('urgentNoticeParentLevel', () => {
  const text = {};
  const complaints = { group: { redFlag: false } };
  const warningSigns = { group: { redFlag: true } };
  const heading = (headingLevel: number) => ({ headingLevel });

  it('is the level of the first heading before the notice: the checklist\'s title', () => {
    expect(urgentNoticeParentLevel([heading(2), complaints, heading(3), warningSigns, text])).to.equal(2);
    expect(urgentNoticeParentLevel([text, heading(3), complaints, warningSigns])).to.equal(3);
  });

  it('leaves out headings after the notice, and is undefined without a heading before it', () => {
    expect(urgentNoticeParentLevel([complaints, warningSigns, heading(2)])).to.equal(undefined);
    expect(urgentNoticeParentLevel([complaints, text])).to.equal(undefined);
    expect(urgentNoticeParentLevel([])).to.equal(undefined);
  });
});
