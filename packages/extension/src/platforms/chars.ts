// Single characters as page readers test them, without regular expressions: those are compiled on
// their first use in the page script's world, on the host page's main thread.

export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
export const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
/** An ASCII letter. */
export const isLetter = (c: string | undefined) => isUpper(c) || (c !== undefined && c >= 'a' && c <= 'z');
/** Whether a word goes on at `c` (a letter, digit or underscore), as a regular expression's `\b` sees it. */
export const isWordChar = (c: string | undefined) => isDigit(c) || isLetter(c) || c === '_';
/** White space and line ends as a regular expression's `\s` and `String.prototype.trim` see them, by UTF-16 code unit. */
export const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Text as people see it: white space collapsed, trimmed (what `.replace(/\s+/g, ' ').trim()` gives).
 * Character by character: the first regular expression a page script runs costs the host page's
 * main thread about half a millisecond to compile.
 */
export function collapseSpace(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) gap = out.length > 0;
    else {
      if (gap) out += ' ';
      gap = false;
      out += text[i];
    }
  }
  return out;
}
