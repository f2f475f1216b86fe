// The installed command end to end: a real process, real files, exit codes and streams.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../../bin/referat.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'referat-cli-'));

async function referat(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the referat command', () => {
  it('prints the meeting JSON of a text file and exits 0', async () => {
    const file = path.join(dir, 'referat.txt');
    writeFileSync(file, 'REFERAT Chefforum d. 05-11-2020\nPunkt 1: CF - Evt.\nBeslutning\nIntet.\n');
    const result = await referat('parse', file);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'referat',
      date: '2020-11-05',
      items: [{ title: 'Evt.', decision: 'Intet.' }],
    });
  });

  it('says in one English line that a broken PDF cannot be read, and exits 1', async () => {
    const file = path.join(dir, 'broken.pdf');
    writeFileSync(file, '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage');
    const result = await referat('parse', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: .*broken\.pdf: .+\n$/);
  });
});
