/** A plan id as the core's schema allows it: the document name of a team plan. */
export const isPlanId = (name: string): boolean => name.length <= 80 && /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(name);
