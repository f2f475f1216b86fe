/** @jest-environment jsdom */
// The conflict dialog says who changed the decision and when (the list item's lastModifiedBy and
// lastModifiedDateTime: microsoft-graph-docs-contrib api-reference/v1.0/resources/listitem.md), and
// its first, primary choice is the safe one: merge, which overwrites nobody.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { decisionKey, type Decision } from '../../../domain/decisions/decision';
import { DecisionConflict } from '../../../domain/decisions/DecisionStore';
import { da } from '../../../strings/da';
import { ConflictDialog } from './ConflictDialog';

const mine: Decision = {
  key: decisionKey('2025-10-30', 3),
  meetingDate: '2025-10-30',
  itemNumber: 3,
  title: 'Budget 2026',
  caseNumber: null,
  recommendations: [],
  outcomes: [],
  decision: 'Sekretærens tekst.',
  owner: null,
  deadline: null,
  status: 'Grøn',
  sourceUrl: null,
  threadId: null,
};
const theirs = {
  id: '7',
  eTag: '"x,2"',
  decision: { ...mine, decision: 'Direktørens rettelse.' },
  modifiedBy: 'Kommunaldirektøren',
  modifiedAt: '2025-11-05T09:42:00Z',
};

function show(stored = theirs, base: Decision | null = null, edited = mine) {
  const chosen: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ConflictDialog
        conflict={new DecisionConflict(edited, stored)}
        base={base}
        strings={da}
        language="da"
        onChoose={(choice) => chosen.push(choice)}
      />
    </FluentProvider>,
  );
  return chosen;
}

it('says who changed the decision and when, as a Danish date', () => {
  show();
  const dialog = screen.getByRole('alertdialog');
  expect(dialog.textContent).toMatch(/Kommunaldirektøren ændrede den 5\. november 2025 kl\. \d\d\.\d\d\./);
  expect(dialog.textContent).not.toMatch(/2025-11-05/);
});

it('says there is no owner in words, not with dashes', () => {
  show();
  const mineShown = within(screen.getByRole('region', { name: da.conflictMine })).getByText(da.noOwner);
  expect(mineShown.tagName).toBe('DD');
  expect(screen.getByRole('alertdialog').textContent).not.toContain('– –');
});

it('says so when the list does not tell who changed it', () => {
  show({ ...theirs, modifiedBy: null, modifiedAt: null } as unknown as typeof theirs);
  expect(screen.getByRole('alertdialog').textContent).toContain(da.conflictChangedByUnknown);
});

it('offers merge first, as the primary choice; overwriting the other is last', () => {
  const chosen = show();
  const buttons = within(screen.getByRole('alertdialog')).getAllByRole('button');
  expect(buttons.map((each) => each.textContent)).toEqual([da.merge, da.takeTheirs, da.keepMine]);
  fireEvent.click(buttons[0]!);
  expect(chosen).toEqual(['merge']);
});

describe('what each changed', () => {
  const base = { ...mine, decision: 'Chefforum godkendte planen. Sagen genoptages i maj.' };
  const version = (name: string) => screen.getByRole('region', { name });
  const marked = (name: string, tag: 'ins' | 'del') =>
    [...version(name).querySelectorAll(tag)].map((each) => each.textContent);

  it('marks the words each side changed as text, not by colour alone, and says no words clash', () => {
    show(
      { ...theirs, decision: { ...base, decision: 'Chefforum godkendte planen. Sagen genoptages i juni.' } },
      base,
      { ...base, decision: 'Chefforum godkendte ikke planen. Sagen genoptages i maj.' },
    );
    expect(marked(da.conflictMine, 'ins')).toEqual([`${da.diffAdded} ikke `]);
    expect(marked(da.conflictTheirs, 'del')).toEqual([`${da.diffRemoved} maj`]);
    expect(marked(da.conflictTheirs, 'ins')).toEqual([`${da.diffAdded} juni`]);
    expect(screen.getByRole('alertdialog').textContent).toContain(da.conflictNoClash);
  });

  it('says where both changed the same words, with both versions', () => {
    show(
      { ...theirs, decision: { ...base, decision: 'Chefforum godkendte planen. Sagen genoptages i juni.' } },
      base,
      { ...base, decision: 'Chefforum godkendte planen. Sagen genoptages i august.' },
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain(da.conflictClashes);
    expect(within(dialog).getByRole('listitem').textContent).toBe(da.conflictClash('maj', 'august', 'juni'));
  });
});
