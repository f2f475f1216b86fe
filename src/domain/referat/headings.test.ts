import { headingOf } from './headings';

describe('headings', () => {
  it.each([
    ['Anledning', { target: 'section', kind: 'occasion', text: 'Anledning' }],
    ['Baggrund', { target: 'section', kind: 'occasion', text: 'Baggrund' }],
    ['Sagsfremstilling', { target: 'section', kind: 'description', text: 'Sagsfremstilling' }],
    [
      'SupplerendeSagsfremstilling',
      { target: 'section', kind: 'description', text: 'SupplerendeSagsfremstilling' },
    ],
    [
      'Supplerende sagsfremstilling',
      { target: 'section', kind: 'description', text: 'Supplerende sagsfremstilling' },
    ],
    ['Lovgrundlag', { target: 'section', kind: 'legal', text: 'Lovgrundlag' }],
    ['Økonomi:', { target: 'section', kind: 'other', text: 'Økonomi' }],
    ['Indstilling', { target: 'recommendations', text: 'Indstilling' }],
    ['INDSTILLING', { target: 'recommendations', text: 'INDSTILLING' }],
    ['Beslutning', { target: 'decision', text: 'Beslutning' }],
    [
      'BESLUTNING I CHEFFORUM DEN 11-02-2014',
      { target: 'decision', text: 'BESLUTNING I CHEFFORUM DEN 11-02-2014' },
    ],
    ['Bilag', { target: 'attachments', text: 'Bilag' }],
  ])('%s', (line, heading) => {
    expect(headingOf(line)).toEqual(heading);
  });

  it.each([
    // A sentence that opens with "Beslutning om" is text: decisions are often described that way.
    'Beslutning om ny mødestruktur blev udsat',
    'Beslutningen blev truffet',
    'Formål',
    'Spilleregler',
    'Anledningen er budgettet',
  ])('%s is no heading', (line) => {
    expect(headingOf(line)).toBeNull();
  });
});
