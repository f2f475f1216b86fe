// Owner suggestions from the referater's own roles and the list's owners.
import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { joinOwners, ownerSuggestions, splitOwners } from './ownerSuggestions';

describe('owners', () => {
  it.each([
    ['Chefen for Økonomi & Stab', ['Chefen for Økonomi & Stab']],
    [
      'Chefen for Sundhed, Pleje & Omsorg, Chefen for Dagtilbud',
      ['Chefen for Sundhed, Pleje & Omsorg', 'Chefen for Dagtilbud'],
    ],
    ['HR; Kommunaldirektøren', ['HR', 'Kommunaldirektøren']],
    ['Cheferne, Kommunaldirektøren', ['Cheferne', 'Kommunaldirektøren']],
    ['', []],
    [null, []],
  ])('"%s" names %j', (text, owners) => {
    expect(splitOwners(text)).toEqual(owners);
    if (owners.length > 0 && !text!.includes(';')) expect(joinOwners(owners)).toBe(text);
  });

  it('suggests presenters, recommenders, acting roles and stored owners, each once, never from a closed point', () => {
    const meeting = meetingOf('2023-06-15', [
      agendaItem({ number: 1, presenter: 'Chefen for Økonomi & Stab', recommendedBy: 'Kommunaldirektøren' }),
      agendaItem({
        number: 2,
        decision: 'Chefen for Skoler & Uddannelse og Chefen for Børn & Familie skal beskrive visitationen.',
      }),
      agendaItem({ number: 3, closed: true, presenter: 'Chefen for Hemmeligheder' }),
    ]);
    expect(
      ownerSuggestions([meeting], ['Chefen for Økonomi & Stab', 'HR', null], ['Chefforums sekretær']),
    ).toEqual([
      'Chefen for Børn & Familie',
      'Chefen for Skoler & Uddannelse',
      'Chefen for Økonomi & Stab', // Ø after S, as Danish sorts
      'Chefforums sekretær',
      'HR',
      'Kommunaldirektøren',
    ]);
  });
});
