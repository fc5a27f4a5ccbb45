import { expect } from '@open-wc/testing';

// The built drop-in file registers its widgets one per task (so a page full of widgets is no single
// long task), but a picker's branches and the picker together: a branch card upgraded inside a picker
// that is not yet upgraded would be painted in between and move (the bench's layout-shift case caught it).
describe('the drop-in file registers its widgets in turn', () => {
  it('a branch and its picker in the same task; the contact form in a later one', async () => {
    const dropIn = import(/* @vite-ignore */ `${'/dist/clinic-elements.min.js'}`);
    await customElements.whenDefined('clinic-location');
    // whenDefined resolves in a microtask of the task that registered the branch.
    expect(customElements.get('clinic-location-picker'), 'picker registered in the same task').to.not.equal(undefined);
    expect(customElements.get('clinic-contact-form'), 'contact form still to come').to.equal(undefined);
    await dropIn;
    await customElements.whenDefined('clinic-contact-form');
  });
});
