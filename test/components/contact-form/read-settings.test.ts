import { expect } from '@open-wc/testing';
import { readSettings, type SettingsSource } from '../../../src/components/contact-form/read-settings.js';
import { holdTime } from '../../../src/components/contact-form/submission.js';

/** An element holding these properties (and these attributes, as an author wrote them). */
function source(properties: Record<string, unknown>, attributes: Record<string, string> = {}): SettingsSource {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return Object.assign(element, properties);
}

function formWith(attributes: Record<string, string>): HTMLFormElement {
  const form = document.createElement('form');
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  return form;
}

describe('readSettings (the contact form’s settings, decided)', () => {
  it('takes what is given, else the form’s own attributes, else the defaults, without problems', () => {
    const given = readSettings(source({ action: '/api', method: 'put', enctype: 'multipart/form-data', timeout: 500, minFillMs: 0, privacyHref: '/privacy' }), null);
    expect(given.problems).to.deep.equal([]);
    expect(given.settings).to.deep.include({ action: '/api', method: 'put', enctype: 'multipart/form-data', timeout: 500, minFillMs: 0, privacyHref: '/privacy' });
    expect(given.settings.destination.url).to.equal(new URL('/api', document.baseURI).href);

    const fromForm = readSettings(source({}), formWith({ action: '/form', method: 'patch', enctype: 'application/x-www-form-urlencoded' }));
    expect(fromForm.settings).to.deep.include({ action: '/form', method: 'patch', enctype: 'application/x-www-form-urlencoded', timeout: 15000, minFillMs: 2500 });
    expect(fromForm.problems).to.deep.equal([]);
  });

  it('a wrong type is named as the property it is, and gets the default', () => {
    const { settings, problems } = readSettings(source({ action: true, method: 5, timeout: {}, minFillMs: [], enctype: null, privacyHref: 7 }), formWith({ action: '/form' }));
    expect(settings).to.deep.include({ action: '/form', method: 'POST', enctype: 'application/json', timeout: 15000, minFillMs: 2500, privacyHref: undefined });
    expect(problems).to.deep.equal([
      "the action property (set to true) is not a web address, so it is ignored and the form's own action is used, if it has one.",
      'the method property (set to 5) is not supported: only POST, PUT and PATCH carry the message, so it is sent with POST.',
      'the timeout property (set to an object) is not a number of milliseconds above 0, so the form waits 15000 ms for the server.',
      'the minFillMs property (set to an array) is not a number of milliseconds of 0 or more, so a message sent sooner than 2500 ms after the form was shown waits until then.',
      'the privacyHref property (set to 7) is not a web address (http, https, mailto or tel), so the consent names the privacy statement without a link.',
    ]);
  });

  it('a bad attribute is named as the author wrote it', () => {
    const { problems } = readSettings(source({ timeout: Number.NaN, action: 'javascript:alert(1)' }, { timeout: 'soon', action: 'javascript:alert(1)' }), null);
    expect(problems).to.deep.equal([
      'action="javascript:alert(1)" is not an http(s) address, so nothing is sent and visitors are told their message was not sent. Give a web address, such as action="/api/contact".',
      'timeout="soon" is not a number of milliseconds above 0, so the form waits 15000 ms for the server.',
    ]);
  });
});

describe('holdTime (how long a quick message waits)', () => {
  it('what remains of min-fill-ms since the form was shown; nothing once it has passed or when it is 0', () => {
    expect(holdTime({ shownAt: 1000, now: 1800, minFillMs: 2500 })).to.equal(1700);
    expect(holdTime({ shownAt: 1000, now: 4000, minFillMs: 2500 })).to.equal(0);
    expect(holdTime({ shownAt: 1000, now: 1000, minFillMs: 0 })).to.equal(0);
    expect(holdTime({ shownAt: 0, now: Date.now(), minFillMs: 2500 }), 'a restored draft counts as shown long ago').to.equal(0);
  });
});
