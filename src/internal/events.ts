/**
 * Dispatches a `clinic-*` event the same way for every widget: it bubbles, crosses shadow roots
 * (`composed`) and carries a typed `detail`. Returns the event so a caller can read
 * `defaultPrevented` when it made it `cancelable`.
 *
 * Each widget types its events for `addEventListener` by extending `HTMLElementEventMap`.
 */
export function emit<Detail>(
  host: HTMLElement,
  type: `clinic-${string}`,
  detail: Detail,
  options: { cancelable?: boolean } = {},
): CustomEvent<Detail> {
  const event = new CustomEvent<Detail>(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  host.dispatchEvent(event);
  return event;
}
