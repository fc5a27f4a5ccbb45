import { buildFaqSchema, type QuestionAndAnswer } from './faq-schema.js';

/** The Trusted Types policy for the JSON-LD, made on first use (null: the page refused it). */
let trustedTypesPolicy: { createScript(text: string): unknown } | null | undefined;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown };
}

/**
 * The policy for our JSON-LD under Trusted Types (`require-trusted-types-for 'script'`), where a
 * script's text must come from a policy: ours is "clinic-elements", used for this JSON only. Asked
 * for once per page (each refused `createPolicy` is a violation report to the site). Undefined where
 * the browser has no Trusted Types; null where the page's `trusted-types` list leaves ours out.
 */
function policy(): typeof trustedTypesPolicy {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (factory === undefined || trustedTypesPolicy !== undefined) return trustedTypesPolicy;
  try {
    trustedTypesPolicy = factory.createPolicy('clinic-elements', { createScript: (text: string) => text });
  } catch {
    trustedTypesPolicy = null;
  }
  return trustedTypesPolicy;
}

/**
 * Keeps one `<script type="application/ld+json" data-clinic-faq-schema>` as the last child of
 * `host`, with the schema.org `FAQPage` of `items`: made, updated, or removed when no item is
 * complete. `refused` when Trusted Types did not allow our policy (there is then no script).
 */
export function writeFaqSchema(host: Element, items: QuestionAndAnswer[]): 'written' | 'removed' | 'refused' {
  const json = buildFaqSchema(items);
  const existing = host.querySelector<HTMLScriptElement>(':scope>script[data-clinic-faq-schema]');
  if (json === '') {
    existing?.remove();
    return 'removed';
  }
  const scriptPolicy = policy();
  if (scriptPolicy === null) {
    existing?.remove();
    return 'refused';
  }
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-clinic-faq-schema', '');
  if (script.textContent !== json) script.textContent = (scriptPolicy ? scriptPolicy.createScript(json) : json) as string;
  if (script !== host.lastElementChild) host.append(script);
  return 'written';
}
