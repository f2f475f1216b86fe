// Composition root of the browser app: finds out whether Teams hosts the tab (and in which frame: the
// configuration page, removal, a channel or personal tab, a meeting side panel), reads the settings,
// wires the adapters in, and picks the page.
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLibrary } from '../app/loadLibrary';
import { readMeeting } from '../app/readMeeting';
import { readDocumentText } from '../documents/readDocumentText';
import { connectTeams, type TeamsHost } from '../teams/connectTeams';
import { placeOfSubPageId, TAB_ENTITY_ID } from '../teams/deepLink';
import { App } from './app/App';
import { LoadBoundary } from './components/LoadBoundary';
import { type AppConfig, extraHostOrigins, readAppConfig } from './app/appConfig';
import { isoDay } from './app/isoDay';
import { createTabServices, type TabServices } from './app/tabServices';
import { withTabSettings } from './features/config/tabSettings';
import type { Place } from './features/library/LibraryPage';
import type { LoadEntries } from './features/library/useLibrary';
import { parseInWorker } from './app/parseInWorker';
import { languageOf, type Strings, stringsFor } from '../strings/strings';

// The pages load as chunks of their own, so the first paint needs only React and the Fluent shell.
const LibraryPage = lazy(async () => ({
  default: (await import('./features/library/LibraryPage')).LibraryPage,
}));
const FollowUpPage = lazy(async () => ({
  default: (await import('./features/followUp/FollowUpPage')).FollowUpPage,
}));
const OpenDocument = lazy(async () => ({
  default: (await import('./features/openDocument/OpenDocument')).OpenDocument,
}));
const ConfigPage = lazy(async () => ({
  default: (await import('./features/config/ConfigPage')).ConfigPage,
}));
const RemovePage = lazy(async () => ({
  default: (await import('./features/config/RemovePage')).RemovePage,
}));

const params = new URLSearchParams(window.location.search);

/** The address of a place in the archive, keeping the page's other settings (language, theme …). */
function href(place: Place, view: 'agenda' | 'opfolgning' = 'agenda'): string {
  const next = new URLSearchParams(window.location.search);
  for (const name of ['meeting', 'point', 'view', 'q']) next.delete(name);
  if (view === 'opfolgning') next.set('view', view);
  if (place.meeting) next.set('meeting', place.meeting);
  if (place.point !== null) next.set('point', String(place.point));
  if (place.query) next.set('q', place.query);
  return `?${next.toString()}`;
}

/** Where the user asked to go: a Teams deep link's sub-page, else `?meeting=&point=`. */
function placeAsked(host: TeamsHost | null): Place {
  // A deep link's sub-page; else a pinned referat tab, whose entityId is its meeting's date.
  const deepLinked = placeOfSubPageId(host?.context.subPageId) ?? placeOfSubPageId(host?.context.entityId);
  if (deepLinked) return deepLinked;
  const point = Number(params.get('point'));
  return {
    meeting: params.get('meeting'),
    point: Number.isInteger(point) && point > 0 ? point : null,
    query: params.get('q') ?? '',
  };
}

function configPage(host: TeamsHost, config: AppConfig, services: TabServices, strings: Strings) {
  return (
    <ConfigPage
      strings={strings}
      initial={config.settings}
      checkFolder={services.checkFolder}
      setValid={host.setConfigValid}
      registerSave={(current) =>
        host.onConfigSave(async () => {
          const page = `${window.location.origin}${window.location.pathname}`;
          const contentUrl = withTabSettings(page, current());
          return {
            entityId: TAB_ENTITY_ID,
            contentUrl,
            websiteUrl: contentUrl,
            suggestedDisplayName: strings.tabName,
            // The page Teams shows when the tab is removed (its "remove" frame): the remove page.
            removeUrl: `${page}?view=remove`,
          };
        })
      }
    />
  );
}

function page(host: TeamsHost | null, strings: Strings, language: 'da' | 'en'): ReactNode {
  if (params.get('view') === 'file') {
    const read = (bytes: Uint8Array, fileName: string) => readMeeting(bytes, fileName, readDocumentText);
    return <OpenDocument readMeeting={read} strings={strings} language={language} />;
  }
  const config = readAppConfig(params, host?.context ?? null);
  if ('missing' in config) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {host ? strings.configNoTeam : strings.missingSettings(config.missing.join(', '))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const pointUrl = (meeting: string, point: number) =>
    new URL(href({ meeting, point }), window.location.href).toString();
  const services = createTabServices(config, host, {
    origin: window.location.origin,
    tabUrl: new URL(href({ meeting: null, point: null }), window.location.href).toString(),
    pointUrl,
    hostOrigins: extraHostOrigins(params),
  });
  if (host?.context.frame === 'settings') return configPage(host, config, services, strings);
  if (host?.context.frame === 'remove') return <RemovePage strings={strings} onRemove={host.onRemove} />;
  const today = isoDay(new Date());
  if (params.get('view') === 'opfolgning') {
    return (
      <FollowUpPage
        services={services.decisions}
        strings={strings}
        language={language}
        today={today}
        pointHref={(date, number) => href({ meeting: date, point: number })}
        agendaHref={href({ meeting: null, point: null })}
      />
    );
  }
  return libraryPage(host, services, strings, language, today);
}

/** The agenda and the archive, the library read current meeting first. */
function libraryPage(
  host: TeamsHost | null,
  services: TabServices,
  strings: Strings,
  language: 'da' | 'en',
  today: string,
): ReactNode {
  const place = placeAsked(host);
  const load: LoadEntries = (onUpdate, cancelled, firstDrawn) =>
    loadLibrary(services.source, services.libraryCache, {
      today,
      wanted: place.meeting,
      onUpdate,
      cancelled,
      parse: parseInWorker,
      afterFirst: firstDrawn,
      saved: { store: services.libraryCache.remembered, key: services.listingKey, now: () => new Date() },
    });
  return (
    <LibraryPage
      load={load}
      strings={strings}
      language={language}
      place={place}
      href={href}
      now={() => new Date()}
      decisions={services.decisions}
      followUpHref={href({ meeting: null, point: null }, 'opfolgning')}
      discussion={services.discussion}
      pinner={services.pinner}
      signIn={services.signIn}
      progress={services.progress}
      referat={services.referat}
      compact={host?.context.frame === 'sidePanel' || params.get('layout') === 'compact'}
    />
  );
}

/** Teams' host, or the reason it could not be reached (teams-js's code not fetched): shown, not a blank tab. */
async function hostOrFailure(): Promise<{ host: TeamsHost | null; failed: boolean }> {
  try {
    return { host: await connectTeams(extraHostOrigins(params)), failed: false };
  } catch (failure) {
    // eslint-disable-next-line no-console -- the one place this failure is told to a developer
    console.error('Chefforum: could not start inside Teams', failure);
    return { host: null, failed: true };
  }
}

async function start(): Promise<void> {
  const { host, failed } = await hostOrFailure();
  const language = languageOf(params.get('lang'), host ? [host.context.locale] : navigator.languages);
  const strings = stringsFor(language);
  document.documentElement.lang = language;
  createRoot(document.getElementById('root')!).render(
    <App
      theme={params.get('theme') ?? host?.context.theme ?? null}
      onThemeChange={host?.onThemeChange}
      language={language}
      compact={host?.context.frame === 'sidePanel'}
    >
      {/* A page whose code cannot be fetched (offline) or that fails to render: a message, not a blank tab. */}
      <LoadBoundary
        message={strings.pageUnavailable}
        retryLabel={strings.retry}
        onRetry={() => window.location.reload()}
        failed={failed}
      >
        <Suspense fallback={<Spinner label={strings.loadingLibrary} />}>
          {!failed && page(host, strings, language)}
        </Suspense>
      </LoadBoundary>
    </App>,
  );
}

void start();
