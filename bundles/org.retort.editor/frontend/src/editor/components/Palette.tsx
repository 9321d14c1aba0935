import { useMemo, useState } from 'react';
import type { NodeDescriptor } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { descriptorKey } from '../state/connections';
import { groupPalette, usePalette } from '../state/palette';
import { DRAG_TYPE } from './Canvas';
import { PORT_GLYPH } from './ports';

/** The node types, by category, with a search box. Drag an item onto the canvas, or focus it and press Enter. */
export function Palette({ onInsert }: { onInsert(descriptor: NodeDescriptor): void }) {
  const descriptors = usePalette((s) => s.descriptors);
  const loaded = usePalette((s) => s.loaded);
  const error = usePalette((s) => s.error);
  const [search, setSearch] = useState('');
  const groups = useMemo(() => groupPalette(descriptors, search), [descriptors, search]);
  return (
    <aside className="palette" aria-label="Node palette" data-testid="palette">
      <h2 className="panel-title">Nodes</h2>
      <label className="visually-hidden" htmlFor="palette-search">Search node types</label>
      <input
        id="palette-search"
        type="search"
        placeholder="Search nodes…"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="palette-search"
      />
      <p className="help">Drag onto the canvas, or press Enter on an item.</p>
      <ErrorMessage error={error} testId="palette-error" />
      {!loaded && <p role="status">Loading node types…</p>}
      {loaded && groups.length === 0 && <p role="status">No node type matches “{search}”.</p>}
      {groups.map(([category, list]) => (
        <section key={category} className="palette-group" aria-label={category}>
          <h3>{category}</h3>
          <ul>
            {list.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_TYPE, descriptorKey(d.id, d.version));
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => onInsert(d)}
                  title={`${d.id} v${d.version} (${d.kind.toLowerCase()}): press Enter to add it beside the nodes at the centre of the canvas`}
                  data-testid={`palette-item-${d.id}`}
                  aria-label={`Add ${d.title} (${d.id} v${d.version})`}
                >
                  <span className="palette-title">{d.title}</span>
                  <span className="palette-ports" aria-hidden="true">
                    {d.inputs.map((p) => PORT_GLYPH[p.type]).join('')}→{d.outputs.filter((p) => p.name !== 'failure').map((p) => PORT_GLYPH[p.type]).join('')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
