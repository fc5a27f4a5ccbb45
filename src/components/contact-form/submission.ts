/**
 * Sending the form: where to (a safe `action`), how (JSON, urlencoded or multipart body), and what
 * came back (parsed answer, field errors). No DOM beyond FormData and fetch; unit-tested alone.
 */
import type { FieldError } from './error-summary.js';

const JSON_TYPE = 'application/json';

/** The submitted values by name; a name used more than once (checkboxes) gives a list. */
export type FormValues = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/**
 * The absolute URL to send to, or why not: `missing` (no action) or `unsafe` (not http or https,
 * e.g. `javascript:` or `data:`). Relative URLs are resolved against the page.
 */
/** Where the form goes: an absolute http(s) `url`, or the `problem` that there is none. */
export interface Destination {
  url?: string;
  problem?: 'missing' | 'unsafe';
}

export function resolveAction(action: string | null | undefined, base: string): Destination {
  if (!action?.trim()) return { problem: 'missing' };
  try {
    const { href, protocol } = new URL(action, base); // (URLs are read without their outer spaces)
    if (/^https?:$/.test(protocol)) return { url: href };
  } catch {
    /* not a URL at all */
  }
  return { problem: 'unsafe' };
}

/**
 * How long to hold a person's message before sending it: what remains of `minFillMs` since the form
 * was shown (0 when that has passed). Bots send within moments of loading a page; a message that
 * comes that soon is held, never dropped, so a quick visitor's message still arrives.
 */
export function holdTime({ shownAt, now, minFillMs }: { shownAt: number; now: number; minFillMs: number }): number {
  return Math.max(0, shownAt + minFillMs - now);
}

export function valuesOf(data: Iterable<[string, FormDataEntryValue]>): FormValues {
  const values: FormValues = {};
  for (const [name, value] of data) {
    const before = values[name];
    values[name] = before === undefined ? value : [before, value].flat();
  }
  return values;
}

/**
 * The fetch options for these values: an enctype other than urlencoded or multipart (in any case)
 * sends JSON (a file goes into JSON or urlencoded bodies by its name). Each body brings its own `content-type`.
 */
export function buildRequest(method: string, enctype: string | null | undefined, data: FormData): RequestInit {
  const named = [...data].map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : value.name]);
  return {
    method: method.toUpperCase(),
    headers: { accept: JSON_TYPE },
    body:
      /multipart/i.test(enctype!) ? data
      : /urlencoded/i.test(enctype!) ? new URLSearchParams(named)
      : new Blob([JSON.stringify(valuesOf(named))], { type: JSON_TYPE }),
  };
}

/** What came back. `failure` is set when nothing came back: `timeout`, or `failed` (a network error); the names of their texts. */
export interface Answer {
  ok: boolean;
  status?: number;
  /** Parsed JSON when the answer was JSON, else the text. */
  body?: unknown;
  /** `HTML`: an HTML page; `invalid JSON`: said JSON but was not (as the warning names them). */
  oddity?: 'HTML' | 'invalid JSON';
  failure?: 'timeout' | 'failed';
}

/** What an editor needs to know about an odd answer (one warning each). */
export const oddityWarnings: Record<NonNullable<Answer['oddity']>, string> = {
  HTML: 'the server answered with an HTML page, not JSON; its status still decides whether the message was sent, and the page is passed on as text.',
  'invalid JSON': 'the server said its answer was JSON, but it is not valid JSON; its status still decides whether the message was sent, and the answer is passed on as text.',
};

/** Sends the request, giving up after `timeout` ms (the request is aborted). Never throws. */
export async function send(url: string, init: RequestInit, timeout: number): Promise<Answer> {
  const signal = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(url, { ...init, signal });
    const text = await response.text();
    const type = String(response.headers.get('content-type'));
    const answer: Answer = { ok: response.ok, status: response.status, body: text };
    if (/json/.test(type) || /^\s*[{[]/.test(text)) {
      try {
        answer.body = text ? JSON.parse(text) : null;
      } catch {
        answer.oddity = 'invalid JSON';
      }
    } else if (/html/.test(type)) answer.oddity = 'HTML';
    return answer;
  } catch {
    return { ok: false, failure: signal.aborted ? 'timeout' : 'failed' };
  }
}

/** Field messages (name and text) from an answer shaped `{ "errors": { "field": "message" } }` (a message list is joined); none when it is not. */
export function fieldErrorsOf(body: unknown): FieldError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (errors?.constructor !== Object) return [];
  return Object.entries(errors as object)
    .map(([name, message]): FieldError => ({ name, message: typeof message === 'string' || Array.isArray(message) ? [message].flat().join(' ').trim() : '' }))
    .filter(({ message }) => message !== '');
}
