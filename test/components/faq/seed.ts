import { html } from '@open-wc/testing';

/** The seed page's five questions, as an editor writes them. */
export const seedItems = html`
  <details><summary>Ziet artrose er ‘erg’ uit op foto’s—en wat zegt dat over pijn?</summary><p>Beeldvorming toont veroudering, maar de mate van pijn hangt daar vaak slecht mee samen. Je kunt met artrose prima functioneren met de juiste aanpak.</p></details>
  <details><summary>Is bewegen veilig met artrose?</summary><p>Ja. Juist gedoseerd bewegen maakt gewrichten en spieren belastbaarder. We bouwen dit op op jouw tempo.</p></details>
  <details><summary>Welke sport is geschikt?</summary><p>Wandelen, fietsen en zwemmen zijn vaak fijn. Met begeleiding kun je ook krachttraining doen — dat helpt juist.</p></details>
  <details><summary>Heeft een injectie of pijnstiller zin?</summary><p>Kan tijdelijk dempen. De basis blijft bewegen, doseren en gerichte kracht/mobiliteit. We stemmen medicatie af met je (huis)arts.</p></details>
  <details id="huisarts"><summary>Wanneer moet ik naar de (huis)arts?</summary><p>Bij onverklaarbare koorts/ziek gevoel, onverwachte forse uitval of als pijn ondanks opbouw niet afneemt. Twijfel? Bel altijd.</p></details>
`;

export const details = (el: Element) => [...el.querySelectorAll<HTMLDetailsElement>(':scope > details')];
export const summaries = (el: Element) => details(el).map((item) => item.querySelector('summary')!);
export const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.querySelector(":scope > [data-clinic-faq-controls]")!.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
export const schemaOf = (el: Element) => {
  const script = el.querySelectorAll('script[type="application/ld+json"]');
  return script.length === 1 ? JSON.parse(script[0].textContent!) : script.length;
};
