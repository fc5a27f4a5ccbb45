import { expect } from '@open-wc/testing';
import { isEmail, isPhone, isPostcode, validate } from '../../../src/components/contact-form/validators.js';

describe('contact-form validators', () => {
  it('required: an empty or blank value fails, by kind of field', () => {
    expect(validate('', { required: true })).to.equal('required');
    expect(validate('   ', { required: true, kind: 'email' })).to.equal('required');
    expect(validate('', { required: true, kind: 'check' })).to.equal('requiredCheck');
    expect(validate('', { required: true, kind: 'choice' })).to.equal('requiredChoice');
    expect(validate('Anna', { required: true })).to.equal(undefined);
    expect(validate('', {})).to.equal(undefined);
  });

  it('email: name@domain.tld, nothing less', () => {
    for (const good of ['anna@voorbeeld.nl', 'a.b+c@sub.example.co.uk', ' anna@x.nl ']) expect(isEmail(good), good).to.equal(true);
    for (const bad of ['anna', 'anna@', 'anna@voorbeeld', 'an na@x.nl', 'anna@@x.nl', 'anna@x.1', '@x.nl', 'anna@x..nl']) expect(isEmail(bad), bad).to.equal(false);
    expect(validate('anna@', { kind: 'email' })).to.equal('email');
    expect(validate('', { kind: 'email' })).to.equal(undefined);
  });

  it('phone: Dutch numbers in their usual spellings and international + numbers', () => {
    const good = ['0493123456', '0493-123456', '0493 123 456', '06-12345678', '06 12 34 56 78', '(0493) 12 34 56', '+31 6 12345678', '+31 (0)6 1234 5678', '0031 493 123456', '+32 3 123 45 67', '+44 20 7946 0958', '0800-1234', '0900 123 4567'];
    for (const number of good) expect(isPhone(number), number).to.equal(true);
    const bad = ['12345', '0493-12345', '06123456789', 'bel me', '+0 123 456 789', '0031', '++31612345678'];
    for (const number of bad) expect(isPhone(number), number).to.equal(false);
    expect(validate('123', { kind: 'phone' })).to.equal('phone');
  });

  it('postcode: four digits (not starting with 0) and two letters, not SA/SD/SS', () => {
    for (const good of ['5751 AB', '5751ab', '1000 AA', ' 6031 XZ ']) expect(isPostcode(good), good).to.equal(true);
    for (const bad of ['5751', '0751 AB', '5751 SS', '5751 sa', '57512 AB', 'AB 5751', '5751  AB']) expect(isPostcode(bad), bad).to.equal(false);
    expect(validate('5751', { kind: 'postcode' })).to.equal('postcode');
  });

  it('lengths count characters as people do (an emoji is one)', () => {
    expect(validate('ab', { minLength: 3 })).to.equal('minLength');
    expect(validate('', { minLength: 3 })).to.equal(undefined);
    expect(validate('abcd', { maxLength: 3 })).to.equal('maxLength');
    expect(validate('ab😀', { maxLength: 3 })).to.equal(undefined);
    expect(validate('abcd', { minLength: -1, maxLength: -1 })).to.equal(undefined); // -1: no limit, as the properties say
  });

  it('pattern must match the whole value; a broken pattern is ignored', () => {
    expect(validate('AB-12', { pattern: '[A-Z]{2}-\\d{2}' })).to.equal(undefined);
    expect(validate('xAB-12', { pattern: '[A-Z]{2}-\\d{2}' })).to.equal('pattern');
    expect(validate('x', { pattern: '(' })).to.equal(undefined);
  });

  it('tries the checks in order: required before format', () => {
    expect(validate('', { required: true, kind: 'phone', minLength: 3 })).to.equal('required');
    expect(validate('12', { kind: 'phone', minLength: 3 })).to.equal('phone');
  });
});
