// Fluent's date picker reads and writes days as a Danish municipality does, and in English day first.
import { da } from '../../strings/da';
import { en } from '../../strings/en';
import { dateOfIso, dayPickerFormat, isoOfDate } from './dayPickerFormat';

describe('the date picker in Danish', () => {
  const format = dayPickerFormat(da);

  it.each(['05.11.2025', '5.11.2025', '5. november 2025', '5 November 2025'])(
    'reads "%s" as 5 November 2025',
    (text) => {
      const date = format.parseDateFromString(text);
      expect(date && isoOfDate(date)).toBe('2025-11-05');
    },
  );

  it.each(['11/31/2025', '31.02.2025', '2025-11-05', 'i morgen'])('says "%s" is no day', (text) => {
    expect(format.parseDateFromString(text)).toBeNull();
  });

  it('shows a chosen day as 05.11.2025 and labels it 5. november 2025', () => {
    const date = dateOfIso('2025-11-05')!;
    expect(format.formatDate(date)).toBe('05.11.2025');
    expect(format.dateTimeFormatter.formatMonthDayYear(date, da.calendar)).toBe('5. november 2025');
    expect(format.dateTimeFormatter.formatMonthYear(date, da.calendar)).toBe('november 2025');
  });
});

describe('the date picker in English', () => {
  it('shows a chosen day as 05/11/2025, day first, and reads it back', () => {
    const format = dayPickerFormat(en);
    const date = dateOfIso('2025-11-05')!;
    expect(format.formatDate(date)).toBe('05/11/2025');
    expect(isoOfDate(format.parseDateFromString('05/11/2025')!)).toBe('2025-11-05');
    expect(format.dateTimeFormatter.formatMonthDayYear(date, en.calendar)).toBe('5 November 2025');
  });
});
