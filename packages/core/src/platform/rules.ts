import type { RulesConfig } from '../config/schema.js';
import type { RuleDefinition, Target } from '../readiness/types.js';
import { hit, type RuleHit } from '../rules/rule.js';
import { isIsoDate } from '../time/iso-dates.js';
import { normaliseBudget } from './budget.js';
import { namingHits } from './naming.js';
import type { CampaignFacts } from './facts.js';
import { parseUtm, withoutMacros, type UrlParam } from './utm.js';

/** What a platform rule reads: the facts from one page and the config. */
export interface FactsContext {
  readonly facts: CampaignFacts;
  readonly config: RulesConfig;
  /** The UTM parameters of every tracking URL together (a final URL and its suffix make one landing URL). */
  readonly utm: readonly UrlParam[];
  /** Who acts: the owner on the platform, else the linked plan's campaign owner. */
  readonly owner: string | undefined;
}

export interface PlatformRule extends RuleDefinition {
  check(ctx: FactsContext): RuleHit[];
}

const fact = (id: string): Target => ({ kind: 'fact', id });
const NAME = fact('name');
const UTM = fact('utm');
const DATES = fact('dates');
const BUDGET = fact('budget');

const naming: PlatformRule = {
  id: 'platform.naming',
  title: 'The campaign name follows the naming convention',
  severity: 'warning',
  rationale: 'Reports group campaigns by the parts of their names; a name outside the convention falls out of every report.',
  check: ({ facts, config, owner }) => {
    const name = facts.name?.value.trim();
    if (!name) return [hit(NAME, 'No campaign name was found on the page.', 'Open the campaign so its name is visible, or give it a name.', owner)];
    return namingHits(name, config, NAME, owner);
  },
};

const bannedWords: PlatformRule = {
  id: 'platform.banned-words',
  title: 'No test, temporary or copied campaign goes live',
  severity: 'blocker',
  rationale: 'A name with "test", "tmp" or "copy" marks a draft or a duplicate that was never meant to spend money.',
  check: ({ facts, config, owner }) => {
    const name = facts.name?.value ?? '';
    // Whole words only: "contest" and "copywriting" are fine, "Webinar - Copy" is not.
    const tokens = new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const found = config.platform.bannedWords.filter((w) => tokens.has(w.toLowerCase()));
    return found.length === 0
      ? []
      : [hit(NAME, `"${name.trim()}" contains ${found.map((w) => `"${w}"`).join(', ')}.`, 'Make sure this is the production campaign, then rename it without those words (or remove the draft).', owner)];
  },
};

const utmRequired: PlatformRule = {
  id: 'platform.utm-required',
  title: 'Tracking URLs carry the required UTM parameters',
  severity: 'blocker',
  rationale: 'Without source, medium and campaign the visits land in "(direct)" or "(other)" and the campaign cannot be measured.',
  check: ({ facts, config, utm, owner }) => {
    // Google Ads auto-tagging (gclid) attributes the click without manual UTMs.
    if (facts.platform === 'google-ads' && facts.autoTagging?.value === true) return [];
    const present = new Set(utm.map((p) => p.name.toLowerCase()));
    const missing = config.platform.requiredUtm.filter((name) => !present.has(name));
    if (missing.length === 0) return [];
    const none = (facts.trackingUrls?.value.length ?? 0) === 0;
    return [
      hit(
        UTM,
        none ? `No tracking URL was found; ${missing.join(', ')} cannot be checked.` : `The tracking URLs lack ${missing.join(', ')}.`,
        `Add ${missing.map((n) => `${n}=…`).join('&')} to the tracking URL (or the URL suffix / URL parameters).`,
        owner,
      ),
    ];
  },
};

/** One finding per distinct parameter, however many URLs repeat it. */
const perParam = (utm: readonly UrlParam[], bad: (p: UrlParam) => boolean) => [...new Map(utm.filter(bad).map((p) => [p.raw, p])).values()];

const utmLowercase: PlatformRule = {
  id: 'platform.utm-lowercase',
  title: 'UTM parameters are lowercase',
  severity: 'warning',
  rationale: 'Reports are case-sensitive: "Paid-Social" and "paid-social" become two rows.',
  check: ({ utm, owner }) =>
    perParam(utm, (p) => {
      const judged = p.name + withoutMacros(p.value);
      return judged !== judged.toLowerCase();
    }).map((p) => hit(UTM, `${p.raw} is not lowercase.`, `Write it as ${p.name.toLowerCase()}=${lowerOutsideMacros(p.value)}.`, owner)),
};

/** Lowercases a value but leaves the platform's macros as they are. */
function lowerOutsideMacros(value: string): string {
  return value.replace(/(\{\{[^{}]*\}\}|\{[^{}]*\})|[^{}]+/g, (part, macro: string | undefined) => (macro ? part : part.toLowerCase()));
}

const utmSpaces: PlatformRule = {
  id: 'platform.utm-spaces',
  title: 'UTM values have no spaces',
  severity: 'warning',
  rationale: 'Spaces are encoded differently by each tool, so one campaign splits into several in reports.',
  check: ({ utm, owner }) =>
    perParam(utm, (p) => /\s/.test(p.name + withoutMacros(p.value))).map((p) =>
      hit(UTM, `${p.raw} contains a space.`, `Use - or _ instead: ${p.name}=${p.value.trim().replace(/\s+/g, '-')}.`, owner),
    ),
};

const utmMedium: PlatformRule = {
  id: 'platform.utm-medium',
  title: 'utm_medium is one the default channel grouping knows',
  severity: 'warning',
  rationale: 'An unknown medium lands the traffic in "Unassigned", so the channel gets no credit.',
  check: ({ utm, config, owner }) => {
    const allowed = new Set(config.platform.allowedMediums.map((m) => m.toLowerCase()));
    // Case is the lowercase rule's business; a macro is filled in at click time and cannot be judged here.
    return perParam(utm, (p) => p.name.toLowerCase() === 'utm_medium' && !hasOnlyMacro(p.value) && !allowed.has(p.value.trim().toLowerCase())).map((p) =>
      hit(UTM, `utm_medium "${p.value}" is not one of the allowed mediums.`, `Use one of: ${config.platform.allowedMediums.join(', ')}.`, owner),
    );
  },
};

const hasOnlyMacro = (value: string) => value.trim() !== '' && withoutMacros(value).trim() === '';

const dates: PlatformRule = {
  id: 'platform.dates',
  title: 'Start and end dates are set',
  severity: 'warning',
  rationale: 'A campaign without an end date keeps spending after the plan ends.',
  check: ({ facts, owner }) => {
    const problems: string[] = [];
    for (const [label, f] of [['start', facts.startDate], ['end', facts.endDate]] as const) {
      if (!f?.value.trim()) problems.push(`no ${label} date is set`);
      else if (!isIsoDate(f.value)) problems.push(`the ${label} date "${f.value}" is not a calendar date (YYYY-MM-DD)`);
    }
    if (problems.length === 0) return [];
    const text = problems.join(' and ');
    return [hit(DATES, `${text.charAt(0).toUpperCase()}${text.slice(1)}.`, 'Set both dates on the campaign so it starts and stops when the plan says.', owner)];
  },
};

const dateOrder: PlatformRule = {
  id: 'platform.date-order',
  title: 'The campaign starts before it ends',
  severity: 'blocker',
  rationale: 'An end before the start means one of the dates is wrong; the platform may never run the campaign.',
  check: ({ facts, owner }) => {
    const start = facts.startDate?.value;
    const end = facts.endDate?.value;
    return start && end && isIsoDate(start) && isIsoDate(end) && start > end
      ? [hit(DATES, `The campaign ends (${end}) before it starts (${start}).`, 'Correct the start or the end date.', owner)]
      : [];
  },
};

const ownerSet: PlatformRule = {
  id: 'platform.owner',
  title: 'The campaign has an owner',
  severity: 'warning',
  rationale: 'Questions about a campaign nobody owns go unanswered until launch day. Some platforms have no owner field: the linked plan\'s owner counts.',
  check: ({ owner }) =>
    owner ? [] : [hit(fact('owner'), 'No owner is set on the campaign, and no linked plan names one.', 'Assign the campaign to the person accountable for it, on the platform or in a linked plan.', undefined)],
};

const budgetSet: PlatformRule = {
  id: 'platform.budget-set',
  title: 'A budget is set',
  severity: 'warning',
  rationale: 'Without a budget nothing limits the spend and nothing can be compared with the plan.',
  check: ({ facts, owner }) =>
    facts.budget === undefined || facts.budget.value.amount === '' ? [hit(BUDGET, 'No budget was found on the campaign.', 'Set a daily or total budget.', owner)] : [],
};

const budgetUnreadable: PlatformRule = {
  id: 'platform.budget-unreadable',
  title: 'The budget can be read without guessing',
  severity: 'warning',
  rationale: 'A budget that can be read two ways cannot be held to a cap.',
  check: ({ facts, owner }) => {
    if (facts.budget === undefined || facts.budget.value.amount === '') return [];
    const n = normaliseBudget(facts.budget.value);
    return 'code' in n ? [hit(BUDGET, `The budget cannot be checked: ${n.message}`, 'Check the budget on the platform; write amounts with a decimal point.', owner)] : [];
  },
};

const money = (amount: number, currency: string | undefined) => `${amount.toLocaleString('en-US', { maximumFractionDigits: 3 })}${currency ? ` ${currency}` : ''}`;

/** The strictest cap in the budget's currency and period, if any. */
function capFor(config: RulesConfig, currency: string | undefined, period: string) {
  const caps = config.platform.budgetCaps.filter((c) => c.currency === currency && c.period === period);
  return caps.length === 0 ? undefined : caps.reduce((a, b) => (b.amount < a.amount ? b : a));
}

const budgetCap: PlatformRule = {
  id: 'platform.budget-cap',
  title: 'The budget is within the cap',
  severity: 'blocker',
  rationale: 'Spend above the approved cap needs a decision before launch, not after the invoice.',
  check: ({ facts, config, owner }) => {
    if (facts.budget === undefined) return [];
    const n = normaliseBudget(facts.budget.value);
    if ('code' in n) return [];
    const cap = capFor(config, n.currency, n.period);
    return cap !== undefined && n.amount > cap.amount
      ? [hit(BUDGET, `The ${n.period} budget of ${money(n.amount, n.currency)} is over the cap of ${money(cap.amount, cap.currency)}.`, `Lower the budget to ${money(cap.amount, cap.currency)} or less, or get the cap raised.`, owner)]
      : [];
  },
};

const budgetComparable: PlatformRule = {
  id: 'platform.budget-comparable',
  title: 'A cap applies to the budget',
  severity: 'info',
  rationale: 'Caps are per currency and period; amounts are never converted, so a budget outside them is left unchecked.',
  check: ({ facts, config, owner }) => {
    if (facts.budget === undefined || config.platform.budgetCaps.length === 0) return [];
    const n = normaliseBudget(facts.budget.value);
    if ('code' in n || capFor(config, n.currency, n.period) !== undefined) return [];
    const caps = config.platform.budgetCaps.map((c) => `${c.period} ${c.currency}`).join(', ');
    const what = n.currency === undefined ? `a ${n.period} budget with no currency` : `a ${n.period} budget in ${n.currency}`;
    return [hit(BUDGET, `Cannot compare ${what} with the caps (${caps}).`, 'Add a cap for this currency and period if it should be checked.', owner)];
  },
};

/** Every check of a campaign's platform facts, in the order a panel lists them. */
export const PLATFORM_RULES: readonly PlatformRule[] = [
  naming,
  bannedWords,
  utmRequired,
  utmLowercase,
  utmSpaces,
  utmMedium,
  dates,
  dateOrder,
  ownerSet,
  budgetSet,
  budgetUnreadable,
  budgetCap,
  budgetComparable,
];

/** Every UTM parameter in the campaign's tracking URLs, in order. */
export const collectUtm = (facts: CampaignFacts): UrlParam[] => (facts.trackingUrls?.value ?? []).flatMap(parseUtm);
