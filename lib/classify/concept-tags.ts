import concepts from './concepts.json';

/** Language-independent cues (data-type words, sharing verbs, durations...) compiled once. */
const CONCEPTS: [string, RegExp][] = Object.entries(concepts).map(([name, pattern]) => [name, new RegExp(pattern, 'i')]);

/** Names of the concepts a text mentions, in a fixed order. */
export function conceptTags(text: string): string[] {
  const tags: string[] = [];
  for (const [name, pattern] of CONCEPTS) if (pattern.test(text)) tags.push(name);
  return tags;
}
