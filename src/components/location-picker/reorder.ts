/**
 * Puts `wanted` (children of `parent`) in that order with as few moves as possible: the longest run
 * already in order stays, the others are moved. A postcode that lifts one branch to the top, and
 * clearing it again, each move a single element, so the light DOM (reading and focus order) follows
 * the order on screen without re-inserting a thousand branches.
 */
export function reorder(parent: Element, wanted: readonly Element[]): void {
  const current = [...parent.children];
  const position = new Map(current.map((child, index) => [child, index]));
  const positions = wanted.map((element) => position.get(element) ?? -1);
  const stays = longestIncreasing(positions);
  if (stays.size === wanted.length) return;
  const last = wanted.reduce<Element | undefined>((latest, element) => (!latest || position.get(element)! > position.get(latest)! ? element : latest), undefined);
  const end = last?.nextSibling ?? null;
  for (let place = wanted.length - 1; place >= 0; place--) {
    if (!stays.has(place)) parent.insertBefore(wanted[place], wanted[place + 1] ?? end);
  }
}

/** Indices of one longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]] < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low ? tails[low - 1] : -1;
    tails[low] = index;
  });
  const result = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]) result.add(index);
  return result;
}
