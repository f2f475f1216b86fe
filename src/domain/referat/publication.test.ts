// The publication record as its list column keeps it: read back as written, and a column someone
// changed by hand into something else reads as a record of nothing (so nothing is taken for ours).
import {
  claimHeld,
  CLAIM_LEASE_MS,
  publicationFromJson,
  publicationToJson,
  unpublished,
} from './publication';

const by = { id: 'u-secretary', name: 'Sekretær Sofie' };
const full = {
  meetingDate: '2027-01-14',
  claim: { token: 't', by, at: '2027-01-15T09:00:00.000Z' },
  tabId: 'tab-1',
  messageId: '1700000000000',
  posting: { by, at: '2027-01-15T09:00:01.000Z' },
  published: { by, at: '2027-01-15T09:00:02.000Z' },
};

describe('the publication record', () => {
  it('reads back as written', () => {
    expect(publicationFromJson('2027-01-14', publicationToJson(full))).toEqual(full);
  });

  it.each([
    ['no column', undefined],
    ['not JSON', '{'],
    ['null', 'null'],
    ['a number', '7'],
    ['ids of the wrong type', '{"tabId":3,"messageId":{"x":1}}'],
    ['a claim without its token', JSON.stringify({ claim: { by, at: full.claim.at } })],
    ['a stamp without who', JSON.stringify({ published: { at: full.claim.at } })],
  ])('reads %s as a record of nothing', (_, json) => {
    expect(publicationFromJson('2027-01-14', json)).toEqual(unpublished('2027-01-14'));
  });

  it.each([
    [0, true],
    [CLAIM_LEASE_MS - 1, true],
    [CLAIM_LEASE_MS, false],
  ])('holds a claim %i ms after it was taken: %s', (after, held) => {
    expect(claimHeld(full, Date.parse(full.claim.at) + after)).toBe(held);
  });
});
