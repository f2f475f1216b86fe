// Composition root of the browser app: reads the settings, wires the adapters in, and picks the page.
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { devTokenProvider } from '../auth/devTokenProvider';
import { loadLibrary } from '../documents/loadLibrary';
import { readDocumentText } from '../documents/readDocumentText';
import { parseReferat } from '../domain/referat/parseReferat';
import { channelDocumentSource } from '../graph/channelDocumentSource';
import { createGraphClient } from '../graph/createGraphClient';
import { GraphFailure } from '../graph/GraphFailure';
import { App } from './app/App';
import { readAppConfig } from './app/appConfig';
import { indexedDbMeetingCache } from './app/indexedDbMeetingCache';
import { themeFor } from './app/themes';
import type { Place } from './features/library/LibraryPage';
import { languageOf, stringsFor } from './strings/strings';

// The pages load as chunks of their own, so the first paint needs only React and the Fluent shell.
const LibraryPage = lazy(async () => ({
  default: (await import('./features/library/LibraryPage')).LibraryPage,
}));
const OpenDocument = lazy(async () => ({
  default: (await import('./features/openDocument/OpenDocument')).OpenDocument,
}));

const params = new URLSearchParams(window.location.search);
const language = languageOf(params.get('lang'), navigator.languages);
const strings = stringsFor(language);
document.documentElement.lang = language;

/** The address of a place in the archive, keeping the page's other settings (language, theme …). */
function href(place: Place): string {
  const next = new URLSearchParams(window.location.search);
  next.delete('meeting');
  next.delete('point');
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
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <App theme={themeFor(params.get('theme'))} language={language}>
    <Suspense fallback={<Spinner label={strings.loadingLibrary} />}>{page()}</Suspense>
  </App>,
);
