import { expect, waitUntil } from '@open-wc/testing';
import { placeProblem } from '../../../src/components/location-picker/branch-place.js';
import { ClinicContactForm } from '../../../src/components/contact-form/contact-form.js';
import { ClinicLocationPicker } from '../../../src/components/location-picker/location-picker.js';
import { ClinicLocation } from '../../../src/components/location-picker/location.js';
import { captureWarnings } from '../../support/warnings.js';

// This file registers the elements itself, one at a time (the classes, not the registering entries),
// as a page may meet them: the loader or another bundle can define <clinic-location> before its picker,
// and the drop-in file defines the contact form a task after the picker. So it runs on src/ only.

/** A page part, as written, parsed outside the page (nothing upgrades until it is put in). */
function parsed(markup: string): HTMLElement {
  const part = document.createElement('div');
  part.lang = 'nl';
  part.append(...document.importNode(new DOMParser().parseFromString(markup, 'text/html').body, true).childNodes);
  return part;
}

/** A frame and a task, a few times: time for any first update, pickers' reports and branches' checks. */
async function someTasks(): Promise<void> {
  for (let round = 0; round < 3; round++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

describe('placeProblem: where a <clinic-location> belongs', () => {
  const placeOf = (markup: string) => placeProblem(parsed(markup).querySelector('#branch')!);

  it('directly in a picker, or directly in a contact form (its standard form takes it in): no problem', () => {
    expect(placeOf('<clinic-location-picker><clinic-location id="branch" value="a"></clinic-location></clinic-location-picker>')).to.equal(undefined);
    expect(placeOf('<clinic-contact-form><clinic-location id="branch" value="a"></clinic-location></clinic-contact-form>')).to.equal(undefined);
  });

  it('on its own, named by its label, else its value, else not at all', () => {
    expect(placeOf('<p><clinic-location id="branch" value="a" label="Asten"></clinic-location></p>')).to.match(/^the branch "Asten" is not inside a <clinic-location-picker>, /);
    expect(placeOf('<clinic-location id="branch" value="a"></clinic-location>')).to.match(/^the branch "a" is not inside/);
    expect(placeOf('<clinic-location id="branch"></clinic-location>')).to.match(/^the branch is not inside/);
  });

  it('inside another branch, also deeper in its content and inside a picker', () => {
    expect(placeOf('<clinic-location label="Asten">Markt 1<clinic-location id="branch" label="Bakel"></clinic-location></clinic-location>')).to.match(
      /^the branch "Bakel" is inside another <clinic-location> "Asten", /,
    );
    expect(placeOf('<clinic-location-picker><clinic-location><div><clinic-location id="branch" value="b"></clinic-location></div></clinic-location></clinic-location-picker>')).to.match(
      /^the branch "b" is inside another <clinic-location>, /,
    );
  });
});

describe('<clinic-location> checks its place once the elements that may move it are defined', () => {
  it('no warning while its picker or contact form is still to be defined, and none once they took it in; a branch truly on its own warns then', async function () {
    // Run on the built file (which registers every widget as it loads), there is no order left to test.
    if (customElements.get('clinic-location')) this.skip();
    const warnings = captureWarnings();
    // As written: a branch in a picker; WordPress's automatic paragraphs around a picker's and a contact
    // form's tags (their branches end up beside them until they mend it); and a branch on its own.
    const page = parsed(
      '<clinic-location-picker><clinic-location value="deurne" label="Deurne"></clinic-location></clinic-location-picker>' +
        '<p><clinic-location-picker></p>\n<clinic-location value="mierlo" label="Mierlo"><address>Dorpsstraat 2</address></clinic-location>\n<p></clinic-location-picker></p>' +
        '<p><clinic-contact-form></p>\n<clinic-location value="gemert" label="Gemert"><address>Ruijsstraat 3</address></clinic-location>\n<p></clinic-contact-form></p>' +
        '<aside><clinic-location value="asten" label="Asten"></clinic-location></aside>',
    );
    document.body.append(page);
    try {
      customElements.define('clinic-location', ClinicLocation);
      await someTasks();
      expect(warnings.clinic, 'branches defined, pickers not yet').to.deep.equal([]);
      customElements.define('clinic-location-picker', ClinicLocationPicker);
      await someTasks();
      expect(
        warnings.clinic.filter((message) => message.startsWith('[clinic-elements] <clinic-location>')),
        'pickers defined, the contact form not yet',
      ).to.deep.equal([]);
      expect(page.querySelector('clinic-location[value=mierlo]')!.parentElement!.localName, 'mended into its picker').to.equal('clinic-location-picker');
      customElements.define('clinic-contact-form', ClinicContactForm);
      await waitUntil(() => warnings.clinic.some((message) => message.startsWith('[clinic-elements] <clinic-location>')), 'the lone branch warns');
      await someTasks();
      expect(page.querySelector('clinic-location[value=gemert]')!.closest('form clinic-location-picker'), 'in the standard form').to.not.equal(null);
      expect(warnings.clinic.filter((message) => message.startsWith('[clinic-elements] <clinic-location>'))).to.deep.equal([
        '[clinic-elements] <clinic-location>: the branch "Asten" is not inside a <clinic-location-picker>, so it is shown as a card with its label as the title, with nothing to choose. Put it inside a <clinic-location-picker> with the other branches, or directly inside a <clinic-contact-form> to offer it in the standard form.',
      ]);
    } finally {
      warnings.restore();
      page.remove();
    }
  });
});
