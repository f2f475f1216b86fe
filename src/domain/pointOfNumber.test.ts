import { isPointOfNumber } from './pointOfNumber';
import { agendaItem } from './testing/meetingBuilders';

const open = (number: number) => agendaItem({ number });
const closed = (number: number) => agendaItem({ number, title: 'Lukket', closed: true });

describe('the point a number names', () => {
  it.each([
    [
      'the open point, when a closed heading repeats its number after it',
      [open(3), closed(3)],
      [true, false],
    ],
    [
      'the open point, when a closed heading repeats its number before it',
      [closed(3), open(3)],
      [false, true],
    ],
    ['the first closed point, when two closed ones share it', [closed(2), closed(2)], [true, false]],
    ['each point, when numbers differ', [open(1), closed(2), open(3)], [true, true, true]],
  ])('is %s', (_name, items, expected) => {
    expect(items.map((_item, index) => isPointOfNumber(items, index))).toEqual(expected);
  });
});
