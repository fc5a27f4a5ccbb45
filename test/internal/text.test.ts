import { expect } from '@open-wc/testing';
import { foldForSearch, readableText, slugify } from '../../src/internal/text.js';

describe('text helpers', () => {
  it('folds case, accents and whitespace for searching', () => {
    expect(foldForSearch('  Liéssel\n  Zuid ')).to.equal('liessel zuid');
    expect(foldForSearch('RÖNTGEN')).to.equal('rontgen');
  });

  it('makes id-safe slugs from questions', () => {
    expect(slugify('Is bewegen veilig met artrose?')).to.equal('is-bewegen-veilig-met-artrose');
    expect(slugify('Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?')).to.equal('ziet-artrose-er-erg-uit-op-foto-s-en-wat-zegt-dat-over-pijn');
    expect(slugify('<script>alert(1)</script>')).to.equal('script-alert-1-script');
    expect(slugify('???')).to.equal('');
  });

  it('reads text as a person sees it', () => {
    const p = document.createElement('p');
    p.innerHTML = ' Ja.\n  Juist <b>gedoseerd</b>   bewegen ';
    expect(readableText(p)).to.equal('Ja. Juist gedoseerd bewegen');
    expect(readableText(null)).to.equal('');
  });
});
