// Storage survives a kill -9: every write the emulator acknowledged is there after a restart, and
// nothing half-written is.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SITE, startTestEmulator, tokenFor } from './testing/testEmulator';

const main = path.resolve(__dirname, 'main.ts');

function startChild(dataDir: string): Promise<{ url: string; kill: () => void; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--data', dataDir, '--port', '0'], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Graph emulator on (http:\/\/127\.0\.0\.1:\d+)\/v1\.0/.exec(output)?.[1];
      if (url) resolve({ url, kill: () => child.kill('SIGKILL'), exited });
    });
    child.on('exit', (code) =>
      reject(new Error(`the emulator exited (${code}) before it started: ${output}`)),
    );
  });
}

it('keeps every acknowledged write across kill -9 and a restart', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'graph-durability-'));
  const child = await startChild(dataDir);
  const call = (method: string, resource: string, body: unknown) =>
    fetch(`${child.url}/v1.0${resource}`, {
      method,
      headers: { authorization: `Bearer ${tokenFor('secretary')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const list = await (
    await call('POST', `${SITE}/lists`, {
      displayName: 'Holdbar',
      columns: [{ name: 'DecisionKey', text: {}, indexed: true, enforceUniqueValues: true }],
    })
  ).json();
  const acknowledged: string[] = [];
  const writer = (async () => {
    for (let index = 0; index < 400; index += 1) {
      try {
        const response = await call('POST', `${SITE}/lists/${list.id}/items`, {
          fields: { DecisionKey: `k${index}` },
        });
        if (response.status === 201) acknowledged.push(`k${index}`);
      } catch {
        return; // the process is gone
      }
    }
  })();
  while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill();
  await Promise.all([writer, child.exited]);

  const restarted = await startTestEmulator({ dataDir });
  try {
    const keys: string[] = [];
    let next: string | undefined = `${SITE}/lists/${list.id}/items?$expand=fields&$top=500`;
    while (next) {
      const page = await restarted.call('GET', next);
      keys.push(
        ...page.body.value.map((item: { fields: { DecisionKey: string } }) => item.fields.DecisionKey),
      );
      next = page.body['@odata.nextLink'];
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(keys).toEqual(expect.arrayContaining(acknowledged));
    expect(new Set(keys).size).toBe(keys.length);
    // At most the one request in flight at the kill may have been written without being acknowledged.
    expect(keys.length - acknowledged.length).toBeLessThanOrEqual(1);
    const again = await restarted.call('POST', `${SITE}/lists/${list.id}/items`, {
      body: { fields: { DecisionKey: 'after-restart' } },
    });
    expect(again.status).toBe(201);
  } finally {
    await restarted.close();
  }
});
