// A point number names one point: the open point of that number when there is one, else the first
// point with it. A closed heading may repeat an open point's number (it is kept, hidden), so whatever
// goes by number — a deep link, a decision, a page's anchor — goes to that point and never to the other.
import type { AgendaItem } from './meeting';

/** Whether `items[index]` is the point its number names. */
export function isPointOfNumber(items: readonly AgendaItem[], index: number): boolean {
  const item = items[index];
  if (item === undefined) return false;
  const named = items.findIndex((other) => other.number === item.number && !other.closed);
  return named === -1 ? items.findIndex((other) => other.number === item.number) === index : named === index;
}
