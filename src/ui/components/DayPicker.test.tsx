/** @jest-environment jsdom */
// The day field: typed and shown day first, a calendar button named for what it does (not by the day
// in the field), and nothing that makes Tabster put focusable aria-hidden bumpers on the page (axe's
// serious aria-hidden-focus, which Fluent's DatePicker caused on every view with a day field).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { da } from '../../strings/da';
import { DayPicker } from './DayPicker';

function Form({ initial, changes }: { initial: string | null; changes: (string | null)[] }) {
  const [value, setValue] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <DayPicker
        label="Frist"
        value={value}
        strings={da}
        onChange={(day) => {
          changes.push(day);
          setValue(day);
        }}
      />
    </FluentProvider>
  );
}

it('names the calendar button "Vælg dato", not by the day in the field', () => {
  render(<Form initial="2022-04-05" changes={[]} />);
  expect(screen.getByRole('textbox', { name: 'Frist' })).toHaveProperty('value', '05.04.2022');
  expect(screen.getByRole('button', { name: 'Vælg dato' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: /05\.04\.2022/ })).toBeNull();
});

it('puts no focusable hidden element on the page (axe aria-hidden-focus)', async () => {
  render(<Form initial="2022-04-05" changes={[]} />);
  await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
  const hiddenFocusable = [...document.querySelectorAll('[aria-hidden="true"]')].filter(
    (element) =>
      element.matches('[tabindex]:not([tabindex="-1"])') || element.querySelector('[tabindex="0"]'),
  );
  expect(hiddenFocusable).toEqual([]);
});

it.each([
  ['5. april 2022', '2022-04-05', '05.04.2022'],
  ['5.4.2022', '2022-04-05', '05.04.2022'],
  ['', null, ''],
])('reads «%s» as %s and shows it as «%s»', (typed, day, shown) => {
  const changes: (string | null)[] = [];
  render(<Form initial="2022-01-01" changes={changes} />);
  const field = screen.getByRole('textbox', { name: 'Frist' });
  fireEvent.change(field, { target: { value: typed } });
  fireEvent.blur(field);
  expect(changes).toEqual([day]);
  expect(field).toHaveProperty('value', shown);
});

it('says a text that is no day is invalid, and keeps the day', () => {
  const changes: (string | null)[] = [];
  render(<Form initial="2022-01-01" changes={changes} />);
  const field = screen.getByRole('textbox', { name: 'Frist' });
  fireEvent.change(field, { target: { value: '31.02.2022' } });
  fireEvent.keyDown(field, { key: 'Enter' });
  expect(changes).toEqual([]);
  expect(screen.getByText(da.dateInvalid)).toBeTruthy();
});

it('opens a Danish calendar below the field, takes the day chosen and closes', () => {
  const changes: (string | null)[] = [];
  render(<Form initial="2022-04-05" changes={changes} />);
  const button = screen.getByRole('button', { name: 'Vælg dato' });
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const calendar = screen.getByRole('group', { name: 'Kalender' });
  expect(within(calendar).getAllByRole('columnheader')[0]!.textContent).toBe('man');
  fireEvent.click(within(calendar).getByRole('button', { name: /^14, april, 2022/ }));
  expect(changes).toEqual(['2022-04-14']);
  expect(screen.getByRole('textbox', { name: 'Frist' })).toHaveProperty('value', '14.04.2022');
  expect(screen.queryByRole('group', { name: 'Kalender' })).toBeNull();
});
