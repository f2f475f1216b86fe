// Days typed as a Danish municipality writes them.
import { numericDay, parseDanishDay } from './danishDay';

describe('a typed day', () => {
  it.each([
    ['05.11.2025', '2025-11-05'],
    ['5.11.2025', '2025-11-05'],
    [' 5-11-2025 ', '2025-11-05'],
    ['5/11/2025', '2025-11-05'], // day first, never the browser's mm/dd/yyyy
    ['5. november 2025', '2025-11-05'],
    ['5. November  2025', '2025-11-05'],
    ['5 November 2025', '2025-11-05'],
    ['29.02.2024', '2024-02-29'],
  ])('"%s" is %s', (text, iso) => {
    expect(parseDanishDay(text)).toBe(iso);
  });

  it.each(['31.02.2025', '11/31/2025', '2025-11-05', '5. novembre 2025', '', 'i morgen'])(
    '"%s" is no day',
    (text) => {
      expect(parseDanishDay(text)).toBeNull();
    },
  );

  it.each([
    ['2025-11-05', '05.11.2025'],
    ['2026-01-15', '15.01.2026'],
  ])('%s is written %s', (iso, text) => {
    expect(numericDay(iso)).toBe(text);
    expect(parseDanishDay(numericDay(iso))).toBe(iso);
  });
});
