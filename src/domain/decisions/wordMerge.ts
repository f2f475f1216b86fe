// Word-level diff and three-way merge of a decision's text: diff3 over the longest common subsequence
// of words that node-diff3 finds (a well-kept diff library; bhousel/node-diff3).
import { diffIndices } from 'node-diff3';

// A token is a word with the spaces after it, so that a changed word never matches by its space alone.

/** A run of the text: the same on both sides, or only in the one or the other. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Where both sides changed the same words of the base, differently. */
export interface WordClash {
  base: string;
  mine: string;
  theirs: string;
}

export interface WordMerge {
  /** The merged text; a clash keeps both sides' words, mine first, for the user to settle. */
  text: string;
  clashes: WordClash[];
}

// A token is a word or one punctuation mark, with the spaces after it; tokens match by what is not space.
const tokens = (text: string): string[] => text.match(/^\s+|[\p{L}\p{N}]+\s*|[^\s\p{L}\p{N}]\s*/gu) ?? [];
const keyOf = (token: string) => token.trimEnd();
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/**
 * For each token of `a`, the index of the token of `b` it is matched with in a longest common
 * subsequence (node-diff3's, by what is not space): every token outside a mismatched chunk matches in turn.
 */
function lcsMatches(tokensA: readonly string[], tokensB: readonly string[]): (number | undefined)[] {
  const matches: (number | undefined)[] = new Array(tokensA.length);
  let [i, j] = [0, 0];
  const matchUpTo = (end: number) => {
    while (i < end) matches[i++] = j++;
  };
  for (const chunk of diffIndices(tokensA.map(keyOf), tokensB.map(keyOf))) {
    const [aStart, aLength] = chunk.buffer1;
    const [bStart, bLength] = chunk.buffer2;
    matchUpTo(aStart);
    [i, j] = [aStart + aLength, bStart + bLength];
  }
  matchUpTo(tokensA.length);
  return matches;
}

/** What changed from `before` to `after`, word by word. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const matches = lcsMatches(a, b);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  };
  let j = 0;
  a.forEach((token, i) => {
    const match = matches[i];
    if (match === undefined) return push('removed', token);
    push('added', b.slice(j, match).join(''));
    push('same', token);
    j = match + 1;
  });
  push('added', b.slice(j).join(''));
  return parts;
}

/** Three versions of a stretch of the text: the base's, mine and theirs. */
interface Stretch {
  base: string;
  mine: string;
  theirs: string;
  /** A word (or a mark, `word` false) both sides kept: where the versions line up. */
  anchor?: { word: boolean };
}

const changed = (stretch: Stretch) => stretch.mine !== stretch.base || stretch.theirs !== stretch.base;
const clashes = (stretch: Stretch) =>
  stretch.mine !== stretch.base && stretch.theirs !== stretch.base && stretch.mine !== stretch.theirs;

/** The text in stretches: between two words both kept, what each version has there (diff3). */
function stretchesOf(base: string, mine: string, theirs: string): Stretch[] {
  const [o, a, b] = [tokens(base), tokens(mine), tokens(theirs)];
  const [toMine, toTheirs] = [lcsMatches(o, a), lcsMatches(o, b)];
  const stretches: Stretch[] = [];
  let [i, j, k] = [0, 0, 0];
  for (let next = 0; next <= o.length; next++) {
    const end = next === o.length;
    if (!end && (toMine[next] === undefined || toTheirs[next] === undefined)) continue;
    const [jEnd, kEnd] = end ? [a.length, b.length] : [toMine[next]!, toTheirs[next]!];
    const between = {
      base: o.slice(i, next).join(''),
      mine: a.slice(j, jEnd).join(''),
      theirs: b.slice(k, kEnd).join(''),
    };
    if (between.base || between.mine || between.theirs) stretches.push(between);
    if (!end)
      stretches.push({
        base: o[next]!,
        mine: a[jEnd]!,
        theirs: b[kEnd]!,
        anchor: { word: isWord(o[next]!) },
      });
    [i, j, k] = [next + 1, jEnd + 1, kEnd + 1];
  }
  return widenClashes(stretches);
}

const joined = (parts: Stretch[]): Stretch => ({
  base: parts.map((each) => each.base).join(''),
  mine: parts.map((each) => each.mine).join(''),
  theirs: parts.map((each) => each.theirs).join(''),
});

/**
 * A clash takes in a change beside it that only a mark separates ("12. november" changed to "26. november"
 * and "10. december" is one clash, not "26 / 10. december").
 */
function widenClashes(stretches: Stretch[]): Stretch[] {
  const out = [...stretches];
  for (let at = 0; at + 2 < out.length;) {
    const [first, mark, second] = [out[at]!, out[at + 1]!, out[at + 2]!];
    const beside = mark.anchor?.word === false && changed(first) && changed(second);
    if (beside && (clashes(first) || clashes(second))) out.splice(at, 3, joined([first, mark, second]));
    else at++;
  }
  return out;
}

/** A clash's words: both sides' kept, mine first; a side that deleted them gives way to the one that changed them. */
function bothSides(mine: string, theirs: string): string {
  if (!mine.trim()) return theirs;
  if (!theirs.trim()) return mine;
  return `${mine.trimEnd()} / ${theirs}`;
}

/** Merges two edits of `base`: a change made by one side is taken; the same words changed by both clash. */
export function mergeWords(base: string, mine: string, theirs: string): WordMerge {
  let text = '';
  const found: WordClash[] = [];
  for (const stretch of stretchesOf(base, mine, theirs)) {
    if (clashes(stretch)) {
      found.push({ base: stretch.base, mine: stretch.mine, theirs: stretch.theirs });
      text += bothSides(stretch.mine, stretch.theirs);
    } else text += stretch.mine !== stretch.base ? stretch.mine : stretch.theirs;
  }
  return { text, clashes: found };
}
