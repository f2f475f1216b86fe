// What `npm run build` writes for the web host: every page carries a Content-Security-Policy that runs
// no inline or evaluated script, no source map is served, and the configuration of two common static
// hosts (Azure Static Web Apps, IIS) sends the same policy as a header, with the hosts that may frame the
// tab. The build is the project's own webpack configuration in production mode (tests/e2e/support/buildApp,
// kept in the temporary folder under a hash of the sources, as the bench's is).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { buildApp } from '../e2e/support/buildApp';

/**
 * Who may frame the tab: every host of msteams-docs' table "Set Content Security Policy headers to allow
 * Teams and any other host applications of your app" (msteams-platform/includes/tabs/content-security-
 * policy-headers.md, in https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements),
 * and the tab's own origin, where MSAL's hidden frame renews a token on redirect.html. Written out
 * here, not imported from webpack.hosting.js: the build is checked against the document, not itself.
 */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://copilot.microsoft.com',
  'https://*.cloud.microsoft',
];

/** The pages the build must write (webpack.config.js): the tab, MSAL's and Teams' sign-in pages, the manifest's links. */
const PAGES = ['index.html', 'auth-start.html', 'redirect.html', 'privacy.html', 'terms.html'];

type Policy = Map<string, string[]>;

/** A serialized policy as directive → sources (CSP3 §2.2.1: `;`-separated, whitespace-separated tokens). */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a directive falls back to when absent (CSP3 §6.8.3, for the directives checked here). */
function effective(policy: Policy, ...names: string[]): string[] {
  for (const name of [...names, 'default-src']) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return ['*'];
}

/** Sources that would let a page run script that is not one of the build's own files. */
const UNSAFE = /^('unsafe-|'strict-dynamic'|'nonce-|'sha\d+-|\*$|data:|blob:|https?:$|filesystem:)/i;

let dir: string;
let files: string[];
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const metaPolicy = (html: string) =>
  new JSDOM(html).window.document
    .querySelector('head > meta[http-equiv="Content-Security-Policy" i]')
    ?.getAttribute('content');

beforeAll(async () => {
  dir = await buildApp('production');
  files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
}, 600_000);

describe('the pages of the production build', () => {
  it('are all there', () => {
    expect(files).toEqual(expect.arrayContaining(PAGES));
  });

  it.each(PAGES)('%s runs only the build’s own script files, under its CSP', (page) => {
    const document = new JSDOM(read(page)).window.document;
    const meta = document.querySelector('head > meta[http-equiv="Content-Security-Policy" i]');
    expect(meta).not.toBeNull();
    const policy = parsePolicy(meta!.getAttribute('content')!);
    for (const directive of [['script-src'], ['worker-src', 'child-src', 'script-src']]) {
      expect(effective(policy, ...directive).filter((source) => UNSAFE.test(source))).toEqual([]);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]); // a <base> would move every relative script
    // The policy applies to what follows it: before every script.
    const scripts = [...document.querySelectorAll('script')];
    for (const script of scripts) {
      expect(meta!.compareDocumentPosition(script) & meta!.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(script.getAttribute('src')).toMatch(/^[\w.-]+\.js$/); // a file of the build, no inline code
      expect(script.textContent).toBe('');
    }
    // Inline handlers and style attributes would be refused by the policy: the page has none.
    const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => /^on|^style$/i.test(name)),
    );
    expect(attributes).toEqual([]);
  });

  it('all carry one and the same policy, allowing Graph and Entra', () => {
    const policies = new Set(PAGES.map((page) => metaPolicy(read(page))));
    expect(policies.size).toBe(1);
    const connect = effective(parsePolicy([...policies][0]!), 'connect-src');
    expect(connect).toEqual(
      expect.arrayContaining(['https://graph.microsoft.com', 'https://login.microsoftonline.com']),
    );
  });

  it('come without source maps', () => {
    expect(files.filter((name) => name.endsWith('.map'))).toEqual([]);
    const text = files.filter((name) => /\.(m?js|html|css)$/.test(name));
    expect(text.filter((name) => /[#@]\s*sourceMappingURL=/.test(read(name)))).toEqual([]);
  });
});

describe('the hosting headers the production build writes', () => {
  const hosts: [string, () => { csp: string | undefined; mjs: string | undefined }][] = [
    [
      'staticwebapp.config.json (Azure Static Web Apps: globalHeaders, mimeTypes)',
      () => {
        const config = JSON.parse(read('staticwebapp.config.json')) as {
          globalHeaders: Record<string, string>;
          mimeTypes?: Record<string, string>;
        };
        const headers = Object.entries(config.globalHeaders);
        const csp = headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
        return { csp, mjs: config.mimeTypes?.['.mjs'] };
      },
    ],
    [
      'web.config (IIS: system.webServer/httpProtocol/customHeaders, staticContent)',
      () => {
        // Parsed as XML: a malformed file throws.
        const document = new JSDOM(read('web.config'), { contentType: 'text/xml' }).window.document;
        const server = 'configuration > system\\.webServer';
        const csp = document
          .querySelector(`${server} > httpProtocol > customHeaders > add[name="Content-Security-Policy"]`)
          ?.getAttribute('value');
        const mjs = document
          .querySelector(`${server} > staticContent > mimeMap[fileExtension=".mjs"]`)
          ?.getAttribute('mimeType');
        return { csp: csp ?? undefined, mjs: mjs ?? undefined };
      },
    ],
  ];

  it.each(hosts)('%s: the pages’ policy, framed only by Teams and Microsoft 365', (_host, headersOf) => {
    const { csp, mjs } = headersOf();
    expect(csp).toBeDefined();
    const header = parsePolicy(csp!);
    expect([...(header.get('frame-ancestors') ?? [])].sort()).toEqual([...FRAME_ANCESTORS].sort());
    header.delete('frame-ancestors');
    expect(header).toEqual(parsePolicy(metaPolicy(read('index.html'))!));
    // pdf.js's worker is an .mjs file, which a host must serve as JavaScript.
    if (files.some((name) => name.endsWith('.mjs'))) expect(mjs).toBe('text/javascript');
  });
});

describe('where the policy lets the tab connect, by build settings', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack configuration is CommonJS
  const { HostingHeadersPlugin } = require('../../webpack.hosting.js') as {
    HostingHeadersPlugin: new (settings: { graphUrl?: string; development: boolean }) => { policy: string };
  };
  const connectSources = (settings: { graphUrl?: string; development: boolean }) =>
    effective(parsePolicy(new HostingHeadersPlugin(settings).policy), 'connect-src');

  it.each([
    ['a tenant’s build', {}, [], ['http://127.0.0.1:4000']],
    [
      'a build for the emulator (CHEFFORUM_GRAPH_URL)',
      { graphUrl: 'http://127.0.0.1:4000/v1.0' },
      ['http://127.0.0.1:4000'],
      ['http://127.0.0.1:*'],
    ],
    [
      'a build with the development settings (the Graph address from the page)',
      { development: true },
      ['http://127.0.0.1:*', 'http://localhost:*'],
      [],
    ],
  ])('%s', (_build, settings, allowed, refused) => {
    const sources = connectSources({ development: false, ...settings });
    expect(sources).toEqual(expect.arrayContaining(['https://graph.microsoft.com', ...allowed]));
    for (const source of refused) expect(sources).not.toContain(source);
    if (allowed.length === 0) expect(sources.filter((source) => source.startsWith('http:'))).toEqual([]);
  });
});
