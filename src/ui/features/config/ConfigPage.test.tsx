/** @jest-environment jsdom */
// The configuration page says how many documents the chosen folder holds, year folders included.
import { render, screen } from '@testing-library/react';
import { da } from '../../../strings/da';
import { ConfigPage } from './ConfigPage';

describe('ConfigPage', () => {
  it('shows how many documents it found in the folder and its subfolders', async () => {
    const checkFolder = jest.fn(async () => ({ found: true, channelFolderName: 'Generelt', documents: 500 }));
    render(
      <ConfigPage
        strings={da}
        initial={{ subfolder: 'Referater', listName: 'Chefforum beslutninger' }}
        checkFolder={checkFolder}
        setValid={() => undefined}
        registerSave={() => undefined}
      />,
    );
    expect(await screen.findByText(/500 dokumenter fundet, undermapper medregnet\./)).toBeTruthy();
    expect(checkFolder).toHaveBeenCalledWith('Referater');
  });
});
