import { expect } from '@open-wc/testing';
import { symptomsToAdd, withSymptoms } from '../../../src/components/contact-form/symptom-lines.js';
import type { Translate } from '../../../src/components/contact-form/field-checks.js';

const translate: Translate = (key, values) => (key === 'warningSign' ? `Waarschuwingssignaal: ${values!.symptom}` : key);
const heading = 'Aangevinkt in de checklist:';

describe('symptomsToAdd and withSymptoms (the checklist ticks a message does not hold yet)', () => {
  it('offers every tick for an empty message, complaints first, warning signs labelled', () => {
    expect(symptomsToAdd({ checked: ['Stijfheid'], redFlags: ['Koorts'] }, '', translate)).to.deep.equal(['Stijfheid', 'Waarschuwingssignaal: Koorts']);
  });

  it('leaves out a tick a line of the message already holds, spaces around it aside', () => {
    const message = `Mijn rug.\n  - Stijfheid  \n- Waarschuwingssignaal: Koorts`;
    expect(symptomsToAdd({ checked: ['Stijfheid', 'Pijn'], redFlags: ['Koorts'] }, message, translate)).to.deep.equal(['Pijn']);
  });

  it('counts a warning sign written without its label as not in the message', () => {
    expect(symptomsToAdd({ checked: [], redFlags: ['Koorts'] }, '- Koorts', translate)).to.deep.equal(['Waarschuwingssignaal: Koorts']);
  });

  it('adds below the visitor’s text as typed, after one blank line', () => {
    const block = `${heading}\n- Pijn`;
    expect(withSymptoms('Mijn rug.', ['Pijn'], heading)).to.equal(`Mijn rug.\n\n${block}`);
    expect(withSymptoms('Mijn rug.\n', ['Pijn'], heading)).to.equal(`Mijn rug.\n\n${block}`);
    expect(withSymptoms('Mijn rug.  \n\n', ['Pijn'], heading)).to.equal(`Mijn rug.  \n\n${block}`);
    expect(withSymptoms(' \n', ['Pijn'], heading)).to.equal(block);
  });
});
