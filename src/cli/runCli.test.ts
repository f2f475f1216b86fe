import { runCli, type CliIo } from './runCli';

const referat = [
  'REFERAT Chefforum d. 05-11-2020',
  'Mødedato Torsdag d. 05. november 2020 kl. 09:00',
  'Punkt 1: CF - Godkendelse af dagsorden (9.00-9.10)',
  '00.01.00-A21-9-19',
  'Beslutning',
  'Godkendt.',
].join('\n');

function fakeIo(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    isFolder: async () => false,
    listFolder: async () => [],
    env: {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
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
    ['a missing file', 'nope.txt', {}, 'error: nope.txt: no such file\n'],
    [
      'a text that is no referat',
      'mail.txt',
      { 'mail.txt': 'Hej, husk frokost.' },
      /^error: mail\.txt: not a Chefforum agenda or minutes/,
    ],
    ['a broken PDF', 'x.pdf', { 'x.pdf': '%PDF-1.7\nbroken' }, /^error: x\.pdf: /],
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
