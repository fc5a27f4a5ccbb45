import { expect, fixture, html } from '@open-wc/testing';
import { collectDraft, applyDraft } from '../../../src/components/contact-form/draft.js';
import { labelText, readForm, valueOf } from '../../../src/components/contact-form/read-contact-form.js';

describe('readForm (the author form as a model)', () => {
  it('reads named fields with their labels and rules, the honeypot and the legend', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <p>* verplicht veld</p>
      <label for="n">Naam <span>*</span></label><input id="n" name="name" required minlength="2" maxlength="40" />
      <label>E-mail <input name="mail" autocomplete="work email" /></label>
      <label>Tel <input name="tel" type="tel" /></label>
      <label>Postcode <input name="postcode" /></label>
      <input name="code" aria-label="Code" pattern="[A-Z]{2}" />
      <fieldset><legend>Dag</legend><label><input type="radio" name="day" value="ma" required /> ma</label><label><input type="radio" name="day" value="di" /> di</label></fieldset>
      <select name="topic" aria-label="Onderwerp"><option>a</option></select>
      <input type="hidden" name="secret" value="x" />
      <div data-honeypot><input name="website" aria-label="Website" /></div>
      <input name="off" aria-label="Uit" disabled />
      <button>Stuur</button>
    </form>`);
    const model = readForm(form);
    expect(model.problems).to.deep.equal([]);
    expect(model.hasLegend).to.equal(true);
    expect(model.honeypot.map((c) => c.name)).to.deep.equal(['website']);
    const summary = model.fields.map(({ name, label, rules, controls }) => [name, label, rules.kind, controls.length]);
    expect(summary).to.deep.equal([
      ['name', 'Naam', 'text', 1],
      ['mail', 'E-mail', 'email', 1],
      ['tel', 'Tel', 'phone', 1],
      ['postcode', 'Postcode', 'postcode', 1],
      ['code', 'Code', 'text', 1],
      ['day', 'Dag', 'choice', 2],
      ['topic', 'Onderwerp', 'choice', 1],
    ]);
    expect(model.fields[0].rules).to.deep.equal({ kind: 'text', required: true, minLength: 2, maxLength: 40, pattern: '' });
    expect(model.fields[4].rules.pattern).to.equal('[A-Z]{2}');
    expect(valueOf(model.fields[5])).to.equal('');
    (form.querySelector('[value="di"]') as HTMLInputElement).checked = true;
    expect(valueOf(model.fields[5])).to.equal('di');
  });

  it('tells the visitor’s own name, e-mail address and message by autocomplete and name, not by label', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <label>Wie ben je? <input name="naam" autocomplete="section-contact name" /></label>
      <label>Gebruikersnaam <input name="user" autocomplete="username" /></label>
      <label>Adres <input name="adres" autocomplete="work email" /></label>
      <label>E-mail van je huisarts <input name="huisarts" type="email" /></label>
      <label>Vraag <textarea name="message"></textarea></label>
      <label>Naam <input name="name" /></label>
      <button>Stuur</button>
    </form>`);
    expect(readForm(form).fields.map(({ name, asksFor }) => [name, asksFor])).to.deep.equal([
      ['naam', 'name'],
      ['user', undefined],
      ['adres', 'email'],
      ['huisarts', undefined],
      ['message', 'message'],
      ['name', undefined],
    ]);
  });

  it('names what is missing: no submit button, no name, no label', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><label>Vraag <input /></label><input name="x" /></form>`);
    expect(readForm(form).problems).to.deep.equal([
      'the field labelled "Vraag" has no name attribute, so its value is never sent. Give it a name, such as name="question".',
      'the field named "x" has no label, so people using a screen reader cannot tell what it asks, and error messages call it "x". Give it a <label> (or aria-label).',
      'the form has no submit button, so it can only be sent with Enter in a field. Add one, such as <button>Verstuur</button>.',
    ]);
  });

  it('a field whose id holds a quote is read like any other (looking for its label threw)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input id='a"b' name="q" aria-label="Vraag" /><button>Stuur</button></form>`);
    const model = readForm(form);
    expect(model.fields.map(({ name, label }) => [name, label])).to.deep.equal([['q', 'Vraag']]);
    expect(model.problems).to.deep.equal([]);
  });

  it('reads a label without the controls in it, our marks or the *', async () => {
    const label = await fixture(html`<label><input type="checkbox" /> Ik ga akkoord met de <a href="#">privacyverklaring</a> <span data-clinic-mark>*</span></label>`);
    expect(labelText(label)).to.equal('Ik ga akkoord met de privacyverklaring');
  });
});

describe('draft (what is kept)', () => {
  it('keeps text and choices, never required checkboxes, consent-like names, passwords or data-no-draft', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="name" aria-label="Naam" value="Anna" />
      <input name="pin" type="password" aria-label="Pin" value="1234" />
      <input name="note" aria-label="Notitie" value="geheim" data-no-draft />
      <input type="checkbox" name="akkoord_privacy" aria-label="Privacy" checked />
      <input type="checkbox" name="terms" aria-label="Voorwaarden" required checked />
      <label><input type="checkbox" name="news" value="ja" checked /> Nieuwsbrief</label>
      <button>Stuur</button>
    </form>`);
    const { fields } = readForm(form);
    const draft = collectDraft(fields);
    expect(draft).to.deep.equal({ name: 'Anna', news: ['ja'] });
    form.reset();
    (form.elements.namedItem('name') as HTMLInputElement).value = '';
    (form.elements.namedItem('news') as HTMLInputElement).checked = false;
    applyDraft(fields, draft);
    expect((form.elements.namedItem('name') as HTMLInputElement).value).to.equal('Anna');
    expect((form.elements.namedItem('news') as HTMLInputElement).checked).to.equal(true);
  });

  it('does not overwrite what the page already filled in', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><input name="name" aria-label="Naam" value="Bram" /><button>Go</button></form>`);
    const { fields } = readForm(form);
    applyDraft(fields, { name: 'Anna' });
    expect(fields[0].control.value).to.equal('Bram');
  });
});
