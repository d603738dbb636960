/** Where the built site is: what `npm start` serves and what a team hosts for Notion. */
export const SITE: string;
export function buildSite(): Promise<void>;
