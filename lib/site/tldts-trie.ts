// Reads the Public Suffix List back out of the `tldts` package's compiled trie (its data module), so our
// data file and tldts always agree. Used by scripts/public-suffixes.ts and the test that checks the file.

/** The arrays of tldts' data module (dist/es6/src/data/trie.js). */
export interface TldtsTrie {
  nodeFlags: Uint8Array;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

/** Every rule, in the list's own notation: `*.ck` for wildcards, `!www.ck` for exceptions. */
export function publicSuffixRulesFromTrie(trie: TldtsTrie): string[] {
  // Edge labels are stored one after another in labelText, in edge order.
  const edgeOffset: number[] = [];
  for (let edge = 0, offset = 0; edge < trie.edgeLength.length; edge += 1) {
    edgeOffset.push(offset);
    offset += trie.edgeLength[edge]!;
  }
  const rules: string[] = [];
  const walk = (node: number, suffix: string, prefix: string): void => {
    for (let edge = trie.edgeStart[node]!; edge < trie.edgeStart[node + 1]!; edge += 1) {
      const label = trie.labelText.slice(edgeOffset[edge], edgeOffset[edge]! + trie.edgeLength[edge]!);
      const name = suffix ? `${label}.${suffix}` : label;
      const child = trie.edgeChild[edge]!;
      if (trie.nodeFlags[child]! & 3) rules.push(prefix + name);
      walk(child, name, prefix);
    }
  };
  walk(trie.rulesRoot, '', '');
  walk(trie.exceptionsRoot, '', '!');
  return rules;
}
