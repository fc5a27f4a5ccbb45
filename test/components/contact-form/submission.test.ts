import { expect } from '@open-wc/testing';
import { buildRequest, fieldErrorsOf, resolveAction, send, valuesOf } from '../../../src/components/contact-form/submission.js';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('contact-form submission', () => {
  it('accepts http(s) actions, relative ones resolved against the page, and refuses the rest', () => {
    expect(resolveAction('/api/contact', 'https://kliniek.nl/pagina')).to.deep.equal({ url: 'https://kliniek.nl/api/contact' });
    expect(resolveAction('http://x.nl/a', 'https://kliniek.nl/')).to.deep.equal({ url: 'http://x.nl/a' });
    expect(resolveAction('', 'https://kliniek.nl/')).to.deep.equal({ problem: 'missing' });
    expect(resolveAction(undefined, 'https://kliniek.nl/')).to.deep.equal({ problem: 'missing' });
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi', 'mailto:a@b.nl', 'ftp://x.nl', 'http://[bad']) {
      expect(resolveAction(bad, 'https://kliniek.nl/'), bad).to.deep.equal({ problem: 'unsafe' });
    }
  });

  it('gathers repeated names into a list', () => {
    expect(valuesOf(form([['a', '1'], ['b', '2'], ['a', '3']]))).to.deep.equal({ a: ['1', '3'], b: '2' });
  });

  it('builds JSON, urlencoded and multipart bodies; a file goes into JSON and urlencoded by name', async () => {
    const data = form([['name', 'Anna'], ['tag', 'x'], ['tag', 'y']]);
    data.append('scan', new File(['x'], 'rug.pdf'));
    const json = buildRequest('post', 'application/json', data);
    expect(json.method).to.equal('POST');
    expect(await (json.body as Blob).text()).to.equal('{"name":"Anna","tag":["x","y"],"scan":"rug.pdf"}');
    expect((json.body as Blob).type).to.equal('application/json'); // the body's content-type
    expect(json.headers).to.deep.equal({ accept: 'application/json' });
    const encoded = buildRequest('put', 'application/x-www-form-urlencoded', data);
    expect(encoded.method).to.equal('PUT');
    expect(String(encoded.body)).to.equal('name=Anna&tag=x&tag=y&scan=rug.pdf');
    expect(encoded.headers).to.deep.equal({ accept: 'application/json' });
    expect(buildRequest('post', 'multipart/form-data', data).body).to.equal(data);
  });

  it('reads field errors from { errors: { field: message } } only', () => {
    expect(fieldErrorsOf({ errors: { email: 'Bestaat niet', name: ['Te kort', 'Ongeldig'] } })).to.deep.equal([
      { name: 'email', message: 'Bestaat niet' },
      { name: 'name', message: 'Te kort Ongeldig' },
    ]);
    for (const none of [null, 'text', {}, { errors: [] }, { errors: 'x' }, { errors: { a: 3 } }]) expect(fieldErrorsOf(none)).to.deep.equal([]);
  });

  it('parses JSON answers and flags HTML and invalid JSON', async () => {
    const key = `unit-${Math.random()}`;
    const ok = await send(`/__submit?key=${key}`, { method: 'POST', body: '{}' }, 5000);
    expect(ok).to.deep.equal({ ok: true, status: 200, body: { ok: true } });
    const html = await send(`/__submit?key=${key}&body=${encodeURIComponent('<p>Bedankt</p>')}&type=text/html`, { method: 'POST' }, 5000);
    expect(html).to.include({ ok: true, oddity: 'HTML', body: '<p>Bedankt</p>' });
    const broken = await send(`/__submit?key=${key}&body=${encodeURIComponent('{nope')}&type=application/json`, { method: 'POST' }, 5000);
    expect(broken).to.include({ ok: true, oddity: 'invalid JSON', body: '{nope' });
    const error = await send(`/__submit?key=${key}&status=500`, { method: 'POST' }, 5000);
    expect(error).to.include({ ok: false, status: 500, body: 'Server error 500' });
  });

  it('gives up after the timeout and tells a timeout from a network error', async () => {
    expect(await send(`/__submit?key=unit-hang&hang=1`, { method: 'POST' }, 100)).to.deep.equal({ ok: false, failure: 'timeout' });
    expect(await send('http://127.0.0.1:9/nothing', { method: 'POST' }, 5000)).to.deep.equal({ ok: false, failure: 'failed' });
  });
});
