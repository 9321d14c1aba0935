import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import descriptorsWorkflow from '../../test/fixtures/descriptors.json';
import { descriptors, index } from '../../test/fixtures';
import { readDocument } from '../state/document';
import { usePalette } from '../state/palette';
import { useEditor } from '../state/store';
import { ConnectDialog } from './ConnectDialog';
import { Palette } from './Palette';

beforeEach(() => {
  usePalette.setState({ descriptors, index, loaded: true, error: null });
  const doc = readDocument(descriptorsWorkflow);
  doc.edges = doc.edges.filter((e) => e.to !== 'rejected.in');
  useEditor.getState().load(doc);
});

describe('connect to… dialog', () => {
  it('lists only compatible free ports and connects the chosen one', () => {
    const onClose = vi.fn();
    const onConnected = vi.fn();
    render(<ConnectDialog nodeId="descriptors" onClose={onClose} onConnected={onConnected} />);
    const dialog = screen.getByTestId('connect-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    const choices = [...dialog.querySelectorAll('[data-testid^="connect-choice-"]')].map((b) => b.getAttribute('data-testid'));
    expect(choices).toEqual(['connect-choice-descriptors.out-rejected.in', 'connect-choice-descriptors.failure-rejected.in']);
    fireEvent.click(screen.getByTestId('connect-choice-descriptors.out-rejected.in'));
    expect(useEditor.getState().graph.edges).toContainEqual({ from: 'descriptors.out', to: 'rejected.in' });
    expect(onConnected).toHaveBeenCalledWith('Connected descriptors.out to rejected.in.');
    expect(onClose).toHaveBeenCalled();
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(<ConnectDialog nodeId="read" onClose={onClose} onConnected={() => undefined} />);
    fireEvent.keyDown(screen.getByTestId('connect-dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});

describe('palette component', () => {
  it('shows categories, filters by search and inserts the chosen type', () => {
    const onInsert = vi.fn();
    render(<Palette onInsert={onInsert} />);
    expect(screen.getByTestId('palette-item-retort.chem.pains')).toBeTruthy();
    fireEvent.change(screen.getByTestId('palette-search'), { target: { value: 'smiles' } });
    expect(screen.queryByTestId('palette-item-retort.chem.pains')).toBeNull();
    fireEvent.click(screen.getByTestId('palette-item-retort.io.import-smiles'));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ id: 'retort.io.import-smiles', version: '1.0.0' }));
  });
});
