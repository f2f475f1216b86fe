/** @jest-environment jsdom */
// Opfølgning with nothing to list: with no filter set it says there is nothing yet, not that nothing
// "matches" a filter nobody set; with a filter set it says nothing matches.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { decisionSaver } from '../../../domain/decisions/decisionSaver';
import { memoryDraftStore } from '../../../domain/decisions/DraftStore';
import { memoryDecisionOutbox } from '../../../domain/decisions/memoryDecisionOutbox';
import { memoryDecisionStore } from '../../../domain/decisions/memoryDecisionStore';
import { isFiltered } from '../../../domain/decisions/followUps';
import { da } from '../../../strings/da';
import { FollowUpPage } from './FollowUpPage';

it('says there are no decisions yet when the list is empty and no filter is set', async () => {
  const store = memoryDecisionStore();
  render(
    <FluentProvider theme={webLightTheme}>
      <FollowUpPage
        services={{
          store,
          saver: decisionSaver(store, memoryDecisionOutbox(), () => 0),
          drafts: memoryDraftStore(),
          clock: () => 0,
          teamRole: null,
        }}
        strings={da}
        language="da"
        today="2026-11-25"
        pointHref={() => '#'}
        agendaHref="#"
      />
    </FluentProvider>,
  );
  const status = await screen.findByRole('status');
  expect(status.textContent).toBe(da.noFollowUpsYet);
});

it.each([
  ['no filter', { owner: '', status: 'open', dueBy: null }, false],
  ['only spaces as owner', { owner: '  ', status: 'open', dueBy: null }, false],
  ['an owner', { owner: 'Cheferne', status: 'open', dueBy: null }, true],
  ['a status', { owner: '', status: 'Gul', dueBy: null }, true],
  ['a due date', { owner: '', status: 'open', dueBy: '2026-12-01' }, true],
] as const)('%s: filtered is %s', (_name, filter, expected) => {
  expect(isFiltered(filter)).toBe(expected);
});
