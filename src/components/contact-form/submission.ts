/**
 * Sending the form: where to (a safe `action`), how (JSON, urlencoded or multipart body), and what
 * came back (parsed answer, field errors). No DOM beyond FormData and fetch; unit-tested alone.
 */

export type Enctype = 'application/json' | 'application/x-www-form-urlencoded' | 'multipart/form-data';
export const ENCTYPES: Enctype[] = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/** The submitted values by name; a name used more than once (checkboxes) gives a list. */
export type FormValues = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/**
 * The absolute URL to send to, or why not: `missing` (no action) or `unsafe` (not http or https,
 * e.g. `javascript:` or `data:`). Relative URLs are resolved against the page.
 */
export function resolveAction(action: string | null | undefined, base: string): { url?: string; problem?: 'missing' | 'unsafe' } {
  if (!action?.trim()) return { problem: 'missing' };
  try {
    const url = new URL(action.trim(), base);
    return /^https?:$/.test(url.protocol) ? { url: url.href } : { problem: 'unsafe' };
  } catch {
    return { problem: 'unsafe' };
  }
}

export function valuesOf(data: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of data) {
    const before = values[name];
    values[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return values;
}

/** The fetch options for these values (a file goes into JSON or urlencoded bodies by its name). */
export function buildRequest(method: string, enctype: Enctype, data: FormData): RequestInit {
  const headers: Record<string, string> = { accept: 'application/json' };
  const json = enctype === ENCTYPES[0];
  if (json) headers['content-type'] = enctype;
  const named = (value: FormDataEntryValue) => (typeof value === 'string' ? value : value.name);
  return {
    method: method.toUpperCase(),
    headers,
    body:
      enctype === ENCTYPES[2] ? data
      : json ? JSON.stringify(valuesOf(data), (_, value) => (value instanceof File ? value.name : value))
      : new URLSearchParams([...data].map(([name, value]) => [name, named(value)])),
  };
}

/** What came back. `failure` is set when nothing usable came back (network error or timeout). */
export interface Answer {
  ok: boolean;
  status?: number;
  /** Parsed JSON when the answer was JSON, else the text. */
  body?: unknown;
  /** `html`: an HTML page; `invalid-json`: said JSON but was not. */
  oddity?: 'html' | 'invalid-json';
  failure?: 'network' | 'timeout';
}

/** Sends the request, giving up after `timeout` ms (the request is aborted). Never throws. */
export async function send(url: string, init: RequestInit, timeout: number): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const answer: Answer = { ok: response.ok, status: response.status, body: text };
    if (/json/.test(type) || /^\s*[{[]/.test(text)) {
      try {
        answer.body = text ? JSON.parse(text) : null;
      } catch {
        answer.oddity = 'invalid-json';
      }
    } else if (/html/.test(type) || /^\s*</.test(text)) answer.oddity = 'html';
    return answer;
  } catch {
    return { ok: false, failure: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Field messages from an answer shaped `{ "errors": { "field": "message" } }` (a message list is joined). */
export function fieldErrorsOf(body: unknown): Record<string, string> | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return undefined;
  const found: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) {
    const text = Array.isArray(message) ? message.join(' ') : message;
    if (typeof text === 'string' && text.trim()) found[name] = text.trim();
  }
  return Object.keys(found).length ? found : undefined;
}
