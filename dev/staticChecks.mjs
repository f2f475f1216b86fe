// `npm test`'s first step: the type check, eslint and prettier side by side (each is one process on one
// core, and run one after another they cost the test run about 15 s more). Each one's output is printed
// whole once it is done, and the step fails when any of them fails.
// Each keeps what it learnt in node_modules/.cache/chefforum, by file content (a fresh clone's files are
// all new by date), so a second run checks only what changed: ~40 s of CPU the first time, a few after.
// A clean clone, as CI has, has no cache and checks everything.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const CACHE = 'node_modules/.cache/chefforum';

const CHECKS = [
  [
    'typecheck',
    'tsc',
    ['-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsbuildinfo`],
  ],
  [
    'eslint',
    'eslint',
    [
      '.',
      '--max-warnings',
      '0',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      `${CACHE}/eslint`,
    ],
  ],
  [
    'prettier',
    'prettier',
    [
      '--check',
      '.',
      '--log-level',
      'warn',
      '--cache',
      '--cache-strategy',
      'content',
      '--cache-location',
      `${CACHE}/prettier`,
    ],
  ],
];

function run([name, bin, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(`node_modules/.bin/${bin}`, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: `${error.message}\n`, ms: 0 }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, ms: Date.now() - started }));
  });
}

mkdirSync(CACHE, { recursive: true });
const results = await Promise.all(CHECKS.map(run));
for (const { name, code, output, ms } of results) {
  const seconds = (ms / 1000).toFixed(1);
  process.stdout.write(`${code === 0 ? 'ok' : 'FAILED'}: ${name} (${seconds} s)\n${output}`);
}
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
