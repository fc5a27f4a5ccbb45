import { expect } from '@open-wc/testing';
import { describeValue } from '../../src/internal/describe-value.js';

describe('describeValue', () => {
  it('names what a script or framework passed, the way a warning quotes it', () => {
    expect(describeValue('abc')).to.equal('"abc"');
    expect(describeValue('')).to.equal('""');
    expect(describeValue(5)).to.equal('5');
    expect(describeValue(-1.5)).to.equal('-1.5');
    expect(describeValue(NaN)).to.equal('NaN');
    expect(describeValue(true)).to.equal('true');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue(['put'])).to.equal('an array');
    expect(describeValue({ toString: () => 'x' })).to.equal('an object');
    expect(describeValue(() => 1)).to.equal('a function');
    expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
  });
});
