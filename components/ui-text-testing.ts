// For component tests: the UI text of a language from the catalogue files, as a page would provide it.
import { nodeLookup } from '@/lib/text/catalogue-node';
import type { MessageKey } from '@/lib/text/text';
import { uiTextOf } from '@/lib/text/ui-text';
import { uiTextContext } from './ui-text';

/** The context that provides the catalogue's words in `lang` to a component mounted on its own. */
export const catalogueContext = (lang: 'en' | 'nb' = 'en') => uiTextContext(uiTextOf(nodeLookup(lang), lang));

/** A catalogue message in `lang`, as the page would show it. */
export const catalogueText = (lang: 'en' | 'nb', key: MessageKey, substitutions: string[] = []): string => nodeLookup(lang)(key, substitutions);
