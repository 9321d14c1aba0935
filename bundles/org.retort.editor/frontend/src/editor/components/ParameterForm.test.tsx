import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { descriptor } from '../../test/fixtures';
import { formSchema, parametersFromForm, splitAdvanced, uiSchemaFor } from '../state/parameters';
import ParameterForm from './ParameterForm';

// Descriptors are GET /api/v1/nodes as a running Retort answered it (src/test/fixtures/nodes.json).

describe('parameter schema helpers', () => {
  it('drops $schema and $id so ajv does not look for the 2020-12 meta-schema', () => {
    const schema = formSchema(descriptor('retort.chem.deduplicate').parameters);
    expect(schema.$schema).toBeUndefined();
    expect(schema.$id).toBeUndefined();
    expect(Object.keys(schema.properties)).toEqual(['key', 'mode']);
  });

  it('puts parameters marked x-retort-advanced behind Advanced', () => {
    expect(splitAdvanced(descriptor('retort.io.import-smiles').parameters)).toEqual({ basic: ['path', 'header'], advanced: ['maxRecordLength'] });
  });

  it('offers upstream columns for x-retort-column-of parameters when known, free text otherwise', () => {
    const params = descriptor('retort.chem.deduplicate').parameters;
    expect(uiSchemaFor(params, { in: ['smiles', 'inchikey'] }).key).toEqual({ 'ui:widget': 'column', 'ui:options': { columns: ['smiles', 'inchikey'], port: 'in' } });
    expect(uiSchemaFor(params, {}).key).toMatchObject({ 'ui:help': expect.stringContaining("input 'in'") });
  });

  it('keeps only values that differ from the defaults, or that the document had', () => {
    const params = descriptor('retort.chem.deduplicate').parameters;
    expect(parametersFromForm(params, { key: 'inchikey', mode: 'FLAG' }, {})).toEqual({ mode: 'FLAG' });
    expect(parametersFromForm(params, { key: 'inchikey', mode: 'DROP' }, { mode: 'DROP' })).toEqual({ mode: 'DROP' });
    expect(parametersFromForm(params, { key: undefined, mode: 'DROP' }, {})).toEqual({});
  });
});

describe('the generated form', () => {
  it('shows defaults, enums as selects and the advanced section', async () => {
    render(<ParameterForm nodeId="read" schema={descriptor('retort.io.import-smiles').parameters} parameters={{ path: 'data/nci-500.smi' }} columnsByPort={{}} onChange={() => undefined} />);
    const path = await screen.findByLabelText(/File/i);
    expect((path as HTMLInputElement).value).toBe('data/nci-500.smi');
    const advanced = screen.getByTestId('config-advanced');
    expect(within(advanced).getByText(/Advanced \(1\)/)).toBeTruthy();
    const max = within(advanced).getByRole('spinbutton') as HTMLInputElement;
    expect(max.value).toBe('10000000');
  });

  it('renders an enum as a select and reports changes as document parameters', async () => {
    const onChange = vi.fn();
    render(<ParameterForm nodeId="dedup" schema={descriptor('retort.chem.deduplicate').parameters} parameters={{}} columnsByPort={{ in: ['smiles', 'inchikey', 'name'] }} onChange={onChange} />);
    const mode = (await screen.findByLabelText(/Duplicates/)) as HTMLSelectElement;
    expect(mode.tagName).toBe('SELECT');
    expect([...mode.options].map((o) => o.textContent)).toEqual(expect.arrayContaining(['DROP', 'FLAG']));
    const key = screen.getByTestId('column-select-key') as HTMLSelectElement;
    expect([...key.options].map((o) => o.value)).toEqual(['', 'smiles', 'inchikey', 'name']);
    act(() => {
      const flag = [...mode.options].find((o) => o.textContent === 'FLAG')!;
      fireEvent.change(mode, { target: { value: flag.value } });
    });
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ mode: 'FLAG' }));
    act(() => {
      fireEvent.change(key, { target: { value: 'name' } });
    });
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ key: 'name' })));
  });

  it('shows validation messages for values out of range', async () => {
    const smiles = descriptor('retort.io.import-smiles').parameters;
    render(<ParameterForm nodeId="read" schema={smiles} parameters={{ path: 'x.smi' }} columnsByPort={{}} onChange={() => undefined} />);
    const max = (await screen.findByTestId('config-advanced')).querySelector('input') as HTMLInputElement;
    act(() => {
      fireEvent.change(max, { target: { value: '5' } });
    });
    await waitFor(() => expect(document.querySelector('.error-detail')?.textContent).toMatch(/>= 1000|must be >= 1000/));
  });

  it('says so when a node type has no parameters', () => {
    render(<ParameterForm nodeId="x" schema={{ type: 'object', properties: {} }} parameters={{}} columnsByPort={{}} onChange={() => undefined} />);
    expect(screen.getByText(/no parameters/)).toBeTruthy();
  });
});
