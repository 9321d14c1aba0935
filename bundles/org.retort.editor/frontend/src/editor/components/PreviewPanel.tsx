/**
 * A port's preview (GET /runs/{id}/nodes/{node}/preview?port=…) as a virtual-scrolled AG Grid
 * (community): molecule columns as the server's depictions (lazy <img>, so only visible rows fetch
 * theirs; with the node's SMARTS highlighted where it has one), numeric columns with a histogram and
 * a scatter (echarts, loaded when asked for).
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  ClientSideRowModelModule, ModuleRegistry, NumberFilterModule, TextFilterModule, CellStyleModule, TooltipModule,
  type ColDef, type ICellRendererParams,
} from 'ag-grid-community';
import { depictUrl, runs as runsApi } from '../../api/endpoints';
import type { Preview } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { defaultScatter, histogram, isMolecule, numericColumns, pairs, values, NUMERIC_TYPES } from './preview';

ModuleRegistry.registerModules([ClientSideRowModelModule, NumberFilterModule, TextFilterModule, CellStyleModule, TooltipModule]);

const Charts = lazy(() => import('./Charts'));

type Row = Record<string, unknown> & { __row: number; __error?: string };

function MoleculeCell(props: ICellRendererParams<Row> & { highlight?: string }) {
  const smiles = typeof props.value === 'string' ? props.value : '';
  if (!smiles) return null;
  return <img loading="lazy" decoding="async" width={200} height={150} src={depictUrl(smiles, 200, 150, props.highlight)} alt={smiles} title={smiles} className="depiction" data-testid="molecule-img" />;
}

export default function PreviewPanel({ runId, node, port, highlight, onClose }: { runId: string; node: string; port: string; highlight?: string; onClose(): void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [charts, setCharts] = useState(false);
  const [histColumn, setHistColumn] = useState('');
  const [axes, setAxes] = useState<[string, string] | null>(null);

  useEffect(() => {
    setPreview(null);
    setError(null);
    runsApi.preview(runId, node, port).then((p) => {
      setPreview(p);
      const numeric = numericColumns(p);
      setHistColumn(numeric[0] ?? '');
      setAxes(defaultScatter(p));
    }, setError);
  }, [runId, node, port]);

  const hasMolecules = !!preview?.columns.some((c) => isMolecule(c.type));
  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    if (!preview) return [];
    const defs: ColDef<Row>[] = [{ headerName: '#', field: '__row', width: 70, pinned: 'left', filter: 'agNumberColumnFilter' }];
    preview.columns.forEach((c, i) => {
      const field = `c${i}`;
      if (isMolecule(c.type)) {
        defs.push({ headerName: `${c.name} (molecule)`, field, width: 216, cellRenderer: MoleculeCell, cellRendererParams: { highlight }, filter: 'agTextColumnFilter', sortable: false });
      } else if (NUMERIC_TYPES.has(c.type)) {
        defs.push({ headerName: c.name, headerTooltip: c.type, field, filter: 'agNumberColumnFilter', width: 120, cellClass: 'num' });
      } else {
        defs.push({ headerName: c.name, headerTooltip: c.type, field, filter: 'agTextColumnFilter', width: 160, valueFormatter: (p) => (p.value === null || p.value === undefined ? '' : typeof p.value === 'object' ? JSON.stringify(p.value) : String(p.value)) });
      }
    });
    if (Object.keys(preview.errors).length) defs.push({ headerName: 'row error', field: '__error', width: 260, filter: 'agTextColumnFilter', cellClass: 'row-error' });
    return defs;
  }, [preview, highlight]);

  const rowData = useMemo<Row[]>(() => {
    if (!preview) return [];
    return preview.rows.map((r, n) => {
      const row: Row = { __row: n + 1 };
      r.forEach((v, i) => (row[`c${i}`] = v));
      const err = preview.errors[String(n)];
      if (err) row.__error = err;
      return row;
    });
  }, [preview]);

  const numeric = preview ? numericColumns(preview) : [];
  const hist = useMemo(() => (preview && histColumn ? histogram(values(preview, histColumn)) : null), [preview, histColumn]);
  const scatter = useMemo(() => (preview && axes ? pairs(preview, axes[0], axes[1]) : []), [preview, axes]);

  return (
    <section className="preview-panel" aria-label={`Preview of ${node}.${port}`} data-testid="preview-panel">
      <div className="preview-head">
        <h2 className="panel-title">Preview of <code>{node}.{port}</code></h2>
        {preview ? <span className="muted" role="status">{preview.rows.length.toLocaleString('en')} rows (the first rows the run kept), {preview.columns.length} columns</span> : null}
        <span className="spacer" />
        {numeric.length > 0 && (
          <button type="button" aria-pressed={charts} onClick={() => setCharts((c) => !c)} data-testid="preview-charts-toggle">
            {charts ? 'Hide charts' : 'Charts'}
          </button>
        )}
        <button type="button" onClick={onClose} data-testid="preview-close">Close preview</button>
      </div>
      <ErrorMessage error={error} testId="preview-error" />
      {!preview && !error ? <p role="status">Loading the preview…</p> : null}
      {preview && charts && numeric.length > 0 && (
        <div className="chart-controls">
          <label>
            Histogram of
            <select value={histColumn} onChange={(e) => setHistColumn(e.target.value)} data-testid="chart-histogram-column">
              {numeric.map((c) => <option key={c}>{c}</option>)}
            </select>
          </label>
          {numeric.length >= 2 && (
            <>
              <label>
                Scatter x
                <select value={axes?.[0] ?? ''} onChange={(e) => setAxes([e.target.value, axes?.[1] ?? numeric[1]])} data-testid="chart-scatter-x">
                  {numeric.map((c) => <option key={c}>{c}</option>)}
                </select>
              </label>
              <label>
                y
                <select value={axes?.[1] ?? ''} onChange={(e) => setAxes([axes?.[0] ?? numeric[0], e.target.value])} data-testid="chart-scatter-y">
                  {numeric.map((c) => <option key={c}>{c}</option>)}
                </select>
              </label>
            </>
          )}
          <Suspense fallback={<p role="status">Loading charts…</p>}>
            {hist ? <Charts histogram={hist} histogramColumn={histColumn} scatter={scatter} scatterAxes={axes} /> : null}
          </Suspense>
        </div>
      )}
      {preview ? (
        <div className="grid-box" data-testid="preview-grid">
          <AgGridReact<Row>
            rowData={rowData}
            columnDefs={columnDefs}
            rowHeight={hasMolecules ? 156 : 30}
            headerHeight={34}
            defaultColDef={{ sortable: true, resizable: true }}
            rowBuffer={4}
            suppressDragLeaveHidesColumns
            ensureDomOrder
          />
        </div>
      ) : null}
    </section>
  );
}
