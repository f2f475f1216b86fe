// `npm start` prints a development token the emulator accepts, with the CLI line that uses it.
import { readDevToken } from './emulator/devToken';
import { SEED } from './emulator/seed';
import { startBanner } from './startBanner';

it('prints a development token for the CLI and the Graph emulator', () => {
  const banner = startBanner('http://localhost:3000/', 'http://127.0.0.1:4000');
  const token = /Development token [^:]*: (\S+)/.exec(banner)?.[1] ?? '';
  expect(readDevToken(token)).toMatchObject({ oid: SEED.users.secretary.id });
  expect(banner).toContain(
    `GRAPH_TOKEN=${token} GRAPH_BASE_URL=http://127.0.0.1:4000 npm run referat -- import`,
  );
});
