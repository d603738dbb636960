import { isId } from '@preflight/core/schema';

/** A plan id as the core's schema allows it: the document name of a team plan. */
export const isPlanId = (name: string): boolean => isId(name);
