/** A quantifier at `i`: its length and whether it can repeat (more than once). */
function quantifierAt(source: string, i: number): { length: number; repeats: boolean } | undefined {
  const c = source[i];
  let length: number;
  let repeats: boolean;
  if (c === '*' || c === '+' || c === '?') {
    length = 1;
    repeats = c !== '?';
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined; // a literal brace
    length = m[0].length;
    repeats = m[2] === undefined ? Number(m[1]) > 1 : m[3] === '' || Number(m[3]) > 1;
  } else return undefined;
  if (source[i + length] === '?') length++; // lazy
  return { length, repeats };
}

/**
 * True when a pattern repeats a group that itself contains a repetition, like `(a+)+` or
 * `([a-z]+_?)*`: such a pattern can backtrack exponentially on a long name that almost matches.
 */
export function hasNestedRepetition(source: string): boolean {
  // One entry per open group: whether something inside it repeats.
  const open: boolean[] = [];
  const markRepeat = () => {
    if (open.length) open[open.length - 1] = true;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      open.push(false);
      i++;
      // Skip the group's own syntax: (?: (?= (?! (?<= (?<! (?<name>
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      if (prefix) i += prefix[0].length;
    } else if (c === ')') {
      const innerRepeats = open.pop() ?? false;
      i++;
      const q = quantifierAt(source, i);
      if (q) {
        if (q.repeats && innerRepeats) return true;
        i += q.length;
      }
      if (innerRepeats || q?.repeats) markRepeat();
    } else {
      const q = quantifierAt(source, i);
      if (q) {
        if (q.repeats) markRepeat();
        i += q.length;
      } else i++;
    }
  }
  return false;
}
