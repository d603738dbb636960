/**
 * Positions for a list in a wanted order, moving as few records as possible: records already in
 * the document keep their position when it still fits the order (the longest run of increasing
 * positions), the others get a position between their kept neighbours. Two replicas adding at the
 * same place may pick the same number; ties sort by id, the same way everywhere.
 */
export function placeInOrder(current: readonly (number | undefined)[]): number[] {
  const keep = longestIncreasing(current);
  const out = new Array<number>(current.length);
  let i = 0;
  while (i < current.length) {
    if (keep.has(i)) {
      out[i] = current[i]!;
      i++;
      continue;
    }
    let j = i;
    while (j < current.length && !keep.has(j)) j++;
    const lo = i > 0 ? out[i - 1]! : undefined;
    const hi = j < current.length ? current[j]! : undefined;
    const count = j - i;
    for (let k = 0; k < count; k++) {
      out[i + k] =
        lo === undefined && hi === undefined ? k + 1
        : lo === undefined ? hi! - (count - k)
        : hi === undefined ? lo + k + 1
        : lo + ((hi - lo) * (k + 1)) / (count + 1);
    }
    i = j;
  }
  // Halving a gap again and again runs out of precision: then number the whole list afresh.
  for (let k = 1; k < out.length; k++) if (!(out[k]! > out[k - 1]!)) return out.map((_, index) => index + 1);
  return out;
}

/** Indexes of a longest strictly increasing run of the finite positions (patience sorting). */
function longestIncreasing(values: readonly (number | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    if (value === undefined || !Number.isFinite(value)) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = previous[k]!) keep.add(k);
  return keep;
}
