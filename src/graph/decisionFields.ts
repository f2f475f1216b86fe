// Decisions ↔ the fields of the "Chefforum beslutninger" list (pure). The outcomes of the numbered
// recommendations are kept as a JSON array in a note column: one item per point stays the unit of
// upsert, conflict and follow-up, and a child list would double the requests for little gain.
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '../domain/decisions/decision';
import type { Outcome } from '../domain/followUp/proposeOutcome';
import type { ColumnDefinition } from './lists';
import type { FieldValue } from './listItemMapper';

export const DECISION_LIST = 'Chefforum beslutninger';
export const KEY_FIELD = 'DecisionKey';

export const DECISION_COLUMNS: ColumnDefinition[] = [
  { name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true },
  { name: 'MeetingDate', dateTime: { format: 'dateOnly' }, indexed: true },
  { name: 'ItemNumber', number: { decimalPlaces: 'none' } },
  { name: 'CaseNumber', text: {}, indexed: true },
  { name: 'Recommendation', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Outcomes', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Decision', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'Owner', text: {} },
  { name: 'Deadline', dateTime: { format: 'dateOnly' } },
  {
    name: 'Status',
    choice: { choices: [...DECISION_STATUSES], displayAs: 'dropDownMenu', allowTextEntry: false },
  },
  { name: 'SourceUrl', text: { allowMultipleLines: true, textType: 'plain' } },
  { name: 'ThreadId', text: {} },
];

const day = (iso: string | null) => (iso ? `${iso}T00:00:00Z` : null);

export function decisionToFields(decision: Decision): Record<string, FieldValue> {
  return {
    DecisionKey: decision.key,
    MeetingDate: day(decision.meetingDate),
    ItemNumber: decision.itemNumber,
    Title: decision.title.slice(0, 255),
    CaseNumber: decision.caseNumber,
    Recommendation: decision.recommendations.join('\n'),
    Outcomes: JSON.stringify(decision.outcomes),
    Decision: decision.decision,
    Owner: decision.owner?.slice(0, 255) ?? null,
    Deadline: day(decision.deadline),
    Status: decision.status,
    SourceUrl: decision.sourceUrl,
    ThreadId: decision.threadId,
  };
}

export function fieldsToDecision(fields: Record<string, FieldValue>): Decision {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : null);
  const recommendations = (text('Recommendation') ?? '').split('\n').filter((line) => line !== '');
  let outcomes: (Outcome | null)[] = [];
  try {
    outcomes = JSON.parse(text('Outcomes') ?? '[]') as (Outcome | null)[];
  } catch {
    outcomes = [];
  }
  const status = text('Status');
  return {
    key: text('DecisionKey') ?? '',
    meetingDate: (text('MeetingDate') ?? '').slice(0, 10),
    itemNumber: typeof fields.ItemNumber === 'number' ? fields.ItemNumber : 0,
    title: text('Title') ?? '',
    caseNumber: text('CaseNumber'),
    recommendations,
    outcomes: recommendations.map((_, index) => outcomes[index] ?? null),
    decision: text('Decision') ?? '',
    owner: text('Owner'),
    deadline: text('Deadline')?.slice(0, 10) ?? null,
    status: DECISION_STATUSES.includes(status as DecisionStatus) ? (status as DecisionStatus) : 'Grøn',
    sourceUrl: text('SourceUrl'),
    threadId: text('ThreadId'),
  };
}
