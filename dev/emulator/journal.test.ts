import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Journal } from './journal';

const folder = () => mkdtempSync(path.join(tmpdir(), 'journal-'));

describe('the emulator journal', () => {
  it('rebuilds the state from its journal, ignoring a torn last line', () => {
    const dir = folder();
    const journal = Journal.open(dir);
    journal.put('items', 'a', { n: 1 });
    journal.put('items', 'b', { n: 2 });
    journal.delete('items', 'a');
    journal.close();
    appendFileSync(path.join(dir, 'journal.jsonl'), '{"c":"items","id":"c","v":{"n"'); // died mid-write
    const reopened = Journal.open(dir);
    expect(reopened.all('items')).toEqual([{ n: 2 }]);
    reopened.close();
  });

  it('compacts into a snapshot and keeps writing after it', () => {
    const dir = folder();
    const journal = Journal.open(dir);
    journal.put('items', 'a', { n: 1 });
    journal.compact();
    journal.put('items', 'b', { n: 2 });
    journal.close();
    const reopened = Journal.open(dir);
    expect(reopened.get('items', 'a')).toEqual({ n: 1 });
    expect(reopened.get('items', 'b')).toEqual({ n: 2 });
    reopened.close();
  });
});
