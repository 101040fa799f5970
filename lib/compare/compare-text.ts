// The comparison's texts: which catalogue message (public/_locales) each row title, group, cell summary and
// better-site reason uses, and the order of its named values as the message's $1, $2, … The words themselves
// live only in the catalogue.
import type { MessageKey, Text, TextParam } from '../text/text';
import { text, verbatim } from '../text/text';

/** A message with named values: `params` lists the names in $1, $2, … order. */
interface Template {
  key: MessageKey;
  params: readonly string[];
}

const ROWS = {
  grade: 'cmpRowGrade',
  rubric: 'cmpRowRubric',
  behaviour: 'cmpRowBehaviour',
  collected: 'cmpRowCollected',
  purposes: 'cmpRowPurposes',
  'third-parties': 'cmpRowThirdParties',
  recipients: 'cmpRowRecipients',
  retention: 'cmpRowRetention',
  rights: 'cmpRowRights',
  cookies: 'cmpRowCookies',
  'third-party-cookies': 'cmpRowThirdPartyCookies',
} as const satisfies Record<string, MessageKey>;

const GROUPS = {
  grade: 'cmpGroupGrade',
  collected: 'cmpGroupCollected',
  purposes: 'cmpGroupPurposes',
  sharing: 'cmpGroupSharing',
  retention: 'cmpGroupRetention',
  rights: 'cmpGroupRights',
  cookies: 'cmpGroupCookies',
} as const satisfies Record<string, MessageKey>;

const CELLS = {
  points: { key: 'cmpCellPoints', params: ['grade', 'n'] },
  kinds: { key: 'cmpCellKinds', params: ['n'] },
  purposes: { key: 'cmpCellPurposes', params: ['n'] },
  named: { key: 'cmpCellNamed', params: ['n'] },
  recipients: { key: 'cmpCellRecipients', params: ['n'] },
  concrete: { key: 'cmpCellConcrete', params: ['names'] },
  vague: { key: 'cmpCellVague', params: ['vague'] },
  nothing: { key: 'cmpCellNothing', params: [] },
  rightsCount: { key: 'cmpCellRightsCount', params: ['n'] },
  yes: { key: 'cmpCellYes', params: [] },
  no: { key: 'cmpCellNo', params: [] },
  cookies: { key: 'cmpCellCookies', params: ['n'] },
  noCookies: { key: 'cmpCellNoCookies', params: [] },
  rubricPoints: { key: 'cmpCellRubricPoints', params: ['up', 'down'] },
  pointsWithPolicy: { key: 'cmpCellPointsWithPolicy', params: ['grade', 'n', 'policyGrade', 'm'] },
  behaviourNone: { key: 'cmpCellBehaviourNone', params: [] },
  behaviourPoints: { key: 'cmpCellBehaviourPoints', params: ['n', 'count'] },
} as const satisfies Record<string, Template>;

const REASONS = {
  grade: { key: 'cmpReasonGrade', params: ['grade', 'n', 'otherGrade', 'm', 'other'] },
  collectedNothing: { key: 'cmpReasonCollectedNothing', params: ['other'] },
  collectedSensitive: { key: 'cmpReasonCollectedSensitive', params: ['other', 'names'] },
  collectedFewer: { key: 'cmpReasonCollectedFewer', params: ['n', 'm', 'other'] },
  purposesNothing: { key: 'cmpReasonPurposesNothing', params: ['other'] },
  purposesMarketingNone: { key: 'cmpReasonPurposesMarketingNone', params: ['other', 'names'] },
  purposesMarketingFewer: { key: 'cmpReasonPurposesMarketingFewer', params: ['n', 'm', 'other'] },
  adsFewer: { key: 'cmpReasonAdsFewer', params: ['n', 'm', 'other', 'names'] },
  namedFewer: { key: 'cmpReasonNamedFewer', params: ['n', 'm', 'other'] },
  sellsNot: { key: 'cmpReasonSellsNot', params: ['other'] },
  partnersNamed: { key: 'cmpReasonPartnersNamed', params: ['other'] },
  transfersNot: { key: 'cmpReasonTransfersNot', params: ['other'] },
  retentionConcreteVague: { key: 'cmpReasonRetentionConcreteVague', params: ['period', 'vague', 'other'] },
  retentionConcreteNothing: { key: 'cmpReasonRetentionConcreteNothing', params: ['period', 'other'] },
  retentionVagueNothing: { key: 'cmpReasonRetentionVagueNothing', params: ['vague', 'other'] },
  retentionShorter: { key: 'cmpReasonRetentionShorter', params: ['subject', 'period', 'otherPeriod', 'other'] },
  rightsMore: { key: 'cmpReasonRightsMore', params: ['n', 'm', 'other'] },
  rightNamed: { key: 'cmpReasonRightNamed', params: ['other'] },
  cookiesFewer: { key: 'cmpReasonCookiesFewer', params: ['category', 'n', 'm', 'other'] },
  thirdPartyCookiesFewer: { key: 'cmpReasonThirdPartyCookiesFewer', params: ['n', 'm', 'other'] },
  behaviourNone: { key: 'cmpReasonBehaviourNone', params: ['other', 'm'] },
  behaviourFewer: { key: 'cmpReasonBehaviourFewer', params: ['n', 'm', 'other'] },
} as const satisfies Record<string, Template>;

const COOKIE_CATEGORIES = {
  essential: 'cmpCookiesEssential',
  functional: 'cmpCookiesFunctional',
  analytics: 'cmpCookiesAnalytics',
  marketing: 'cmpCookiesMarketing',
  unknown: 'cmpCookiesUnknown',
} as const satisfies Record<string, MessageKey>;

const COOKIE_ROWS = {
  essential: 'cmpRowCookiesEssential',
  functional: 'cmpRowCookiesFunctional',
  analytics: 'cmpRowCookiesAnalytics',
  marketing: 'cmpRowCookiesMarketing',
  unknown: 'cmpRowCookiesUnknown',
} as const satisfies Record<string, MessageKey>;

const CSV = {
  row: 'csvRow',
  differs: 'csvDiffers',
  better: 'csvBetter',
  reason: 'csvReason',
  yes: 'csvYes',
  no: 'csvNo',
  site: 'csvSite',
  policyUrl: 'csvPolicyUrl',
  title: 'csvTitle',
  savedAt: 'csvSavedAt',
  checkedAt: 'csvCheckedAt',
  grade: 'csvGrade',
  points: 'csvPoints',
  dataTypes: 'csvDataTypes',
  purposes: 'csvPurposes',
  thirdParties: 'csvThirdParties',
  retention: 'csvRetention',
  rights: 'csvRights',
  cookies: 'csvCookies',
  textHash: 'csvTextHash',
} as const satisfies Record<string, MessageKey>;

export type RowTitleKey = keyof typeof ROWS;
export type GroupKey = keyof typeof GROUPS;
export type CellKey = keyof typeof CELLS;
export type ReasonKey = keyof typeof REASONS;
export type CsvKey = keyof typeof CSV;

/** Values for a template's named parameters. */
export type Fill = Record<string, TextParam>;

const filled = (template: Template, values: Fill): Text => text(template.key, ...template.params.map((name) => values[name] ?? ''));

export const rowTitle = (key: RowTitleKey): Text => text(ROWS[key]);
export const groupTitle = (key: GroupKey): Text => text(GROUPS[key]);
export const cellText = (key: CellKey, values: Fill = {}): Text => filled(CELLS[key], values);
export const reasonText = (key: ReasonKey, values: Fill = {}): Text => filled(REASONS[key], values);
export const csvText = (key: CsvKey): Text => text(CSV[key]);

const isCookieCategory = (category: string): category is keyof typeof COOKIE_CATEGORIES => Object.hasOwn(COOKIE_CATEGORIES, category);

/** A cookie category's name in running text (a category added later shows its key). */
export const cookieCategoryName = (category: string): Text => (isCookieCategory(category) ? text(COOKIE_CATEGORIES[category]) : verbatim(category));

/** The comparison row title of a cookie category ("Analytics"). */
export const cookieRowTitle = (category: string): Text => (isCookieCategory(category) ? text(COOKIE_ROWS[category]) : verbatim(category));
