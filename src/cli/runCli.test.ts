import { readFileSync } from 'node:fs';
import path from 'node:path';
import { docxBomb } from '../documents/testing/zipBomb';
import { runCli, type CliIo } from './runCli';

const referat = [
  'REFERAT Chefforum d. 05-11-2020',
  'Mødedato Torsdag d. 05. november 2020 kl. 09:00',
  'Punkt 1: CF - Godkendelse af dagsorden (9.00-9.10)',
  '00.01.00-A21-9-19',
  'Beslutning',
  'Godkendt.',
].join('\n');

function fakeIo(files: Record<string, string | Uint8Array>, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (path, bytes) => {
      files[path] = bytes;
    },
    isFolder: async () => false,
    listFolder: async () => [],
    env,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    sleep: async () => undefined,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('referat parse', () => {
  it('prints the meeting JSON and exits 0', async () => {
    const { io, out, err } = fakeIo({ 'm.txt': referat });
    expect(await runCli(['parse', 'm.txt'], io)).toBe(0);
    const meeting = JSON.parse(out());
    expect(meeting).toMatchObject({ kind: 'referat', date: '2020-11-05', start: '09:00' });
    expect(meeting.items[0]).toMatchObject({
      number: 1,
      title: 'Godkendelse af dagsorden',
      decision: 'Godkendt.',
    });
    expect(err()).toBe('');
  });

  it('prints `approves` on the approving point, whatever its number, naming the referat its Indstilling names', async () => {
    const text = [
      'REFERAT Chefforum d. 04-12-2019',
      'Punkt 1: CF - Orientering fra direktionen',
      'Beslutning',
      'Taget til efterretning.',
      'Punkt 2: CF - Godkendelse af dagsorden og referat',
      'Indstilling',
      '1. at Chefforum godkender dagsordenen for dagens møde',
      '2. at Chefforum godkender referatet fra mødet den 6. november 2019',
      'Beslutning',
      'Godkendt.',
      'Punkt 3: CF - Godkendelse af dagsorden og referat',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    const { io, out } = fakeIo({ 'm.txt': text });
    expect(await runCli(['parse', 'm.txt'], io)).toBe(0);
    const items = JSON.parse(out()).items as Record<string, unknown>[];
    expect(items.map((item) => item.approves)).toEqual([
      undefined,
      { referatOf: '2019-11-06' },
      { referatOf: null },
    ]);
    expect('approves' in items[0]!).toBe(false);
    expect(out()).toContain('"approves": {\n        "referatOf": "2019-11-06"\n      }');
  });

  it('prints the extracted text with --text', async () => {
    const { io, out } = fakeIo({ 'm.txt': referat });
    expect(await runCli(['parse', '--text', 'm.txt'], io)).toBe(0);
    expect(out()).toBe(`${referat}\n`);
  });

  it('warns in English about what it could not place, and still prints the meeting', async () => {
    const { io, out, err } = fakeIo({ 'm.txt': referat.replace('Beslutning', 'Løst notat\nBeslutning') });
    expect(await runCli(['parse', 'm.txt'], io)).toBe(0);
    expect(err()).toBe('warning: m.txt:5: text outside any known heading; kept as an untitled section\n');
    expect(JSON.parse(out()).issues).toHaveLength(1);
  });

  it.each([
    ['English by default', [], {}, 'text outside any known heading; kept as an untitled section'],
    ['English when LANG is English', [], { LANG: 'en_GB.UTF-8' }, 'text outside any known heading'],
    [
      'Danish when LANG is Danish',
      [],
      { LANG: 'da_DK.UTF-8' },
      'tekst uden for en kendt overskrift; vist som afsnit uden overskrift',
    ],
    ['Danish with --lang da', ['--lang', 'da'], { LANG: 'C' }, 'tekst uden for en kendt overskrift'],
    ['English with --lang=en over a Danish LANG', ['--lang=en'], { LANG: 'da_DK' }, 'text outside'],
  ])('warns in the language asked for: %s', async (_name, options, env, sentence) => {
    const text = referat.replace('Beslutning', 'Løst notat\nBeslutning');
    const { io, err } = fakeIo({ 'm.txt': text }, env);
    expect(await runCli(['parse', ...options, 'm.txt'], io)).toBe(0);
    expect(err()).toMatch(new RegExp(`^warning: m\\.txt:5: ${sentence}`));
  });

  it('reads a UTF-8 referat with three damaged bytes as UTF-8, and says how many bytes were replaced', async () => {
    const fixture = path.resolve(__dirname, '../../tests/fixtures/referater/referat-2022-03-10.txt');
    const parse = async (bytes: Uint8Array) => {
      const { io, out, err } = fakeIo({ 'r.txt': bytes });
      return { code: await runCli(['parse', 'r.txt'], io), meeting: JSON.parse(out()), err: err() };
    };
    const damaged = new Uint8Array(readFileSync(fixture));
    const spaces = [...damaged.keys()].filter((at) => damaged[at] === 0x20);
    for (const at of [spaces[40]!, spaces[200]!, spaces[390]!]) damaged[at] = 0xff;
    const [read, intact] = [await parse(damaged), await parse(new Uint8Array(readFileSync(fixture)))];
    expect(read.code).toBe(0);
    expect(read.err).toContain(
      'warning: r.txt: 3 bytes of the file were not valid UTF-8 and were replaced by "�".\n',
    );
    // Not read as Windows-1252: the place and time are where they were, no æ became "Ã¦".
    const { date, start, location } = intact.meeting;
    expect(read.meeting).toMatchObject({ date, start, location });
    expect(JSON.stringify(read.meeting)).not.toMatch(/Ã/);
  });

  it.each([[['--lang', 'de']], [['--lang']], [['--lang=']]])('refuses %j with the usage', async (options) => {
    const { io, err } = fakeIo({ 'm.txt': referat });
    expect(await runCli(['parse', ...options, 'm.txt'], io)).toBe(2);
    expect(err()).toMatch(/^Usage:/);
  });

  it.each([
    ['a missing file', 'nope.txt', {}, 'error: nope.txt: no such file\n'],
    [
      'a text that is no referat',
      'mail.txt',
      { 'mail.txt': 'Hej, husk frokost.' },
      /^error: mail\.txt: not a Chefforum agenda or minutes/,
    ],
    // The path once, in front: the reader's own message also names the file.
    ['a broken PDF', 'x.pdf', { 'x.pdf': '%PDF-1.7\nbroken' }, 'error: x.pdf: the PDF is damaged\n'],
    [
      'a 0-byte file, as empty and not damaged',
      'e.docx',
      { 'e.docx': '' },
      'error: e.docx: the file is empty\n',
    ],
    [
      'a Word document of 600 KB that unpacks to 300 MB',
      'bombe.docx',
      { 'bombe.docx': docxBomb(300) },
      /^error: bombe\.docx: the file is too large \(over 64 MB, or a Word document that unpacks to more\)\n$/,
    ],
    [
      'an unknown format',
      'x.xlsx',
      { 'x.xlsx': new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9]) },
      /^error: x\.xlsx: /,
    ],
  ])('reports %s on one stderr line and exits 1', async (_name, file, files, message) => {
    const { io, out, err } = fakeIo(files);
    expect(await runCli(['parse', file], io)).toBe(1);
    expect(out()).toBe('');
    expect(err()).toMatch(message);
    expect(err().trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([[[]], [['parse']], [['convert', 'm.txt']], [['parse', 'a.txt', 'b.txt']]])(
    'shows usage for %j and exits 2',
    async (args) => {
      const { io, err } = fakeIo({});
      expect(await runCli(args, io)).toBe(2);
      expect(err()).toContain('Usage:');
    },
  );
});

describe('referat write', () => {
  const meeting = {
    kind: 'dagsorden',
    forum: 'Chefforum',
    date: '2027-01-14',
    start: '09:00',
    location: 'Mødelokale 1',
    absent: [],
    items: [
      {
        number: 1,
        title: 'Budget',
        presenter: null,
        timeslot: null,
        caseNumber: null,
        closed: false,
        sections: [],
        recommendedBy: null,
        recommendations: ['at Chefforum godkender budgettet'],
        decision: null,
        attachments: [],
      },
      {
        number: 2,
        title: 'Lukket',
        presenter: null,
        timeslot: null,
        caseNumber: '26/1',
        closed: true,
        sections: [],
        recommendedBy: null,
        recommendations: [],
        decision: null,
        attachments: [],
      },
      {
        number: 3,
        title: 'Evt.',
        presenter: null,
        timeslot: null,
        caseNumber: null,
        closed: false,
        sections: [],
        recommendedBy: null,
        recommendations: [],
        decision: null,
        attachments: [],
      },
    ],
    issues: [],
  };
  const decision = (itemNumber: number, text: string) => ({
    meetingDate: '2027-01-14',
    itemNumber,
    decision: text,
    outcomes: ['godkendt'],
  });

  it('writes the referat with the recorded decisions, warns of the rest, and the file parses back', async () => {
    const files: Record<string, string | Uint8Array> = {
      'm.json': JSON.stringify(meeting),
      'd.json': JSON.stringify([decision(1, 'Budgettet blev godkendt.'), decision(2, 'Hemmeligt')]),
    };
    const { io, out, err } = fakeIo(files);
    expect(await runCli(['write', 'm.json', '--decisions', 'd.json', '-o', 'y.docx'], io)).toBe(0);
    expect(out()).toBe('wrote y.docx (3 points)\n');
    expect(err()).toBe(
      'warning: d.json: decision 2027-01-14#2 not written (the point is closed, and nothing of a closed point is written)\n' +
        'warning: no decision yet for point 3\n',
    );
    const back = fakeIo(files);
    expect(await runCli(['parse', 'y.docx'], back.io)).toBe(0);
    const parsed = JSON.parse(back.out());
    expect(parsed.kind).toBe('referat');
    expect(parsed.items[0].decision).toBe('Budgettet blev godkendt.\n\nAd 1: godkendt.');
    expect(parsed.items[1]).toMatchObject({
      closed: true,
      caseNumber: '26/1',
      title: 'Lukket',
      sections: [],
    });
    expect(back.out()).not.toContain('Hemmeligt');
  });

  it.each([
    ['a missing meeting file', {}, /^error: m\.json: no such file or folder\n$/],
    ['a file that is no JSON', { 'm.json': 'REFERAT' }, /^error: m\.json: not JSON/],
    [
      'a meeting with a wrong field',
      { 'm.json': JSON.stringify({ ...meeting, items: [{ ...meeting.items[0], title: 7 }] }) },
      /^error: m\.json: items\[0\]\.title: expected a string\n$/,
    ],
    [
      'an approving point naming no date',
      {
        'm.json': JSON.stringify({
          ...meeting,
          items: [{ ...meeting.items[0], approves: { referatOf: 'i går' } }],
        }),
      },
      /^error: m\.json: items\[0\]\.approves\.referatOf: expected a date YYYY-MM-DD or null\n$/,
    ],
  ])('reports %s on one stderr line and exits 1, writing nothing', async (_name, files, message) => {
    const all: Record<string, string | Uint8Array> = { ...files };
    const { io, err } = fakeIo(all);
    expect(await runCli(['write', 'm.json', '-o', 'y.pdf'], io)).toBe(1);
    expect(err()).toMatch(message);
    expect(all['y.pdf']).toBeUndefined();
  });

  it.each([
    [['write', 'm.json']],
    [['write', '-o', 'y.docx']],
    [['write', 'm.json', '-o', 'y.txt']],
    [['write', 'm.json', '--decisions', '-o', 'y.pdf']],
    [['write', 'a.json', 'b.json', '-o', 'y.pdf']],
  ])('shows usage for %j and exits 2', async (args) => {
    const { io, err } = fakeIo({});
    expect(await runCli(args, io)).toBe(2);
    expect(err()).toContain('referat write <meeting.json>');
  });
});
