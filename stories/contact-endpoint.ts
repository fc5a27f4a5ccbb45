// Storybook has no server, so the contact-form stories post to `/storybook-contact?answer=…&key=…`,
// which this module answers in the browser: `ok` (200 JSON), `error` (500), `invalid` (422 with a
// field error), `hang` (never answers: the sending state, or a timeout with a short `timeout`) or
// `offline` (the network fails). What arrived is kept per `key`. Every other request goes out as usual.

const received = new Map<string, string[]>();

/** The bodies that arrived under `key`. */
export const receivedUnder = (key: string) => received.get(key) ?? [];

/** The action URL for a story: the answer it gets and the key its requests are kept under. */
export const endpoint = (answer: 'ok' | 'error' | 'invalid' | 'hang' | 'offline', key: string = answer) => `/storybook-contact?answer=${answer}&key=${encodeURIComponent(key)}`;

const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname !== '/storybook-contact') return realFetch(input, init);
  const key = url.searchParams.get('key') ?? 'default';
  received.set(key, [...receivedUnder(key), typeof init?.body === 'string' ? init.body : String(init?.body ?? '')]);
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  switch (url.searchParams.get('answer')) {
    case 'hang':
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    case 'offline':
      throw new TypeError('Failed to fetch');
    case 'error':
      return new Response('Server error', { status: 500 });
    case 'invalid':
      return json(422, { errors: { email: 'Dit e-mailadres kennen we niet; controleer het nog eens.' } });
    default:
      return json(200, { ok: true });
  }
};
