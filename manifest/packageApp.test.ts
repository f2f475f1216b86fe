import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { AppSettingsError, readAppSettings } from './appSettings';
import { buildEnglishStrings, buildManifest } from './buildManifest';
import {
  InvalidPackageError,
  iconProblems,
  packageApp,
  validateLanguageFile,
  validateManifest,
} from './packageApp';

const env = {
  CHEFFORUM_APP_ID: '0b9c2f3e-8f43-4d7a-9a55-1c2d3e4f5a6b',
  CHEFFORUM_CLIENT_ID: '5f1d2c3b-4a59-4e6f-8071-92a3b4c5d6e7',
  CHEFFORUM_HOST_URL: 'https://chefforum.example.dk/tab/',
};
const settings = readAppSettings(env, '1.2.3');
const assets = path.resolve(__dirname, '../assets');

function png(width: number, height: number, rgba: [number, number, number, number]): Uint8Array {
  const image = new PNG({ width, height });
  for (let at = 0; at < image.data.length; at += 4) image.data.set(rgba, at);
  return new Uint8Array(PNG.sync.write(image));
}

describe('the Teams app manifest', () => {
  it('validates against the official v1.30 schema, offline', async () => {
    expect(await validateManifest(buildManifest(settings))).toEqual([]);
    expect(await validateLanguageFile(buildEnglishStrings())).toEqual([]);
  });

  it('is checked for real: a wrong tab context is reported', async () => {
    const manifest = buildManifest(settings);
    const tabs = manifest.configurableTabs as { context: string[] }[];
    tabs[0]!.context = ['channelTab', 'somewhereElse'];
    expect((await validateManifest(manifest)).join('\n')).toMatch(/context/);
  });

  it('has a personal tab, a configurable tab for channels, chats and the meeting side panel, and nested app auth', () => {
    const manifest = buildManifest(settings);
    expect(manifest).toMatchObject({
      id: env.CHEFFORUM_APP_ID,
      version: '1.2.3',
      staticTabs: [
        { scopes: ['personal'], contentUrl: 'https://chefforum.example.dk/tab/?host=teams&surface=personal' },
      ],
      configurableTabs: [
        {
          configurationUrl: 'https://chefforum.example.dk/tab/?view=config',
          scopes: ['team', 'groupChat'],
          context: expect.arrayContaining(['channelTab', 'privateChatTab', 'meetingSidePanel']),
        },
      ],
      validDomains: ['chefforum.example.dk'],
      webApplicationInfo: {
        id: env.CHEFFORUM_CLIENT_ID,
        nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://chefforum.example.dk' }],
      },
      localizationInfo: {
        defaultLanguageTag: 'da',
        additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
      },
    });
  });

  it('can be shared to the meeting stage: meetingStage context, stage surface, MeetingStage.Write.Chat', async () => {
    // msteams-docs apps-in-teams-meetings/build-apps-for-teams-meeting-stage.md, "App manifest settings".
    const manifest = buildManifest(settings);
    expect(manifest).toMatchObject({
      configurableTabs: [
        {
          context: expect.arrayContaining(['meetingSidePanel', 'meetingStage']),
          meetingSurfaces: ['sidePanel', 'stage'],
        },
      ],
      authorization: {
        permissions: { resourceSpecific: [{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }] },
      },
    });
    expect(await validateManifest(manifest)).toEqual([]);
  });
});

describe('the app package', () => {
  it('holds the manifest, the English strings and two icons of the right sizes', async () => {
    const zip = await JSZip.loadAsync(await packageApp(settings, assets));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    const size = async (file: string) => {
      const image = PNG.sync.read(Buffer.from(await zip.file(file)!.async('uint8array')));
      return [image.width, image.height];
    };
    expect(await size('color.png')).toEqual([192, 192]);
    expect(await size('outline.png')).toEqual([32, 32]);
  });

  it('refuses icons of the wrong size or an outline that is not white on transparent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icons-'));
    writeFileSync(path.join(dir, 'color.png'), png(100, 100, [31, 78, 121, 255]));
    writeFileSync(path.join(dir, 'outline.png'), readFileSync(path.join(assets, 'color.png')));
    await expect(packageApp(settings, dir)).rejects.toThrow(InvalidPackageError);
    await expect(packageApp(settings, dir)).rejects.toThrow(/color\.png is 100×100; Teams needs 192×192/);
    expect(iconProblems('outline.png', png(32, 32, [0, 0, 0, 255]), 32, 32)).toEqual([
      'outline.png must be white on a transparent background.',
    ]);
    expect(iconProblems('outline.png', new Uint8Array([1, 2, 3]), 32, 32)).toEqual([
      'outline.png is not a PNG image.',
    ]);
  });
});

describe('the package settings', () => {
  it.each([
    [{}, ['CHEFFORUM_APP_ID is not set', 'CHEFFORUM_CLIENT_ID is not set', 'CHEFFORUM_HOST_URL is not set']],
    [{ ...env, CHEFFORUM_APP_ID: 'chefforum' }, ['CHEFFORUM_APP_ID is "chefforum", which is not a GUID.']],
    [{ ...env, CHEFFORUM_HOST_URL: 'http://chefforum.example.dk' }, ['Teams only loads tabs over https']],
    [{ ...env, CHEFFORUM_HOST_URL: 'chefforum' }, ['which is not a URL']],
  ])('%j fails with a clear message naming every problem', (given, fragments) => {
    let error: unknown;
    try {
      readAppSettings(given, '1.0.0');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppSettingsError);
    for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
    expect((error as AppSettingsError).problems).toHaveLength(fragments.length);
  });
});

describe('the English language file', () => {
  it('is checked for real: an unknown key is reported', async () => {
    expect(await validateLanguageFile({ ...buildEnglishStrings(), 'name.shrot': 'Chefforum' })).not.toEqual(
      [],
    );
  });
});
