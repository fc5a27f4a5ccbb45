import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { discardServerRender } from './server-render.js';

/**
 * The language layer every widget uses for its built-in texts.
 *
 * - Each widget ships Dutch (`nl`) and English (`en`) texts and passes them to a
 *   {@link LocalizeController}. The language is the nearest `lang` attribute (crossing shadow
 *   roots), so `<html lang="nl">` gives Dutch; an unknown language falls back to English.
 * - A page replaces any text in two ways: per element with a `data-i18n-<key>` attribute
 *   (`<clinic-faq data-i18n-open-all="Toon alle antwoorden">`), or for all elements with
 *   `registerTranslation('nl', { 'faq.openAll': 'Toon alle antwoorden' })`.
 * - More languages are added at run time with `registerTranslation('de', { ... })`.
 *
 * Texts may hold `{name}` placeholders; a text can be `{ one, other }` for counts (chosen by the
 * `count` value, or by the value the widget names: the checklist's by `total`).
 * Interpolated values end up as text, never as markup.
 *
 * Server rendering (`@lit-labs/ssr`): an element rendered on the server has no page around it, so
 * its texts are in the language of its own `lang` attribute, or English; in the browser it renders
 * again in the page's language (docs/guides/server-rendering.md).
 */

/** One text: plain, or split by plural category of the `count` value. */
export type Translation = string | { one: string; other: string };
export type Translations = Record<string, Translation>;
/** The built-in texts of one widget: every key in both built-in languages. */
export type BuiltInTexts<Key extends string> = { en: Record<Key, Translation>; nl: Record<Key, Translation> };

const registered = new Map<string, Translations>();
const connected = new Set<LocalizeController<string>>();
let langObserver: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.host.requestUpdate();
}

/**
 * Adds or replaces texts for a language, keyed `<widget>.<key>` (e.g. `faq.openAll`).
 * Elements already on the page re-render with the new texts.
 */
export function registerTranslation(lang: string, texts: Translations): void {
  const code = lang.toLowerCase();
  registered.set(code, { ...registered.get(code), ...texts });
  refreshAll();
}

/**
 * The `lang` that applies to an element: its own or its nearest ancestor's, across shadow roots.
 * On the server (Lit's server renderer) the element stands alone, without ancestors or `closest`:
 * its own `lang`, else English.
 */
export function languageOf(element: Element): string {
  if (isServer) return element.getAttribute('lang') || 'en';
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || 'en';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Reactive controller giving a widget `t(key, values)` in the language that applies to it. */
export class LocalizeController<Key extends string> implements ReactiveController {
  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly namespace: string,
    private readonly builtIn: BuiltInTexts<Key>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // (A server renderer asked to call connectedCallback: no page to watch there.)
    if (isServer) return;
    // Every widget and branch card has this controller, so it is where a server-rendered shadow root
    // is emptied before the first render in the browser (server-render.ts).
    discardServerRender(this.host);
    connected.add(this);
    if (!langObserver) {
      langObserver = new MutationObserver(refreshAll);
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** The language as written on the page, e.g. `nl`, `nl-BE` or `de` (`en` when not a valid tag). */
  get lang(): string {
    const lang = languageOf(this.host);
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /**
   * `en` when the page's language has none of this widget's texts, so they show in English: the
   * `lang` of the widget's elements that hold only its own texts, so that a screen reader reads them
   * with an English voice on, say, a German page (WCAG 3.1.2). Otherwise (texts registered for the
   * language or given with `data-i18n-*`) `nothing`: they take the page's.
   */
  get fallback(): 'en' | typeof nothing {
    const codes = this.chain(this.lang);
    return codes[0].startsWith('en') ||
      // (texts given on the element, `data-i18n-*`, are taken to be in the page's language)
      // (`attributes`, not `getAttributeNames()`: the server renderer's elements only have the former)
      Array.from(this.host.attributes).some(({ name }) => name.startsWith('data-i18n-')) ||
      codes.slice(0, -1).some((code) => code in this.builtIn || Object.keys(registered.get(code) ?? {}).some((key) => key.startsWith(this.namespace + '.')))
      ? nothing
      : 'en';
  }

  /** Languages to look in, most specific first: `nl-be`, `nl`, then `en`. */
  private chain(lang: string): string[] {
    const full = lang.toLowerCase();
    const base = full.split('-')[0];
    return [...new Set([full, base, 'en'])];
  }

  /** A text by key, with `{name}` placeholders filled in; `{ one, other }` chosen by the value named `pluralBy`. */
  t(key: Key, values: Record<string, string | number> = {}, pluralBy = 'count'): string {
    const lang = this.lang; // found once per text: a walk up the tree (1,000 picker cards each ask)
    let text: Translation | undefined = this.host.getAttribute(`data-i18n-${kebab(key)}`) ?? undefined;
    if (text === undefined) {
      for (const code of this.chain(lang)) {
        text = registered.get(code)?.[`${this.namespace}.${key}`] ?? (this.builtIn as Record<string, Record<Key, Translation>>)[code]?.[key];
        if (text !== undefined) break;
      }
    }
    if (text === undefined) return key;
    if (typeof text !== 'string') {
      const count = Number(values[pluralBy]);
      text = intl(Intl.PluralRules, lang).select(count) === 'one' ? text.one : text.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? (typeof values[name] === 'number' ? formatNumber(values[name] as number, lang) : String(values[name])) : whole,
    );
  }

  /** A number formatted for the language: `3,2` in Dutch, `3.2` in English. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }
}

function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  // Whole numbers below 1,000 read the same in Dutch and English; skipping Intl here spares the
  // page its first Intl.NumberFormat (locale data: ~10 ms on the seed page, bench/FINDINGS.md).
  if (!options && Number.isInteger(value) && Math.abs(value) < 1000 && /^(nl|en)\b/i.test(lang)) return String(value);
  return intl(Intl.NumberFormat, lang, options).format(value);
}

const intlCache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();

/** One `Intl` object per kind, language and options, made on first use (1,000 cards each format a distance). */
function intl<T extends Intl.PluralRules | Intl.NumberFormat>(Kind: new (lang: string, options?: object) => T, lang: string, options?: object): T {
  const key = `${Kind.name} ${lang} ${JSON.stringify(options)}`;
  let object = intlCache.get(key) as T | undefined;
  if (!object) intlCache.set(key, (object = new Kind(lang, options)));
  return object;
}
