import { useMemo, useState } from 'react';
import { Modal } from '../../ui/Modal';
import { compatibleConnections, type PortChoice } from '../state/connections';
import { usePalette } from '../state/palette';
import { documentOf, useEditor } from '../state/store';
import { PortTypeLabel } from './ports';

/**
 * Connecting ports from the keyboard (React Flow's handles cannot take focus): for the selected
 * node, every connection its ports can make right now — only compatible, free, acyclic ones.
 */
export function ConnectDialog({ nodeId, onClose, onConnected }: { nodeId: string; onClose(): void; onConnected(message: string): void }) {
  const graph = useEditor((s) => s.graph);
  const layout = useEditor((s) => s.layout);
  const index = usePalette((s) => s.index);
  const [filter, setFilter] = useState('');
  const { outgoing, incoming } = useMemo(() => compatibleConnections(documentOf({ graph, layout }), index, nodeId), [graph, layout, index, nodeId]);
  const existing = graph.edges.filter((e) => e.from.startsWith(`${nodeId}.`) || e.to.startsWith(`${nodeId}.`));
  const match = (c: PortChoice) => !filter || c.label.toLowerCase().includes(filter.toLowerCase());
  const connect = (c: PortChoice) => {
    const check = useEditor.getState().connect(c.from, c.to, index);
    if (check.ok) {
      onConnected(`Connected ${c.from} to ${c.to}.`);
      onClose();
    } else onConnected(check.reason);
  };
  const list = (title: string, choices: PortChoice[], testId: string) => (
    <section aria-label={title}>
      <h3>{title}</h3>
      {choices.filter(match).length === 0 ? (
        <p className="muted">None possible.</p>
      ) : (
        <ul className="choice-list" data-testid={testId}>
          {choices.filter(match).map((c) => (
            <li key={`${c.from}>${c.to}`}>
              <button type="button" onClick={() => connect(c)} data-testid={`connect-choice-${c.from}-${c.to}`}>
                <code>{c.from}</code> <PortTypeLabel type={c.fromType} /> <span aria-label="to">→</span> <code>{c.to}</code> <PortTypeLabel type={c.toType} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <Modal title={`Connect ${nodeId} to…`} onClose={onClose} testId="connect-dialog">
      <label>
        Filter
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="connect-filter" />
      </label>
      {list(`From ${nodeId}'s outputs`, outgoing, 'connect-outgoing')}
      {list(`Into ${nodeId}'s inputs`, incoming, 'connect-incoming')}
      <section aria-label="Existing connections">
        <h3>Existing connections of {nodeId}</h3>
        {existing.length === 0 ? <p className="muted">None.</p> : (
          <ul className="choice-list" data-testid="connect-existing">
            {existing.map((e) => (
              <li key={`${e.from}>${e.to}`} className="row">
                <span><code>{e.from}</code> → <code>{e.to}</code></span>
                <button type="button" onClick={() => {
                  useEditor.getState().disconnect([e]);
                  onConnected(`Disconnected ${e.from} from ${e.to}.`);
                }} data-testid={`disconnect-${e.from}-${e.to}`}>Disconnect</button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Modal>
  );
}
