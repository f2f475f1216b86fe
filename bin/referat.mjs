#!/usr/bin/env node
// The `referat` command line. The TypeScript sources run through tsx (its loader is registered by
// importing it), so there is no build step.
await import('tsx');
await import('../src/cli/main.ts');
