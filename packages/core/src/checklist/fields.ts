import { SafeUrl } from '../plan/primitives.js';

/** True when a URL may become a link: https, or mailto for a person (the plan format's own rule). */
export const isSafeLink = (url: string | undefined): boolean => url !== undefined && SafeUrl.safeParse(url).success;
