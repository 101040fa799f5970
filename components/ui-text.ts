// The words of the UI, handed to components through Svelte context: the page's root component provides them
// (from browser.i18n via lib/adapters/i18n-adapter.ts), tests provide the catalogue files. Components never
// reach the browser for text. Also the typed catalogue keys components name by a value (a label, a status).
import { getContext, setContext } from 'svelte';
import type { CookieCategory } from '@/lib/cookies/cookie-types';
import type { HostCategory } from '@/lib/cookies/cookie-table-types';
import type { MessageKey } from '@/lib/text/text';
import type { UiText } from '@/lib/text/ui-text';
import type { Label } from '@/lib/types';

export type { UiText };

const CONTEXT = Symbol('policy-lens ui text');

/** Make `ui` the text of this component and its children (called by a page's root component). */
export const provideUiText = (ui: UiText): UiText => setContext(CONTEXT, ui);

/** The context entry that provides `ui`, for mounting a component on its own (tests). */
export const uiTextContext = (ui: UiText): Map<symbol, UiText> => new Map([[CONTEXT, ui]]);

/** The UI text provided by the page. */
export function useUiText(): UiText {
  const ui = getContext<UiText | undefined>(CONTEXT);
  if (!ui) throw new Error('policy-lens: no UI text provided (provideUiText in the page root)');
  return ui;
}

/** Catalogue messages named by a value, written out so that every key is checked by the compiler. */
export const LABEL_KEYS = { collected: 'labelCollected', purposes: 'labelPurposes', sharing: 'labelSharing', retention: 'labelRetention', rights: 'labelRights' } as const satisfies Record<Label, MessageKey>;
export const STATUS_KEYS = { clear: 'statusClear', vague: 'statusVague', missing: 'statusMissing' } as const satisfies Record<'clear' | 'vague' | 'missing', MessageKey>;
export const CATEGORY_KEYS = {
  essential: 'categoryEssential',
  functional: 'categoryFunctional',
  analytics: 'categoryAnalytics',
  marketing: 'categoryMarketing',
  unknown: 'categoryUnknown',
} as const satisfies Record<CookieCategory, MessageKey>;
export const SERVICE_KEYS = {
  analytics: 'serviceAnalytics',
  advertising: 'serviceAdvertising',
  social: 'serviceSocial',
  marketing: 'serviceMarketing',
  'tag-manager': 'serviceTagManager',
  payment: 'servicePayment',
  cdn: 'serviceCdn',
  security: 'serviceSecurity',
  consent: 'serviceConsent',
  platform: 'servicePlatform',
  support: 'serviceSupport',
  media: 'serviceMedia',
} as const satisfies Record<HostCategory, MessageKey>;

/** The catalogue message naming a third-party service's category (a category from a newer table shows as 'platform'). */
const isHostCategory = (category: string): category is HostCategory => Object.hasOwn(SERVICE_KEYS, category);
export const serviceKey = (category: string): MessageKey => (isHostCategory(category) ? SERVICE_KEYS[category] : 'servicePlatform');
