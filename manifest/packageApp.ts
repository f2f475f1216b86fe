// Builds the sideloadable Teams app package: manifest.json, en.json and the two icons in one zip,
// after validating the manifest against the official JSON schema bundled in @microsoft/app-manifest
// (offline: that package loads its own copy of the v1.30 schema instead of downloading it).
import { AppManifestUtils } from '@microsoft/app-manifest';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { AppSettings } from './appSettings';
import { buildEnglishStrings, buildManifest, MANIFEST_SCHEMA_VERSION } from './buildManifest';

const ICONS = [
  { file: 'color.png', width: 192, height: 192 },
  { file: 'outline.png', width: 32, height: 32 },
] as const;

export class InvalidPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package is not valid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'InvalidPackageError';
  }
}

type Validated = Parameters<typeof AppManifestUtils.validateAgainstSchema>;

/** Every schema error of the manifest, as sentences; empty when it is valid. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  // The library's type is the union of all manifest kinds; ours is a plain JSON object of the Teams kind.
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as Validated[0]);
}

/**
 * Every schema error of a language file, checked against the bundled localization schema. Its
 * patterns are not valid in Unicode mode, which the library's own validator insists on, so this uses
 * a draft-04 validator without it.
 */
export async function validateLanguageFile(strings: Record<string, unknown>): Promise<string[]> {
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = path.join(
    packageDir,
    `build/json-schemas/teams/v${MANIFEST_SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`,
  );
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(await readFile(schemaFile, 'utf8')) as object);
  if (validate(strings)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`,
  );
}

/** Checks an icon's pixel size (the schema cannot) and that the outline is transparent around white. */
export function iconProblems(file: string, bytes: Uint8Array, width: number, height: number): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch {
    return [`${file} is not a PNG image.`];
  }
  const problems: string[] = [];
  if (png.width !== width || png.height !== height) {
    problems.push(`${file} is ${png.width}×${png.height}; Teams needs ${width}×${height}.`);
  }
  if (file === 'outline.png' && !outlineIsWhiteOnTransparent(png)) {
    problems.push(`${file} must be white on a transparent background.`);
  }
  return problems;
}

function outlineIsWhiteOnTransparent(png: PNG): boolean {
  for (let at = 0; at < png.data.length; at += 4) {
    const [r, g, b, a] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!, png.data[at + 3]!];
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) return false;
  }
  return true;
}

/** The zip's bytes; throws InvalidPackageError listing every problem found. */
export async function packageApp(settings: AppSettings, assetsDir: string): Promise<Uint8Array> {
  const manifest = buildManifest(settings);
  const english = buildEnglishStrings();
  const problems = [...(await validateManifest(manifest)), ...(await validateLanguageFile(english))];
  const zip = new JSZip();
  for (const icon of ICONS) {
    const bytes = new Uint8Array(await readFile(path.join(assetsDir, icon.file)));
    problems.push(...iconProblems(icon.file, bytes, icon.width, icon.height));
    zip.file(icon.file, bytes);
  }
  if (problems.length > 0) throw new InvalidPackageError(problems);
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('en.json', JSON.stringify(english, null, 2));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
