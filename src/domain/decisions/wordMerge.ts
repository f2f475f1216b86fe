// Word-level diff and three-way merge of a decision's text (diff3 over a longest common subsequence of
// words). No diff library is among the project's dependencies, so this small one serves until one is.
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

/** For each token of `a`, the index of the token of `b` it is matched with in a longest common subsequence. */
function lcsMatches(tokensA: readonly string[], tokensB: readonly string[]): (number | undefined)[] {
  const a = tokensA.map(keyOf);
  const b = tokensB.map(keyOf);
  const matches: (number | undefined)[] = new Array(a.length);
  // The common head and tail are matched outright; only the middle needs the table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) matches[head] = head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    matches[a.length - 1 - tail] = b.length - 1 - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  // lengths[i][j]: the longest common subsequence of the middles' suffixes from i and j.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[at(i, j)] =
        a[head + i] === b[head + j]
          ? lengths[at(i + 1, j + 1)]! + 1
          : Math.max(lengths[at(i + 1, j)]!, lengths[at(i, j + 1)]!);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[head + i] === b[head + j]) matches[head + i++] = head + j++;
    else if (lengths[at(i + 1, j)]! >= lengths[at(i, j + 1)]!) i++;
    else j++;
  }
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
