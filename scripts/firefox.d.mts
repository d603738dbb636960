/** The oldest Firefox the extension's manifest accepts. */
export const FIREFOX_MIN_VERSION: number;
/** The system Firefox's path; installs Debian's firefox-esr when root with apt-get, else throws how to install it. */
export function findFirefox(options?: { install?: boolean }): string;
