/** @jest-environment jsdom */
// The decision editor in Danish: every accessible name Danish (Fluent names some parts in English by
// itself: the owner picker's chevron "Open Ansvarlig", the date picker's button by the date), and the
// status field says its value once.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { recordedDecision } from '../../../domain/testing/decisionBuilders';
import { da } from '../../../strings/da';
import { DecisionEditor } from './DecisionEditor';

async function show() {
  render(
    <FluentProvider theme={webLightTheme}>
      <DecisionEditor
        point={{
          read: null,
          draft: recordedDecision('2022-03-10', 4, { deadline: '2022-04-05', status: 'Gul' }),
          phase: 'unsaved',
          failure: null,
          conflict: null,
        }}
        strings={da}
        onEdit={() => {}}
        onSave={() => {}}
        pendingText=""
        ownerOptions={{ suggestions: [{ id: null, name: 'Cheferne' }], directory: null }}
      />
    </FluentProvider>,
  );
  // Fluent names the owner picker's chevron in an effect after the first render.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

it('names every control in Danish: no "Open", and the calendar button by what it does', async () => {
  await show();
  const names = [...document.querySelectorAll('[aria-label]')].map((each) => each.getAttribute('aria-label'));
  expect(names.filter((name) => /\b(Open|Close|Remove|Calendar|Clear)\b/.test(name ?? ''))).toEqual([]);
  expect(screen.getByRole('button', { name: da.ownerSuggestionsOpen })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Vælg dato' })).toBeTruthy();
});

it('says the status once: no hint repeating the option chosen', async () => {
  await show();
  const status = screen.getByRole('combobox', { name: 'Status' });
  const described = (status.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '');
  expect(described).not.toContain(da.statusHelp.Gul);
  expect(document.body.textContent?.split(da.statusHelp.Gul)).toHaveLength(2); // the option alone
});
