/**
 * How a warning names a value that a page script or a framework gave a property, so an editor or
 * developer recognises what they passed: `"abc"` (a text, quoted), `5`, `true`, `null`,
 * `undefined`, `an array`, `an object`, `a function`.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? 'a function' : String(value);
  return 'an object';
}
