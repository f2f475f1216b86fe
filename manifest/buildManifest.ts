// The Teams app manifest (schema v1.30, the newest the offline validator bundles) and its language files.
import { FIRST_TOKEN_SCOPES } from '../src/auth/msalTokenProvider';
import { TAB_ENTITY_ID } from '../src/teams/deepLink';
import type { AppSettings } from './appSettings';

export const MANIFEST_SCHEMA_VERSION = '1.30';

/**
 * The Graph scopes the nested-app-auth token is prefetched with: those of the tab's first token request,
 * in the same order (schema root-web-application-info-nested-app-auth-info).
 */
export const PREFETCH_SCOPES = [...FIRST_TOKEN_SCOPES];

const ACCENT = '#1F4E79';

/** The manifest for one deployment. Danish is the default language; English is a language file. */
export function buildManifest(settings: AppSettings): Record<string, unknown> {
  const host = settings.hostUrl.origin;
  const page = (path: string) => new URL(path, settings.hostUrl).toString();
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_SCHEMA_VERSION,
    version: settings.version,
    id: settings.appId,
    localizationInfo: {
      defaultLanguageTag: 'da',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    },
    developer: {
      name: 'Chefforum',
      websiteUrl: host,
      privacyUrl: page('privacy.html'),
      termsOfUseUrl: page('terms.html'),
    },
    name: { short: 'Chefforum', full: 'Chefforum – dagsordener, referater og beslutninger' },
    description: {
      short: 'Dagsordener, referater og beslutninger for Chefforum',
      full:
        'Chefforum viser den kommende dagsorden og tidligere referater fra teamets SharePoint-bibliotek, ' +
        'samler drøftelsen af hvert punkt i kanalen og følger op på beslutningerne på tværs af møder.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    staticTabs: [
      {
        // The same entityId as the configured tabs, so one deep link form serves both.
        entityId: TAB_ENTITY_ID,
        name: 'Chefforum',
        contentUrl: page('?host=teams&surface=personal'),
        websiteUrl: host,
        scopes: ['personal'],
      },
    ],
    configurableTabs: [
      {
        // The tab itself: in Teams' settings frame it shows its configuration page.
        configurationUrl: page('?view=config'),
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        // meetingStage: "Del på skærmen" shows the meeting's progress to the room (msteams-docs
        // apps-in-teams-meetings/build-apps-for-teams-meeting-stage.md; manifest schema v1.30 context).
        context: [
          'channelTab',
          'privateChatTab',
          'meetingChatTab',
          'meetingDetailsTab',
          'meetingSidePanel',
          'meetingStage',
        ],
        meetingSurfaces: ['sidePanel', 'stage'],
      },
    ],
    // Share to stage needs the meetingStage context and this resource-specific permission (msteams-docs
    // apps-in-teams-meetings/build-apps-for-teams-meeting-stage.md, "App manifest settings").
    authorization: {
      permissions: { resourceSpecific: [{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }] },
    },
    supportedChannelTypes: ['sharedChannels', 'privateChannels'],
    validDomains: [settings.hostUrl.host],
    webApplicationInfo: {
      id: settings.clientId,
      nestedAppAuthInfo: [
        { redirectUri: `brk-multihub://${settings.hostUrl.host}`, scopes: PREFETCH_SCOPES },
      ],
    },
  };
}

/** English strings for the manifest's Danish defaults. */
export function buildEnglishStrings(): Record<string, unknown> {
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': 'Chefforum',
    'name.full': 'Chefforum – agendas, minutes and decisions',
    'description.short': 'Agendas, minutes and decisions of Chefforum',
    'description.full':
      "Chefforum shows the coming agenda and past minutes from the team's SharePoint library, gathers the " +
      'discussion of each item in the channel and follows up decisions across meetings.',
    'staticTabs[0].name': 'Chefforum',
  };
}
