// Single characters as page readers test them, without regular expressions: those are compiled on
// their first use in the page script's world, on the host page's main thread.

export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
export const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
/** An ASCII letter. */
export const isLetter = (c: string | undefined) => isUpper(c) || (c !== undefined && c >= 'a' && c <= 'z');
/** Whether a word goes on at `c` (a letter, digit or underscore), as a regular expression's `\b` sees it. */
export const isWordChar = (c: string | undefined) => isDigit(c) || isLetter(c) || c === '_';
