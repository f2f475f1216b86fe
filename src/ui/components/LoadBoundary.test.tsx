/** @jest-environment jsdom */
// A part of the tab whose code cannot be fetched shows a message and a retry, not a blank tab; the
// retry fetches it again.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { LoadBoundary } from './LoadBoundary';
import { retryableLazy } from './retryableLazy';

function Greeting({ name }: { name: string }) {
  return <p>Goddag {name}</p>;
}

function renderFlaky(failures: number) {
  let loads = 0;
  const flaky = retryableLazy(async () => {
    loads += 1;
    if (loads <= failures) throw new Error('ChunkLoadError: Loading chunk 153 failed.');
    return Greeting;
  });
  render(
    <LoadBoundary message="Beslutningsfeltet kunne ikke hentes." retryLabel="Prøv igen" onRetry={flaky.retry}>
      <Suspense fallback={<p>Åbner …</p>}>
        <flaky.Component name="sekretær" />
      </Suspense>
    </LoadBoundary>,
  );
  return { loads: () => loads };
}

beforeEach(() => {
  // React reports an error a boundary caught on console.error; that report is expected here.
  // eslint-disable-next-line no-console -- the one console call React makes, silenced on purpose
  jest.mocked(console.error).mockImplementation(() => undefined);
});

it('shows what could not be fetched, and the part itself once a retry fetches it', async () => {
  const { loads } = renderFlaky(1);
  await screen.findByText('Beslutningsfeltet kunne ikke hentes.');
  expect(screen.queryByText(/Goddag/)).toBeNull();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' })));
  await screen.findByText('Goddag sekretær');
  expect(screen.queryByText('Beslutningsfeltet kunne ikke hentes.')).toBeNull();
  expect(loads()).toBe(2);
});

it('says so again when the retry fails too, and keeps offering it', async () => {
  const { loads } = renderFlaky(2);
  await screen.findByText('Beslutningsfeltet kunne ikke hentes.');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' })));
  await screen.findByText('Beslutningsfeltet kunne ikke hentes.');
  expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeTruthy();
  expect(loads()).toBe(2);
});

it('shows the part at once when it loads, without a message', async () => {
  renderFlaky(0);
  await screen.findByText('Goddag sekretær');
  expect(screen.queryByRole('button')).toBeNull();
});
