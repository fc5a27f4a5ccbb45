/**
 * The contact form's settings: where to send, how, how long to wait for the server, how long a
 * person needs at least to fill in the form, and the privacy statement's address. Read from the
 * element's properties (set by its attributes or by a script) and the author's `<form>`, then
 * decided one by one: as given, or, when a value is of the wrong kind or not supported, the
 * default and a problem, in full sentences, for `warn`.
 */
import { safeHref } from '../../internal/text.js';
import type { PhoneNumber } from './form-messages.js';
import { resolveAction, type Destination } from './submission.js';
import { isPhone } from './validators.js';

/** How long the form waits for the server when `timeout` is not given. */
export const DEFAULT_TIMEOUT = 15000;

/** How long a person needs at least, from seeing the form to sending it, when `min-fill-ms` is not given. */
export const DEFAULT_MIN_FILL_MS = 2500;

/** How the form is sent, as decided. */
export interface Settings {
  /** Where to send, as written (the element's, else the form's), or null when neither gives one. */
  action: string | null;
  /** The absolute address to send to, or why there is none. */
  destination: Destination;
  /** `POST`, `PUT` or `PATCH`, as written. */
  method: string;
  /** `application/json`, `application/x-www-form-urlencoded` or `multipart/form-data` (any case). */
  enctype: string;
  /** Milliseconds to wait for the server. */
  timeout: number;
  /** Milliseconds from showing the form until a person's message may be sent (0: at once). */
  minFillMs: number;
  /** The privacy statement's address, when it may become a link. */
  privacyHref?: string;
  /** The clinic's number for a visitor whose message was not sent, when given. */
  phone?: PhoneNumber;
}

/** What the element holds: its properties, as its attributes or a script set them. */
export interface SettingsSource extends Element {
  action?: unknown;
  method?: unknown;
  enctype?: unknown;
  timeout?: unknown;
  minFillMs?: unknown;
  privacyHref?: unknown;
  phone?: unknown;
}

export interface SettingsReading {
  settings: Settings;
  /** One sentence per setting that was not used as given. */
  problems: string[];
}

/**
 * How a warning names a value: as the attribute the author wrote (`timeout="abc"`), or, when a
 * script set the property to something an attribute cannot hold, as that property.
 */
function describe(host: Element, attribute: string, property: string, value: unknown): string {
  const written = host.getAttribute(attribute);
  if (written !== null && (typeof value === 'string' || typeof value === 'number')) return `${attribute}="${written}"`;
  if (typeof value === 'string') return `${attribute}="${value}"`;
  const kind = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  const shown = typeof value === 'object' || typeof value === 'function' ? kind : `${String(value)}, ${kind}`;
  return `the ${property} property (set to ${shown})`;
}

/** Text an attribute or property gave, or null for nothing (unset, or empty). */
const givenText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** True when nothing was given (so the default applies quietly). */
const isUnset = (value: unknown): boolean => value === undefined || value === null || value === '';

/** A number of milliseconds from a number or numeric text; NaN for anything else. */
function millisecondsOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}

/**
 * Reads and decides the settings of `host`, falling back to the attributes of the author's `form`
 * (none for the standard form) for `action`, `method` and `enctype`.
 */
export function readSettings(host: SettingsSource, form: Element | null): SettingsReading {
  const problems: string[] = [];

  // Where: the element's action, else the form's. (Whether it is a web address is for resolveAction.)
  let action = givenText(host.action);
  if (action === null && !isUnset(host.action)) {
    problems.push(`${describe(host, 'action', 'action', host.action)} is not a web address, so it is ignored and the form's own action is used, if it has one.`);
  }
  action ??= form?.getAttribute('action') ?? null;
  const destination = resolveAction(action, document.baseURI);
  if (destination.problem === 'missing') {
    problems.push('has no action (on the element or its form), so nothing is sent: the clinic-submit event carries the message for a script of the page. Add action="/your-endpoint" to send it.');
  } else if (destination.problem === 'unsafe') {
    problems.push(`action="${action}" is not an http(s) address, so nothing is sent and visitors are told their message was not sent. Give a web address, such as action="/api/contact".`);
  }

  // How: POST, PUT or PATCH, the methods that carry a body.
  const methodGiven = isUnset(host.method) ? (form?.getAttribute('method') ?? '') : host.method;
  let method = 'POST';
  if (typeof methodGiven === 'string' && /^(post|put|patch)$/i.test(methodGiven.trim())) method = methodGiven.trim();
  else if (!isUnset(methodGiven)) {
    problems.push(`${describe(host, 'method', 'method', methodGiven)} is not supported: only POST, PUT and PATCH carry the message, so it is sent with POST.`);
  }

  // The body's format.
  const enctypeGiven = isUnset(host.enctype) ? (form?.getAttribute('enctype') ?? '') : host.enctype;
  let enctype = 'application/json';
  if (typeof enctypeGiven === 'string' && /json|urlencoded|multipart/i.test(enctypeGiven)) enctype = enctypeGiven;
  else if (!isUnset(enctypeGiven)) {
    problems.push(
      `${describe(host, 'enctype', 'enctype', enctypeGiven)} is not supported (use application/json, application/x-www-form-urlencoded or multipart/form-data), so the message is sent as JSON.`,
    );
  }

  // How long to wait for the server.
  let timeout = DEFAULT_TIMEOUT;
  const timeoutGiven = millisecondsOf(host.timeout);
  if (timeoutGiven > 0) timeout = timeoutGiven;
  else if (!isUnset(host.timeout)) {
    problems.push(`${describe(host, 'timeout', 'timeout', host.timeout)} is not a number of milliseconds above 0, so the form waits ${DEFAULT_TIMEOUT} ms for the server.`);
  }

  // How long a person needs at least (0 turns the wait off).
  let minFillMs = DEFAULT_MIN_FILL_MS;
  const minFillGiven = millisecondsOf(host.minFillMs);
  if (minFillGiven >= 0) minFillMs = minFillGiven;
  else if (!isUnset(host.minFillMs)) {
    problems.push(
      `${describe(host, 'min-fill-ms', 'minFillMs', host.minFillMs)} is not a number of milliseconds of 0 or more, so a message sent sooner than ${DEFAULT_MIN_FILL_MS} ms after the form was shown waits until then.`,
    );
  }

  // The privacy statement's address: a web or mail address only.
  let privacyHref: string | undefined;
  if (typeof host.privacyHref === 'string' && safeHref(host.privacyHref)) privacyHref = host.privacyHref;
  else if (!isUnset(host.privacyHref)) {
    problems.push(
      `${describe(host, 'privacy-href', 'privacyHref', host.privacyHref)} is not a web address (http, https, mailto or tel), so the consent names the privacy statement without a link.`,
    );
  }

  // A number to call when the message could not be sent.
  let phone: PhoneNumber | undefined;
  if (typeof host.phone === 'string' && isPhone(host.phone)) phone = { text: host.phone.trim(), href: `tel:${host.phone.replace(/\(0\)|[^\d+]/g, '')}` };
  else if (!isUnset(host.phone)) {
    problems.push(`${describe(host, 'phone', 'phone', host.phone)} is not a phone number (such as +31 493 123 456 or 0493 123 456), so the failure message offers no number to call.`);
  }

  return { settings: { action, destination, method, enctype, timeout, minFillMs, privacyHref, phone }, problems };
}

