/**
 * Nothing is read off a HubSpot campaign page: no public source shows which hooks its campaign
 * page carries (its `data-test-id` and `data-selenium-test` names for campaigns are unknown), so the
 * panel names every fact as unread rather than guess. The ids come from the URL; the facts come
 * from the Marketing Campaigns API when the user turns it on (see ../../facts/).
 */
export const readHubSpotPage = (): null => null;
