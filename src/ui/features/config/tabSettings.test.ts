import { isValidListName, tabSettingsOf, withTabSettings } from './tabSettings';

describe('tab settings', () => {
  it.each([
    ['Chefforum beslutninger', true],
    ['Beslutninger 2027', true],
    ['', false],
    ['   ', false],
    ['Beslutninger/2027', false],
    ['Hvad? Hvornår?', false],
    ['a'.repeat(256), false],
  ])('list name %j is valid: %s', (name, valid) => {
    expect(isValidListName(name)).toBe(valid);
  });

  it('writes the settings into the tab address and reads them back, keeping the rest', () => {
    const url = withTabSettings('https://tab.kommune.dk/index.html?lang=da&list=old', {
      subfolder: ' Referater/2027 ',
      listName: 'Beslutninger & opfølgning',
    });
    const params = new URL(url).searchParams;
    expect(params.get('lang')).toBe('da');
    expect(tabSettingsOf(params, 'Chefforum beslutninger')).toEqual({
      subfolder: 'Referater/2027',
      listName: 'Beslutninger & opfølgning',
    });
    expect(tabSettingsOf(new URLSearchParams(''), 'Chefforum beslutninger')).toEqual({
      subfolder: '',
      listName: 'Chefforum beslutninger',
    });
  });
});
