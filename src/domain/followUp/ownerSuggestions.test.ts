// Owners as the Owner column keeps them (people by id, roles as text), and the suggestions made of them.
import { agendaItem, meetingOf } from '../testing/meetingBuilders';
import { ownerSuggestions } from './ownerSuggestions';
import { formatOwners, ownerNames, parseOwners } from './owners';

const FINANCE = '33333333-3333-4333-8333-333333333333';
const SCHOOLS = '44444444-4444-4444-8444-444444444444';

describe('owners as stored', () => {
  it.each([
    // Text from before people could be chosen reads as the text owners it names, without loss.
    ['Chefen for Økonomi & Stab', [{ id: null, name: 'Chefen for Økonomi & Stab' }]],
    [
      'Chefen for Sundhed, Pleje & Omsorg, Chefen for Dagtilbud',
      [
        { id: null, name: 'Chefen for Sundhed, Pleje & Omsorg' },
        { id: null, name: 'Chefen for Dagtilbud' },
      ],
    ],
    [
      'HR; Kommunaldirektøren',
      [
        { id: null, name: 'HR' },
        { id: null, name: 'Kommunaldirektøren' },
      ],
    ],
    [
      'Cheferne, Kommunaldirektøren',
      [
        { id: null, name: 'Cheferne' },
        { id: null, name: 'Kommunaldirektøren' },
      ],
    ],
    // People by their directory id, beside text owners.
    [`Chefen for Økonomi & Stab <${FINANCE}>`, [{ id: FINANCE, name: 'Chefen for Økonomi & Stab' }]],
    [
      `Chefen for Økonomi & Stab <${FINANCE}>; HR; Anne Ågård <${SCHOOLS}>`,
      [
        { id: FINANCE, name: 'Chefen for Økonomi & Stab' },
        { id: null, name: 'HR' },
        { id: SCHOOLS, name: 'Anne Ågård' },
      ],
    ],
    [
      `Anne Ågård <${SCHOOLS}>, HR`,
      [
        { id: SCHOOLS, name: 'Anne Ågård' },
        { id: null, name: 'HR' },
      ],
    ],
    // Not an id: kept as the text it is.
    ['Team <økonomi>', [{ id: null, name: 'Team <økonomi>' }]],
    ['', []],
    [null, []],
  ])('"%s" names %j', (text, owners) => {
    expect(parseOwners(text)).toEqual(owners);
  });

  it.each([
    [
      [
        { id: FINANCE, name: 'Chefen for Økonomi & Stab' },
        { id: null, name: 'HR' },
      ],
    ],
    [
      [
        { id: null, name: 'Chefen for Sundhed, Pleje & Omsorg' },
        { id: null, name: 'Chefen for Dagtilbud' },
      ],
    ],
    [[{ id: SCHOOLS, name: 'Anne Ågård' }]],
  ])('writes %j so that it reads back the same', (owners) => {
    expect(parseOwners(formatOwners(owners))).toEqual(owners);
  });

  it.each([
    [[{ id: null, name: 'A; B' }], 'A, B'],
    [[{ id: null, name: `X <${FINANCE}>` }], `X ${FINANCE}`],
    [[], null],
  ])('keeps a text owner %j one text owner: %j', (owners, stored) => {
    expect(formatOwners(owners)).toBe(stored);
    expect(parseOwners(stored).every((owner) => owner.id === null)).toBe(true);
  });

  it('shows the names only', () => {
    expect(ownerNames(`Chefen for Økonomi & Stab <${FINANCE}>; HR`)).toBe('Chefen for Økonomi & Stab, HR');
    expect(ownerNames(null)).toBeNull();
  });
});

describe('owner suggestions', () => {
  const meeting = meetingOf('2023-06-15', [
    agendaItem({ number: 1, presenter: 'Chefen for Økonomi & Stab', recommendedBy: 'Kommunaldirektøren' }),
    agendaItem({
      number: 2,
      decision: 'Chefen for Skoler & Uddannelse og Chefen for Børn & Familie skal beskrive visitationen.',
    }),
    agendaItem({ number: 3, closed: true, presenter: 'Chefen for Hemmeligheder' }),
  ]);

  it('suggests presenters, recommenders, acting roles and stored owners, each once, never from a closed point', () => {
    expect(
      ownerSuggestions(
        [meeting],
        ['Chefen for Økonomi & Stab', 'HR', null],
        [{ id: null, name: 'Chefforums sekretær' }],
      ),
    ).toEqual(
      [
        'Chefen for Børn & Familie',
        'Chefen for Skoler & Uddannelse',
        'Chefen for Økonomi & Stab', // Ø after S, as Danish sorts
        'Chefforums sekretær',
        'HR',
        'Kommunaldirektøren',
      ].map((name) => ({ id: null, name })),
    );
  });

  it('suggests a person, once, where the person bears a role’s name', () => {
    const suggested = ownerSuggestions(
      [meeting],
      [`Chefen for Økonomi & Stab <${FINANCE}>`, 'Chefen for Økonomi & Stab'],
    );
    expect(suggested.filter((owner) => owner.name === 'Chefen for Økonomi & Stab')).toEqual([
      { id: FINANCE, name: 'Chefen for Økonomi & Stab' },
    ]);
  });
});
