/** One range of four-digit Dutch postcode numbers, both ends included: `5750-5759` → 5750…5759. */
export interface PostcodeRange {
  from: number;
  to: number;
}

/**
 * Reads a `postcodes` attribute such as `5750-5759,5760`: comma-separated four-digit numbers or
 * ranges. Parts that are not (a range with its end before its start, letters, three digits…) are
 * returned in `invalid` so the widget can name them in a warning; the valid parts still count.
 */
export function parsePostcodeRanges(text: string): { ranges: PostcodeRange[]; invalid: string[] } {
  const ranges: PostcodeRange[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;]/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const match = /^([1-9]\d{3})(?:\s*[-–]\s*([1-9]\d{3}))?$/.exec(trimmed);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (match && from <= to) ranges.push({ from, to });
    else invalid.push(trimmed);
  }
  return { ranges, invalid };
}

/**
 * The four digits of a Dutch postcode typed in a search field (`5751`, `5751AB`, `5751 ab`, and
 * `5751 a` while the letters are still being typed), or `undefined` when the text is not a postcode.
 */
export function postcodeNumber(query: string): number | undefined {
  const match = /^([1-9]\d{3}) ?[a-z]{0,2}$/i.exec(query.trim());
  return match ? Number(match[1]) : undefined;
}

/** Whether a postcode number falls in any of the ranges. */
export function inRanges(postcode: number, ranges: readonly PostcodeRange[]): boolean {
  return ranges.some((range) => postcode >= range.from && postcode <= range.to);
}
