// The Indstilling block: who recommends, and the numbered or "at …" recommendations.
import { folded } from './paragraphs';

export interface Recommendations {
  recommendedBy: string | null;
  recommendations: string[];
  /** Paragraph lines (1-based) that were neither a recommender, an item nor a continuation. */
  unplaced: number[];
}

// "Kommunaldirektøren indstiller," / "indstiller:" / "indstiller;" / "indstiller, at …". The subject is
// a role, so it is short and has no full stop; a longer sentence with "indstiller" is text.
const RECOMMENDER = /^([A-ZÆØÅ][^.!?]{1,80}?)\s+indstiller(?:\s*[,:;])?(?:\s+(.*))?$/;
const NUMBERED_ITEM = /^\d{1,2}[.)]\s+/;
const AT_ITEM = /^at\s/i;

/** True when a line names a recommender, which opens an Indstilling even without its heading. */
export function isRecommenderLine(line: string): boolean {
  return line.includes('indstiller') && RECOMMENDER.test(line);
}

/** Reads the Indstilling block's lines (blank lines included) with their 1-based line numbers. */
export function parseRecommendations(lines: readonly { text: string; line: number }[]): Recommendations {
  const result: Recommendations = { recommendedBy: null, recommendations: [], unplaced: [] };
  for (const { text: raw, line } of lines) {
    const text = folded(raw);
    if (text === '') continue;
    const recommender = RECOMMENDER.exec(text);
    if (recommender) {
      // The last recommender before the items wins: the first is often the template's "Afdelingschefen".
      result.recommendedBy = recommender[1]!.trim();
      const rest = recommender[2]?.trim() ?? '';
      if (AT_ITEM.test(rest)) result.recommendations.push(rest);
    } else if (NUMBERED_ITEM.test(text)) {
      result.recommendations.push(text.replace(NUMBERED_ITEM, ''));
    } else if (AT_ITEM.test(text)) {
      result.recommendations.push(text);
    } else if (result.recommendations.length > 0) {
      // A line that is no new item continues the last one, also across a gap (a PDF page break).
      const last = result.recommendations.length - 1;
      result.recommendations[last] = `${result.recommendations[last]} ${text}`;
    } else {
      result.unplaced.push(line);
    }
  }
  return result;
}
