// A point's lines after its `Punkt N:` line → the point's case number, sections, Indstilling,
// Beslutning and Bilag, walked as a small state machine driven by headings.
import { caseNumberOf } from '../caseNumber';
import type { AgendaItem, ParseIssue, Section, SectionKind } from '../meeting';
import { headingOf } from './headings';
import { isEscapedLine, unescapeTextLine } from './lineGrammar';
import type { NumberedLine } from './numberedLine';
import { joinParagraphs, withoutListMarker } from './paragraphs';
import { FORUM_PREFIX, type PointHeading, repeatsTitle } from './pointHeading';
import { isRecommenderLine, parseRecommendations } from './recommendations';

type Target =
  | { to: 'preamble' }
  | { to: 'section'; index: number }
  | { to: 'recommendations' }
  | { to: 'decision' }
  | { to: 'attachments' };

interface Draft {
  caseNumber: string | null;
  sections: { kind: SectionKind; heading: string; lines: string[] }[];
  recommendationLines: NumberedLine[];
  decisionLines: string[] | null;
  attachments: string[];
  issues: ParseIssue[];
  started: boolean;
}

/** Builds the agenda item. A closed point keeps its number and case number, and nothing else at all. */
export function parsePointBody(
  heading: PointHeading,
  body: readonly NumberedLine[],
): { item: AgendaItem; issues: ParseIssue[] } {
  if (heading.closed) {
    const caseLine = body.find((line) => caseNumberOf(line.text) !== null);
    return { item: closedItem(heading, caseLine ? caseNumberOf(caseLine.text) : null), issues: [] };
  }
  const draft: Draft = {
    caseNumber: null,
    sections: [],
    recommendationLines: [],
    decisionLines: null,
    attachments: [],
    issues: [],
    started: false,
  };
  let target: Target = { to: 'preamble' };
  for (const line of body) target = step(draft, target, line, heading);
  return { item: finish(heading, draft), issues: draft.issues };
}

function step(draft: Draft, target: Target, line: NumberedLine, heading: PointHeading): Target {
  const { text } = line;
  // A line the writer escaped ("» Beslutning", "» 2. Lukket" in an Indstilling) is text, whatever it
  // says (lineGrammar.ts): in the Indstilling block, a recommendation of that text.
  if (isEscapedLine(text)) {
    return collect(draft, target, { line: line.line, text: unescapeTextLine(text) });
  }
  const opened = text === '' ? null : headingOf(text);
  if (opened) return open(draft, opened);
  if (!draft.started && text !== '') {
    if (draft.caseNumber === null && caseNumberOf(text) !== null) {
      draft.caseNumber = caseNumberOf(text);
      return target;
    }
    // The 2014–15 layout repeats "CF - title" before the text, after the Bilag list. In that list only
    // the prefixed form ends it: an attachment may well be named like the point.
    if (target.to === 'attachments') {
      if (FORUM_PREFIX.test(text) && repeatsTitle(text, heading)) return { to: 'preamble' };
    } else if (repeatsTitle(text, heading)) return target;
  }
  if (target.to !== 'decision' && target.to !== 'recommendations' && isRecommenderLine(text)) {
    draft.started = true;
    draft.recommendationLines.push(line);
    return { to: 'recommendations' };
  }
  return collect(draft, target, line);
}

function open(draft: Draft, opened: NonNullable<ReturnType<typeof headingOf>>): Target {
  switch (opened.target) {
    case 'section':
      draft.started = true;
      draft.sections.push({ kind: opened.kind, heading: opened.text, lines: [] });
      return { to: 'section', index: draft.sections.length - 1 };
    case 'recommendations':
      draft.started = true;
      if (draft.recommendationLines.length > 0) draft.recommendationLines.push({ text: '', line: 0 });
      return { to: 'recommendations' };
    case 'decision':
      draft.started = true;
      if (draft.decisionLines === null) draft.decisionLines = [];
      else draft.decisionLines.push('');
      return { to: 'decision' };
    case 'attachments':
      return { to: 'attachments' };
  }
}

function collect(draft: Draft, target: Target, line: NumberedLine): Target {
  const { text } = line;
  switch (target.to) {
    case 'section':
      draft.sections[target.index]!.lines.push(text);
      return target;
    case 'recommendations':
      draft.recommendationLines.push(line);
      return target;
    case 'decision':
      draft.decisionLines!.push(text);
      return target;
    case 'attachments':
      if (text !== '') draft.attachments.push(withoutListMarker(text));
      return target;
    case 'preamble':
      if (text === '') return target;
      // Text before any heading is kept in an untitled section, so nothing the document says is lost.
      draft.issues.push({ code: 'unplaced-text', line: line.line, text: text.slice(0, 80) });
      draft.started = true;
      draft.sections.push({ kind: 'other', heading: '', lines: [text] });
      return { to: 'section', index: draft.sections.length - 1 };
  }
}

function finish(heading: PointHeading, draft: Draft): AgendaItem {
  const recommendations = parseRecommendations(draft.recommendationLines);
  for (const line of recommendations.unplaced) draft.issues.push({ code: 'unplaced-text', line });
  const decision = draft.decisionLines === null ? '' : joinParagraphs(draft.decisionLines);
  const sections: Section[] = draft.sections
    .map((section) => ({ kind: section.kind, heading: section.heading, text: joinParagraphs(section.lines) }))
    .filter((section) => section.text !== '' || section.heading !== '');
  return {
    number: heading.number,
    title: heading.title,
    presenter: heading.presenter,
    timeslot: heading.timeslot,
    caseNumber: draft.caseNumber,
    closed: false,
    sections,
    recommendedBy: recommendations.recommendedBy,
    recommendations: recommendations.recommendations,
    decision: decision === '' ? null : decision,
    attachments: draft.attachments,
  };
}

function closedItem(heading: PointHeading, caseNumber: string | null): AgendaItem {
  return {
    number: heading.number,
    title: 'Lukket',
    presenter: null,
    timeslot: null,
    caseNumber,
    closed: true,
    sections: [],
    recommendedBy: null,
    recommendations: [],
    decision: null,
    attachments: [],
  };
}
