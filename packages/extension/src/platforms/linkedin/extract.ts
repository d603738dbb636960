/**
 * Nothing is read off a Campaign Manager page: nothing public describes its DOM, so the panel names
 * every fact as unread rather than guess. The ids come from the URL (a group's from its
 * `campaignGroupIds` filter); the facts are for an API connector (see ../../facts/linkedin/).
 */
export const readLinkedInPage = (): null => null;
