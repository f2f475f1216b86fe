// Composition root of the browser app: reads the settings, wires the adapters in, and picks the page.
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { devTokenProvider } from '../auth/devTokenProvider';
import { loadLibrary } from '../documents/loadLibrary';
import { readDocumentText } from '../documents/readDocumentText';
import { parseReferat } from '../domain/referat/parseReferat';
import { decisionSaver } from '../domain/decisions/decisionSaver';
import { channelDocumentSource } from '../graph/channelDocumentSource';
import { createGraphClient } from '../graph/createGraphClient';
import { getTeamSite } from '../graph/files';
import { GraphFailure } from '../graph/GraphFailure';
import { graphDecisionStore } from '../graph/graphDecisionStore';
import { App } from './app/App';
import { readAppConfig } from './app/appConfig';
import { indexedDbDecisionOutbox } from './app/indexedDbDecisionOutbox';
import { indexedDbMeetingCache } from './app/indexedDbMeetingCache';
import { isoDay } from './app/isoDay';
import type { DecisionServices } from './features/decisions/useDecisions';
import { themeFor } from './app/themes';
import type { Place } from './features/library/LibraryPage';
import { languageOf, stringsFor } from './strings/strings';

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

const params = new URLSearchParams(window.location.search);
const language = languageOf(params.get('lang'), navigator.languages);
const strings = stringsFor(language);
document.documentElement.lang = language;

/** The address of a place in the archive, keeping the page's other settings (language, theme …). */
function href(place: Place, view: 'agenda' | 'opfolgning' = 'agenda'): string {
  const next = new URLSearchParams(window.location.search);
  next.delete('meeting');
  next.delete('point');
  next.delete('view');
  if (view === 'opfolgning') next.set('view', view);
  if (place.meeting) next.set('meeting', place.meeting);
  if (place.point !== null) next.set('point', String(place.point));
  return `?${next.toString()}`;
}

function page() {
  if (params.get('view') === 'file') {
    const readMeeting = async (bytes: Uint8Array, fileName: string) =>
      parseReferat(await readDocumentText(bytes, fileName));
    return <OpenDocument readMeeting={readMeeting} strings={strings} language={language} />;
  }
  const config = readAppConfig(params);
  if ('missing' in config) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{strings.missingSettings(config.missing.join(', '))}</MessageBarBody>
      </MessageBar>
    );
  }
  const token = config.devUser
    ? devTokenProvider(config.devUser)
    : async () => Promise.reject(new GraphFailure('unauthenticated', 'Sign-in is not set up in this build.'));
  const connection = createGraphClient({
    baseUrl: config.graphBaseUrl,
    token,
    retry: { maxAttempts: 3, baseDelayMs: 300 },
  });
  const source = channelDocumentSource(connection, { teamId: config.teamId, channelId: config.channelId });
  const store = graphDecisionStore(connection, async () => (await getTeamSite(connection, config.teamId)).id);
  const decisions: DecisionServices = {
    store,
    saver: decisionSaver(store, indexedDbDecisionOutbox(), () => Date.now()),
    retryAfterMs: 5000,
  };
  const today = isoDay(new Date());
  if (params.get('view') === 'opfolgning') {
    return (
      <FollowUpPage
        services={decisions}
        strings={strings}
        language={language}
        today={today}
        pointHref={(date, number) => href({ meeting: date, point: number }, 'agenda')}
        agendaHref={href({ meeting: null, point: null }, 'agenda')}
      />
    );
  }
  const cache = indexedDbMeetingCache();
  const load = () => loadLibrary(source, cache);
  const point = Number(params.get('point'));
  const place: Place = {
    meeting: params.get('meeting'),
    point: Number.isInteger(point) && point > 0 ? point : null,
  };
  return (
    <LibraryPage
      load={load}
      strings={strings}
      language={language}
      place={place}
      href={href}
      now={() => new Date()}
      decisions={decisions}
      followUpHref={href({ meeting: null, point: null }, 'opfolgning')}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <App theme={themeFor(params.get('theme'))} language={language}>
    <Suspense fallback={<Spinner label={strings.loadingLibrary} />}>{page()}</Suspense>
  </App>,
);
