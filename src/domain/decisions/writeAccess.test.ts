// What the tab makes of the list's answers about writing, as a table of what it knew, the news and what
// it knows after: a refusal (403) kept in the outbox says "no" until a later write is taken.
import type { PendingSave } from '../ports';
import { recordedDecision } from '../testing/decisionBuilders';
import {
  learnWriteAccess,
  mayOfferWriting,
  NO_EVIDENCE,
  type WriteAccess,
  type WriteEvidence,
  type WriteNews,
  writeAccessOf,
} from './writeAccess';

const save = (revision: number, lastFailure: PendingSave['lastFailure']): PendingSave => ({
  key: '2027-01-14#2',
  mode: 'update',
  edited: recordedDecision('2027-01-14', 2),
  read: null,
  revision,
  attempts: 1,
  lastFailure,
});
const outbox = (...pending: PendingSave[]): WriteNews => ({ type: 'outbox', pending });

it.each<[string, WriteEvidence, WriteNews, WriteAccess]>([
  ['nothing known, an empty outbox', NO_EVIDENCE, outbox(), 'unknown'],
  ['nothing known, a save waiting after a 503', NO_EVIDENCE, outbox(save(10, 'unavailable')), 'unknown'],
  ['nothing known, a save waiting for a conflict', NO_EVIDENCE, outbox(save(10, 'conflict')), 'unknown'],
  ['nothing known, a save the list refused', NO_EVIDENCE, outbox(save(10, 'forbidden')), 'refused'],
  ['a write taken', NO_EVIDENCE, { type: 'accepted', at: 5 }, 'granted'],
  [
    'refused, then the draft discarded: holds for the visit',
    { refusedAt: 10, acceptedAt: null },
    outbox(),
    'refused',
  ],
  [
    'refused, then a write taken later',
    { refusedAt: 10, acceptedAt: null },
    { type: 'accepted', at: 20 },
    'granted',
  ],
  [
    'taken, then a later save refused',
    { refusedAt: null, acceptedAt: 20 },
    outbox(save(30, 'forbidden')),
    'refused',
  ],
  [
    'taken after an old refusal still in the outbox',
    { refusedAt: 10, acceptedAt: 20 },
    outbox(save(10, 'forbidden')),
    'granted',
  ],
])('%s', (_name, known, news, access) => {
  expect(writeAccessOf(learnWriteAccess(known, news))).toBe(access);
});

it.each<[WriteAccess, boolean]>([
  ['unknown', true],
  ['granted', true],
  ['refused', false],
])('offers writing when the access is %s: %s', (access, offered) => {
  expect(mayOfferWriting(access)).toBe(offered);
});
