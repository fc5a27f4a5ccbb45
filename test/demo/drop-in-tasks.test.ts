import { expect } from '@open-wc/testing';

// The built drop-in file yields to the browser between its widgets once a task has spent a slice of
// time on them (the timing itself: test/internal/define.test.ts), but never between a picker's
// branches and the picker: a branch card upgraded inside a picker that is not yet upgraded would be
// painted in between and move (the bench's layout-shift case caught it).
describe('the drop-in file registers its widgets in turn', () => {
  it('a branch and its picker in the same task', async () => {
    const dropIn = import(/* @vite-ignore */ `${'/dist/clinic-elements.min.js'}`);
    await customElements.whenDefined('clinic-location');
    // whenDefined resolves in a microtask of the task that registered the branch.
    expect(customElements.get('clinic-location-picker'), 'picker registered in the same task').to.not.equal(undefined);
    await dropIn;
    await customElements.whenDefined('clinic-contact-form');
  });
});
