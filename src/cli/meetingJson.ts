// The JSON files `referat write` reads: a meeting (the output of `referat parse`, DESIGN.md §1) and,
// optionally, the decisions recorded for it (the tab's Decision records). Checked field by field, so a
// wrong file is named with the field that is wrong instead of writing a broken referat.
import { type Decision, decisionKey } from '../domain/decisions/decision';
import type { AgendaItem, Meeting, Section } from '../domain/meeting';

type Json = Record<string, unknown>;

/** A problem with a JSON file, said as "items[2].title: expected a string". */
export class JsonShapeError extends Error {}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(
  object: Json,
  key: string,
  at: string,
  check: (value: unknown) => boolean,
  what: string,
): T {
  if (!check(object[key])) throw new JsonShapeError(`${at}${key}: expected ${what}`);
  return object[key] as T;
}

const string = (value: unknown) => typeof value === 'string';
const stringOrNull = (value: unknown) => value === null || typeof value === 'string';
const strings = (value: unknown) => Array.isArray(value) && value.every(string);
const integer = (value: unknown) => Number.isInteger(value);

/** The meeting a `referat parse` JSON holds. Throws JsonShapeError naming the first wrong field. */
export function meetingFromJson(value: unknown): Meeting {
  if (!isObject(value)) throw new JsonShapeError('expected a meeting object, as `referat parse` prints it');
  const items = field<unknown[]>(value, 'items', '', Array.isArray, 'a list of points');
  return {
    kind: field(
      value,
      'kind',
      '',
      (kind) => kind === 'referat' || kind === 'dagsorden',
      '"referat" or "dagsorden"',
    ),
    forum: field(value, 'forum', '', string, 'a string'),
    date: field(
      value,
      'date',
      '',
      (date) => date === '' || /^\d{4}-\d{2}-\d{2}$/.test(String(date)),
      'a date YYYY-MM-DD',
    ),
    start: field(value, 'start', '', stringOrNull, 'a time or null'),
    location: field(value, 'location', '', stringOrNull, 'a string or null'),
    absent: field(value, 'absent', '', strings, 'a list of names'),
    items: items.map((item, index) => itemFromJson(item, `items[${index}].`)),
    issues: [],
  };
}

function itemFromJson(value: unknown, at: string): AgendaItem {
  if (!isObject(value)) throw new JsonShapeError(`${at.slice(0, -1)}: expected a point object`);
  const timeslot = field<AgendaItem['timeslot']>(
    value,
    'timeslot',
    at,
    (slot) => slot === null || (isObject(slot) && string(slot.start) && string(slot.end)),
    '{ start, end } or null',
  );
  const sections = field<unknown[]>(value, 'sections', at, Array.isArray, 'a list of sections');
  return {
    number: field(value, 'number', at, integer, 'a whole number'),
    title: field(value, 'title', at, string, 'a string'),
    presenter: field(value, 'presenter', at, stringOrNull, 'a string or null'),
    timeslot,
    caseNumber: field(value, 'caseNumber', at, stringOrNull, 'a string or null'),
    closed: field(value, 'closed', at, (closed) => typeof closed === 'boolean', 'true or false'),
    sections: sections.map((section, index) => sectionFromJson(section, `${at}sections[${index}].`)),
    recommendedBy: field(value, 'recommendedBy', at, stringOrNull, 'a string or null'),
    recommendations: field(value, 'recommendations', at, strings, 'a list of strings'),
    decision: field(value, 'decision', at, stringOrNull, 'a string or null'),
    attachments: field(value, 'attachments', at, strings, 'a list of strings'),
    ...approvesFromJson(value, at),
  };
}

/** `approves` is only on the approving point: `{ referatOf: "YYYY-MM-DD" | null }`, else absent. */
function approvesFromJson(value: Json, at: string): Pick<AgendaItem, 'approves'> {
  if (!('approves' in value)) return {};
  const approves = field<Json>(value, 'approves', at, isObject, '{ referatOf } when present');
  const referatOf = field<string | null>(
    approves,
    'referatOf',
    `${at}approves.`,
    (date) => date === null || /^\d{4}-\d{2}-\d{2}$/.test(String(date)),
    'a date YYYY-MM-DD or null',
  );
  return { approves: { referatOf } };
}

function sectionFromJson(value: unknown, at: string): Section {
  if (!isObject(value)) throw new JsonShapeError(`${at.slice(0, -1)}: expected a section object`);
  const kinds = ['occasion', 'description', 'legal', 'other'];
  return {
    kind: field(value, 'kind', at, (kind) => kinds.includes(kind as string), kinds.join(' | ')),
    heading: field(value, 'heading', at, string, 'a string'),
    text: field(value, 'text', at, string, 'a string'),
  };
}

/** Recorded decisions: a list of Decision records (only meetingDate, itemNumber and decision are needed). */
export function decisionsFromJson(value: unknown): Decision[] {
  if (!Array.isArray(value)) throw new JsonShapeError('expected a list of decisions');
  return value.map((entry, index) => {
    const at = `[${index}].`;
    if (!isObject(entry)) throw new JsonShapeError(`${at.slice(0, -1)}: expected a decision object`);
    const meetingDate = field<string>(entry, 'meetingDate', at, string, 'a date YYYY-MM-DD');
    const itemNumber = field<number>(entry, 'itemNumber', at, integer, 'a whole number');
    const outcomes =
      entry.outcomes === undefined
        ? []
        : field<Decision['outcomes']>(
            entry,
            'outcomes',
            at,
            (list) => Array.isArray(list) && list.every(stringOrNull),
            'a list of outcomes or null',
          );
    return {
      key: decisionKey(meetingDate, itemNumber),
      meetingDate,
      itemNumber,
      title: typeof entry.title === 'string' ? entry.title : '',
      caseNumber: typeof entry.caseNumber === 'string' ? entry.caseNumber : null,
      recommendations: strings(entry.recommendations) ? (entry.recommendations as string[]) : [],
      outcomes,
      decision: field(entry, 'decision', at, string, 'a string'),
      owner: typeof entry.owner === 'string' ? entry.owner : null,
      deadline: typeof entry.deadline === 'string' ? entry.deadline : null,
      status: 'Grøn',
      sourceUrl: null,
      threadId: null,
    };
  });
}
