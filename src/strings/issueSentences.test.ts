// Every kind of parse issue is said in Danish and in English, with where it is for the tab.
import type { ParseIssue } from '../domain/meeting';
import { da } from './da';
import { describeIssue, issueSentence } from './describeIssue';
import { en } from './en';

describe('parse issues as sentences', () => {
  it.each<[ParseIssue, string, string]>([
    [
      { code: 'no-date', line: 1 },
      'Linje 1: ingen mødedato fundet i dokumentets hoved',
      'Line 1: no meeting date found in the header',
    ],
    [
      { code: 'no-points', line: 1 },
      'Linje 1: ingen linjer af formen "Punkt N:" fundet',
      'Line 1: no "Punkt N:" lines found',
    ],
    [
      { code: 'unplaced-text', line: 212, point: 4, text: 'Spor 1' },
      'Punkt 4: tekst uden for en kendt overskrift; vist som afsnit uden overskrift',
      'Item 4: text outside any known heading; kept as an untitled section',
    ],
    [
      { code: 'unplaced-text', line: 9 },
      'Linje 9: tekst uden for en kendt overskrift; vist som afsnit uden overskrift',
      'Line 9: text outside any known heading; kept as an untitled section',
    ],
    [
      { code: 'point-out-of-order', line: 40, number: 3, previous: 5 },
      'Linje 40: punkt 3 kommer efter punkt 5',
      'Line 40: point 3 follows point 5',
    ],
    [
      { code: 'toc-mismatch', line: 3, listed: 5, found: 4 },
      'Linje 3: indholdsfortegnelsen nævner 5 punkter, men dokumentet har 4',
      'Line 3: the table of contents lists 5 points but the document has 4',
    ],
  ])('%j', (issue, danish, english) => {
    expect(describeIssue(da, issue)).toBe(danish);
    expect(describeIssue(en, issue)).toBe(english);
    expect(issueSentence(da, issue)).not.toBe(issue.code);
  });
});
