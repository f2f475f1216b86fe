// Decisions ↔ the fields of the "Chefforum beslutninger" list (pure). The outcomes of the numbered
// recommendations are kept as readable lines in a note column ("1. Godkendt"): one item per point stays
// the unit of upsert, conflict and follow-up, a child list would double the requests for little gain,
// and whoever opens the list in SharePoint reads the outcomes as the forum writes them. The columns
// carry Danish display names (Beslutning, Ansvarlig, Frist …); their internal names stay English.
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../domain/decisions/decision';
import { isOutcome } from '../domain/followUp/outcomes';
import type { Outcome } from '../domain/followUp/proposeOutcome';
import type { ColumnDefinition } from './lists';
import type { FieldValue } from './listItemMapper';

export const DECISION_LIST = 'Chefforum beslutninger';
export const KEY_FIELD = 'DecisionKey';

/**
 * Days are kept as text "YYYY-MM-DD": SharePoint keeps a date-only column at midnight in the site's
 * time zone and answers it in UTC, so a Copenhagen site reads 3 December back as 2026-12-02T23:00:00Z.
 * Text survives any time zone, sorts and compares as the day it is, and MeetingDay is indexed for the
 * day-range filter. Lists made before kept MeetingDate and Deadline as dateOnly columns: see
 * migrateDecisionList.
 */
export const DAY_COLUMNS: ColumnDefinition[] = [
  { name: 'MeetingDay', displayName: 'Mødedato', text: {}, indexed: true },
  { name: 'DeadlineDay', displayName: 'Frist', text: {} },
];

export const DECISION_COLUMNS: ColumnDefinition[] = [
  {
    name: 'DecisionKey',
    displayName: 'Nøgle (dato#punkt)',
    text: {},
    indexed: true,
    enforceUniqueValues: true,
  },
  ...DAY_COLUMNS,
  { name: 'ItemNumber', displayName: 'Punkt', number: { decimalPlaces: 'none' } },
  { name: 'CaseNumber', displayName: 'Sagsnummer', text: {}, indexed: true },
  {
    name: 'Recommendation',
    displayName: 'Indstilling',
    text: { allowMultipleLines: true, textType: 'plain' },
  },
  { name: 'Outcomes', displayName: 'Udfald', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Decision', displayName: 'Beslutning', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Owner', displayName: 'Ansvarlig', text: {} },
  {
    name: 'Status',
    displayName: 'Status',
    choice: { choices: [...DECISION_STATUSES], displayAs: 'dropDownMenu', allowTextEntry: false },
  },
  { name: 'SourceUrl', displayName: 'Kilde', text: { allowMultipleLines: true, textType: 'plain' } },
  // Where versions before the thread list (graphPointThreadRegistry.ts) kept a point's thread: kept
  // and read, so such a thread is found and copied over; the app no longer records threads here.
  { name: 'ThreadId', displayName: 'Drøftelse (tråd-id)', text: {} },
];

/** The value the old app wrote to a legacy dateOnly column, which legacyDay reads back as the same day. */
export const legacyValue = (day: string | null) => (day ? `${day}T00:00:00Z` : null);

/**
 * The day the old app meant by a legacy dateOnly value. It wrote `{day}T00:00:00Z`; SharePoint kept the
 * site's day of that instant at local midnight, which reads back at most 24 hours before `{day}` east of
 * UTC (Copenhagen: 23:00Z the day before) and that many hours after the previous day's midnight west of
 * it. Rounding the instant up to the next UTC midnight gives `{day}` back in every time zone.
 */
export function legacyDay(value: string | null): string | null {
  if (!value) return null;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return null;
  const DAY_MS = 86_400_000;
  return new Date(Math.ceil(instant / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Where a list keeps its days: text day columns, or (not migrated) the legacy dateOnly columns. */
export type DayColumns = 'text' | 'legacy';

/** A Decision → list item fields; on a legacy list the days are written as the old app did. */
export function decisionToFields(decision: Decision, days: DayColumns = 'text'): Record<string, FieldValue> {
  const dayFields: Record<string, FieldValue> =
    days === 'text'
      ? { MeetingDay: decision.meetingDate, DeadlineDay: decision.deadline }
      : { MeetingDate: legacyValue(decision.meetingDate), Deadline: legacyValue(decision.deadline) };
  return {
    DecisionKey: decision.key,
    ...dayFields,
    ItemNumber: decision.itemNumber,
    Title: decision.title.slice(0, 255),
    CaseNumber: decision.caseNumber,
    Recommendation: decision.recommendations.join('\n'),
    Outcomes: outcomesText(decision.outcomes),
    Decision: decision.decision,
    Owner: decision.owner?.slice(0, 255) ?? null,
    Status: decision.status,
    SourceUrl: decision.sourceUrl,
    ThreadId: decision.threadId,
  };
}

/**
 * A list item's fields → a Decision. `days` says where the days are: the text day columns, or, on a
 * list not yet migrated, the legacy dateOnly columns (a cleared day column is absent from Graph's
 * answer, so the two are never mixed).
 */
export function fieldsToDecision(fields: Record<string, FieldValue>, days: DayColumns = 'text'): Decision {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : null);
  const recommendations = (text('Recommendation') ?? '').split('\n').filter((line) => line !== '');
  const outcomes = outcomesOf(text('Outcomes') ?? '');
  const status = text('Status');
  return {
    key: text('DecisionKey') ?? '',
    meetingDate: (days === 'text' ? text('MeetingDay') : legacyDay(text('MeetingDate'))) ?? '',
    itemNumber: typeof fields.ItemNumber === 'number' ? fields.ItemNumber : 0,
    title: text('Title') ?? '',
    caseNumber: text('CaseNumber'),
    recommendations,
    outcomes: recommendations.map((_, index) => outcomes[index] ?? null),
    decision: text('Decision') ?? '',
    owner: text('Owner'),
    deadline: days === 'text' ? text('DeadlineDay') : legacyDay(text('Deadline')),
    status: DECISION_STATUSES.includes(status as DecisionStatus) ? (status as DecisionStatus) : 'Grøn',
    sourceUrl: text('SourceUrl'),
    threadId: text('ThreadId'),
  };
}

/** "1. Godkendt\n2. –": one line per recommendation, as a reader of the list in SharePoint expects. */
export function outcomesText(outcomes: readonly (Outcome | null)[]): string {
  return outcomes
    .map((outcome, index) => `${index + 1}. ${outcome ? outcome[0]!.toUpperCase() + outcome.slice(1) : '–'}`)
    .join('\n');
}

/** The outcomes of an Outcomes field: its lines, or the JSON array lists made before kept. */
export function outcomesOf(value: string): (Outcome | null)[] {
  if (value.trim().startsWith('[')) {
    try {
      const parsed = JSON.parse(value) as unknown[];
      return parsed.map((each) => (typeof each === 'string' && isOutcome(each) ? each : null));
    } catch {
      return [];
    }
  }
  const outcomes: (Outcome | null)[] = [];
  for (const line of value.split('\n')) {
    const match = /^(\d+)\.\s*(.*)$/.exec(line.trim());
    if (!match) continue;
    const label = match[2]!.toLowerCase();
    outcomes[Number(match[1]) - 1] = isOutcome(label) ? label : null;
  }
  return Array.from(outcomes, (outcome) => outcome ?? null);
}
