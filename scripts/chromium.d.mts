/** Flags a headless Chromium needs on a machine with a closed network. */
export const CHROMIUM_FLAGS: string[];
/** The system Chromium's path; installs Debian's package when root with apt-get, else throws how to install it. */
export function findChromium(options?: { install?: boolean }): string;
