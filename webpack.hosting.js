// The Content-Security-Policy of the production build and the hosting headers Teams needs. Every page the
// build writes gets the policy as a <meta http-equiv> (a static page has no headers of its own), and the
// build writes the same policy, plus `frame-ancestors` (which a <meta> policy cannot carry), as the
// configuration of two common static hosts: `staticwebapp.config.json` (Azure Static Web Apps) and
// `web.config` (IIS). See README, "Run it in Teams".
const { createHash } = require('node:crypto');
const { URL } = require('node:url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { Compilation, sources } = require('webpack');

const NAME = 'HostingHeadersPlugin';

/**
 * The hosts that may frame the tab, exactly as msteams-docs lists them ("Set Content Security Policy
 * headers to allow Teams and any other host applications of your app", every row of its table):
 * msteams-platform/includes/tabs/content-security-policy-headers.md, included by
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 */
const TEAMS_FRAME_ANCESTORS = [
  // Teams
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  // Microsoft 365 app
  'https://*.microsoft365.com',
  'https://*.office.com',
  // Outlook
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  // Copilot
  'https://copilot.microsoft.com',
  // every host, where they are all moving
  'https://*.cloud.microsoft',
];

const LOGIN = 'https://login.microsoftonline.com';

/**
 * Griffel (Fluent UI's styles) and FluentProvider's theme add empty <style> elements and fill them
 * through CSSOM (insertRule), which CSP does not govern; an inline <style> is checked by the hash of its
 * text, here the empty text. So no inline style text or style attribute is allowed ('unsafe-inline').
 */
const EMPTY_STYLE_ELEMENT = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

/** The policy of every page: only the tab's own scripts, and network access only where the tab goes. */
function contentSecurityPolicy({ graphUrl, development }) {
  return [
    ["default-src 'self'"],
    ["script-src 'self'"],
    ["style-src 'self'", EMPTY_STYLE_ELEMENT],
    ["img-src 'self' data:"],
    ["font-src 'self'"],
    [
      "connect-src 'self'",
      'https://graph.microsoft.com',
      // Graph's download URLs (@microsoft.graph.downloadUrl) are on the tenant's SharePoint host.
      'https://*.sharepoint.com',
      LOGIN, // MSAL: the authority's metadata and the token endpoint
      'https://res.cdn.office.net', // teams-js asks it for Teams' valid origins
      // A build for the emulator: the Graph address it was built with, or (development settings) the
      // local Graph whose address the page is given.
      ...(graphUrl ? [new URL(graphUrl).origin] : []),
      ...(development ? ['http://127.0.0.1:*', 'http://localhost:*'] : []),
    ],
    // pdf.js's worker and the parse and Word workers are files of the build.
    ["worker-src 'self'"],
    // MSAL renews a token in a hidden frame that signs in at Entra and lands on redirect.html.
    ["frame-src 'self'", LOGIN],
    ["object-src 'none'"],
    ["base-uri 'self'"],
    ["form-action 'self'"],
  ]
    .map((words) => [...new Set(words)].join(' '))
    .join('; ');
}

/**
 * The policy as a response header: the page's policy and who may frame the tab. 'self': MSAL's hidden
 * frame renewing a token shows redirect.html inside the tab.
 */
function headerPolicy(pagePolicy) {
  return `${pagePolicy}; frame-ancestors 'self' ${TEAMS_FRAME_ANCESTORS.join(' ')}`;
}

/** The response headers of every file. */
function hostingHeaders(pagePolicy) {
  return { 'Content-Security-Policy': headerPolicy(pagePolicy), 'X-Content-Type-Options': 'nosniff' };
}

/** The page MSAL's popup returns to must never come from a cache (see README). */
const NO_STORE = { path: 'redirect.html', headers: { 'Cache-Control': 'no-store' } };

/** Azure Static Web Apps (learn.microsoft.com/azure/static-web-apps/configuration: globalHeaders, routes, mimeTypes). */
function staticWebAppConfig(headers) {
  const config = {
    globalHeaders: headers,
    routes: [{ route: `/${NO_STORE.path}`, headers: NO_STORE.headers }],
    mimeTypes: { '.mjs': 'text/javascript' },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const xmlAttribute = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const customHeaders = (headers, indent) =>
  Object.entries(headers)
    .map(([name, value]) => `${indent}<add name="${xmlAttribute(name)}" value="${xmlAttribute(value)}" />`)
    .join('\n');

/**
 * IIS (learn.microsoft.com/iis/configuration/system.webserver/httpprotocol/customheaders); IIS serves no
 * file type it does not know, and pdf.js's worker is an .mjs file.
 */
function webConfig(headers) {
  return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.webServer>
    <staticContent>
      <remove fileExtension=".mjs" />
      <mimeMap fileExtension=".mjs" mimeType="text/javascript" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
${customHeaders(headers, '        ')}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
  <location path="${NO_STORE.path}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
${customHeaders(NO_STORE.headers, '          ')}
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>
</configuration>
`;
}

/** Puts the policy first in the <head> of every page html-webpack-plugin writes, and writes the hosts' files. */
class HostingHeadersPlugin {
  constructor(settings) {
    this.policy = contentSecurityPolicy(settings);
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(NAME, (page) => {
        const meta = HtmlWebpackPlugin.createHtmlTagObject('meta', {
          'http-equiv': 'Content-Security-Policy',
          content: this.policy,
        });
        return { ...page, headTags: [meta, ...page.headTags] };
      });
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const headers = hostingHeaders(this.policy);
          compilation.emitAsset(
            'staticwebapp.config.json',
            new sources.RawSource(staticWebAppConfig(headers)),
          );
          compilation.emitAsset('web.config', new sources.RawSource(webConfig(headers)));
        },
      );
    });
  }
}

module.exports = { HostingHeadersPlugin, TEAMS_FRAME_ANCESTORS };
