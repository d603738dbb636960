import * as z from 'zod/mini';

// HubSpot's PublicCampaign and Error, as its published OpenAPI document defines them
// (./campaigns-openapi.json, vendored and trimmed; a test keeps the two in step).

export const publicCampaign = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  businessUnits: z.array(z.object({ id: z.number() })),
});
export type PublicCampaign = z.infer<typeof publicCampaign>;

export const hubspotError = z.object({ category: z.string(), correlationId: z.string(), message: z.string() });

/**
 * The campaign properties read, with the formats public examples and code show (they are not
 * enumerated in the OpenAPI document, whose `properties` is any string map). Empty properties are
 * left out of responses.
 */
export const CAMPAIGN_PROPERTIES = ['hs_name', 'hs_campaign_status', 'hs_start_date', 'hs_end_date', 'hs_owner', 'hs_currency_code', 'hs_budget_items_sum_amount', 'hs_utm'] as const;

export const PROPERTY_FORMATS: Readonly<Record<(typeof CAMPAIGN_PROPERTIES)[number], RegExp>> = {
  hs_name: /\S/,
  hs_campaign_status: /^[a-z_]+$/,
  hs_start_date: /^\d{4}-\d{2}-\d{2}$/,
  hs_end_date: /^\d{4}-\d{2}-\d{2}$/,
  hs_owner: /^\d+$/,
  hs_currency_code: /^[A-Z]{3}$/,
  hs_budget_items_sum_amount: /^\d+(\.\d+)?$/,
  hs_utm: /\S/,
};
