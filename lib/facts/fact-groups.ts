// Groups of fact keys that the grade, the category cards and the comparison all judge by, written once
// (the comparison once counted personalisation as marketing while the grade did not; now both use this list).

/** The eight GDPR rights: counted for "full rights" and shown in the comparison's matrix (opting out of marketing and cookie choices are extras). */
export const GDPR_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint'] as const;

/** Data types as sensitive as the GDPR's special categories (a national identity number, health). */
export const SENSITIVE_DATA = ['national-id', 'health'] as const;

/** Purposes that use your data to sell to you. */
export const MARKETING_PURPOSES = ['marketing', 'newsletter', 'advertising'] as const;

/** Rights that let you refuse marketing. */
export const MARKETING_CHOICES = ['opt-out-marketing', 'withdraw-consent', 'objection'] as const;

/** Whether a fact key is in a group. */
export const inGroup = (group: readonly string[], key: string): boolean => group.includes(key);
