// Composition root of the browser app: reads the settings from the URL and wires the adapters in.
import { createRoot } from 'react-dom/client';
import { readDocumentText } from '../documents/readDocumentText';
import { parseReferat } from '../domain/referat/parseReferat';
import { App } from './app/App';
import { themeFor } from './app/themes';
import { languageOf } from './strings/strings';

const params = new URLSearchParams(window.location.search);
const language = languageOf(params.get('lang'), navigator.languages);
document.documentElement.lang = language;

const readMeeting = async (bytes: Uint8Array, fileName: string) =>
  parseReferat(await readDocumentText(bytes, fileName));

createRoot(document.getElementById('root')!).render(
  <App theme={themeFor(params.get('theme'))} language={language} readMeeting={readMeeting} />,
);
