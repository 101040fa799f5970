// Whether a word found in a sentence is denied there: "we do not use analytics cookies",
// "please don't send us health data", "vi bruker ikke Google Analytics". A fact must not come from
// a denial, so every lexicon match is checked against the clause before it.

// Negation cues in both languages. "n't" covers don't/doesn't/won't/can't with either apostrophe.
const CUE = /\b(?:not|never|no|none|nothing|neither|nor|without|cannot|ikke|aldri|ingen|intet|ingenting|verken|uten)\b|n['’]t\b/gi;
// Cues that do not deny what follows: "not only", "no longer", "including but not limited to", "ikke bare".
const FALSE_CUE = /^(?:not|no|ikke|n['’]t)\s+(?:only|just|limited|necessarily|longer|later|more|less|sooner|bare|kun|lenger|senere|mer|mindre|nødvendigvis)\b|^no\.|^(?:not|no) (?:exceed|exceeding)/i;
// What ends a clause: a full stop or semicolon, a colon, or a comma that starts a new clause.
const CLAUSE_BREAK = /[.;:!?]\s|,\s*(?:(?:and|but|or|og|men|eller)\s+)?(?:we|you|they|it|this|which|who|vi|du|de|det|dette|som|der)\b|\b(?:but|however|although|whereas|men|derimot|selv om|whether or not)\b/gi;
// Between the cue and the word: it is the exception ("no one except Klarna", "ingen andre enn Posten").
const EXCEPTION = /\b(?:except|other than|apart from|besides|beyond|unntatt|bortsett fra|andre enn|annet enn|utover|utenom)\b/i;
// After the word, in the same clause: the denial is conditional ("we never share it unless you ask").
const CONDITION = /^[^.;:]*?\b(?:unless|except|other than|med mindre|unntatt|bortsett fra|uten at)\b/i;
// How far back (in characters) a cue still reaches the word: about eight words.
const REACH = 60;

/** True when the text at `index` is inside a negated clause ("we do not use …", "vi bruker ikke …"). */
export function isNegatedAt(text: string, index: number): boolean {
  const start = Math.max(0, index - REACH - 40);
  let clause = text.slice(start, index);
  let cut = -1;
  for (const match of clause.matchAll(CLAUSE_BREAK)) cut = match.index + match[0].length;
  if (cut >= 0) clause = clause.slice(cut);
  const offset = index - clause.length;
  let negated = false;
  for (const cue of clause.matchAll(CUE)) {
    if (offset + cue.index < index - REACH) continue;
    if (FALSE_CUE.test(clause.slice(cue.index))) continue;
    negated = !EXCEPTION.test(clause.slice(cue.index));
  }
  return negated && !CONDITION.test(text.slice(index));
}

const globals = new WeakMap<RegExp, RegExp>();

/** True when some match of the pattern in the text is affirmed (not inside a negated clause). */
export function hasAffirmedMatch(text: string, pattern: RegExp): boolean {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g')));
  for (const match of text.matchAll(global)) {
    if (!isNegatedAt(text, match.index)) return true;
    if (match[0].length === 0) break;
  }
  return false;
}
