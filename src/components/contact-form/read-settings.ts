/**
 * The contact form's settings: where to send, how, how long to wait for the server, how long a
 * person needs at least to fill in the form, and the privacy statement's address. Read from the
 * element's properties (set by its attributes or by a script) and the author's `<form>`, then
 * decided one by one: as given, or, when a value is of the wrong kind or not supported, the
 * default and a problem, in full sentences, for `warn`.
 */
import { describeValue } from '../../internal/describe-value.js';
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
  return `the ${property} property (set to ${describeValue(value)})`;
}

/** Text an attribute or property gave, or undefined for nothing (unset, or empty). */
const givenText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

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
  /**
   * One setting, decided the same way for each: `accepted` (what was given, when it can be used),
   * else `fallback`, with a problem when something was given: the value as `describe` names it (as
   * the attribute, or as the property named `property`), then `consequence`.
   */
  const decide = <Value>(attribute: string, property: string, given: unknown, accepted: Value | undefined, fallback: Value, consequence: string): Value => {
    if (accepted !== undefined) return accepted;
    if (!isUnset(given)) problems.push(`${describe(host, attribute, property, given)} ${consequence}`);
    return fallback;
  };

  // Where: the element's action, else the form's. (Whether it is a web address is for resolveAction.)
  const action = decide(
    'action',
    'action',
    host.action,
    givenText(host.action),
    form?.getAttribute('action') ?? null,
    "is not a web address, so it is ignored and the form's own action is used, if it has one.",
  );
  const destination = resolveAction(action, document.baseURI);
  if (destination.problem === 'missing') {
    problems.push('has no action (on the element or its form), so nothing is sent: the clinic-submit event carries the message for a script of the page. Add action="/your-endpoint" to send it.');
  } else if (destination.problem === 'unsafe') {
    problems.push(`action="${action}" is not an http(s) address, so nothing is sent and visitors are told their message was not sent. Give a web address, such as action="/api/contact".`);
  }

  // How: POST, PUT or PATCH, the methods that carry a body.
  const methodGiven = isUnset(host.method) ? form?.getAttribute('method') : host.method;
  const method = decide(
    'method',
    'method',
    methodGiven,
    typeof methodGiven === 'string' && /^(post|put|patch)$/i.test(methodGiven.trim()) ? methodGiven.trim() : undefined,
    'POST',
    'is not supported: only POST, PUT and PATCH carry the message, so it is sent with POST.',
  );

  // The body's format.
  const enctypeGiven = isUnset(host.enctype) ? form?.getAttribute('enctype') : host.enctype;
  const enctype = decide(
    'enctype',
    'enctype',
    enctypeGiven,
    typeof enctypeGiven === 'string' && /json|urlencoded|multipart/i.test(enctypeGiven) ? enctypeGiven : undefined,
    'application/json',
    'is not supported (use application/json, application/x-www-form-urlencoded or multipart/form-data), so the message is sent as JSON.',
  );

  // How long to wait for the server.
  const timeoutGiven = millisecondsOf(host.timeout);
  const timeout = decide(
    'timeout',
    'timeout',
    host.timeout,
    timeoutGiven > 0 ? timeoutGiven : undefined,
    DEFAULT_TIMEOUT,
    `is not a number of milliseconds above 0, so the form waits ${DEFAULT_TIMEOUT} ms for the server.`,
  );

  // How long a person needs at least (0 turns the wait off).
  const minFillGiven = millisecondsOf(host.minFillMs);
  const minFillMs = decide(
    'min-fill-ms',
    'minFillMs',
    host.minFillMs,
    minFillGiven >= 0 ? minFillGiven : undefined,
    DEFAULT_MIN_FILL_MS,
    `is not a number of milliseconds of 0 or more, so a message sent sooner than ${DEFAULT_MIN_FILL_MS} ms after the form was shown waits until then.`,
  );

  // The privacy statement's address: a web or mail address only.
  const privacyHref = decide(
    'privacy-href',
    'privacyHref',
    host.privacyHref,
    typeof host.privacyHref === 'string' ? safeHref(host.privacyHref) : undefined,
    undefined,
    'is not a web address (http, https, mailto or tel), so the consent names the privacy statement without a link.',
  );

  // A number to call when the message could not be sent.
  const phone = decide<PhoneNumber | undefined>(
    'phone',
    'phone',
    host.phone,
    typeof host.phone === 'string' && isPhone(host.phone) ? { text: host.phone.trim(), href: `tel:${host.phone.replace(/\(0\)|[^\d+]/g, '')}` } : undefined,
    undefined,
    'is not a phone number (such as +31 493 123 456 or 0493 123 456), so the failure message offers no number to call.',
  );

  return { settings: { action, destination, method, enctype, timeout, minFillMs, privacyHref, phone }, problems };
}
