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
export function resolveAction(action: string | null | undefined, base: string): { url?: string; problem?: 'missing' | 'unsafe' } {
  if (!action?.trim()) return { problem: 'missing' };
  try {
    const { href, protocol } = new URL(action, base); // (URLs are read without their outer spaces)
    if (/^https?:$/.test(protocol)) return { url: href };
  } catch {
    /* not a URL at all */
  }
  return { problem: 'unsafe' };
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
