/** Salesforce record ids: 15 characters (case-sensitive) or 18 (case-safe, 3-character checksum). */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The checksum suffix: one character per block of five, a bit set for each upper-case letter. */
function suffixOf(id15: string): string {
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** Restores the case of the first 15 characters from an 18-character id's suffix (it survives case-folding). */
function restoreCase(id18: string): string | null {
  let out = '';
  for (let block = 0; block < 3; block++) {
    const bits = SUFFIX_ALPHABET.indexOf(id18.charAt(15 + block).toUpperCase());
    if (bits < 0) return null;
    for (let i = 0; i < 5; i++) {
      const c = id18.charAt(block * 5 + i);
      const upper = (bits >> i) & 1;
      if (upper && !/[a-zA-Z]/.test(c)) return null;
      out += upper ? c.toUpperCase() : c.toLowerCase();
    }
  }
  return out;
}

/**
 * The 18-character case-safe form of a record id, or null when it is not one.
 * A 15-character id gains its checksum; an 18-character id gets its case back from the checksum.
 */
export function toCaseSafeId(id: string): string | null {
  if (!ID.test(id)) return null;
  const id15 = id.length === 15 ? id : restoreCase(id);
  if (id15 === null) return null;
  return id15 + suffixOf(id15);
}

/** Campaign records carry the key prefix `701`. */
export function toCampaignId(id: string): string | null {
  const safe = toCaseSafeId(id);
  return safe !== null && safe.startsWith('701') ? safe : null;
}
