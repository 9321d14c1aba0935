import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { NodeDescriptor, ValidationProblem } from '../../api/types';
import type { WorkflowNode } from '../state/document';
import type { NodeBadge } from '../state/run';
import { PORT_GLYPH, PORT_SHORT } from './ports';

export interface RetortNodeData extends Record<string, unknown> {
  node: WorkflowNode;
  descriptor?: NodeDescriptor;
  badge: NodeBadge;
  problems: ValidationProblem[];
  canPreview: boolean;
  connectedInputs: string[];
  onPreview(node: string, port: string): void;
}

export type RetortFlowNode = Node<RetortNodeData, 'retort'>;

const BADGE_ICON: Record<string, string> = {
  idle: '○',
  queued: '⏳',
  running: '▶',
  done: '✓',
  failed: '✗',
  cancelled: '■',
  'waiting-plugin': '⧗',
  'not-run': '–',
};

function RetortNodeView({ data, selected }: NodeProps<RetortFlowNode>) {
  const { node, descriptor, badge, problems } = data;
  const inputs = descriptor?.inputs ?? [];
  const outputs = descriptor?.outputs ?? [];
  return (
    <div
      className={`rnode state-${badge.state}${selected ? ' selected' : ''}${problems.length ? ' has-problems' : ''}${descriptor ? '' : ' missing'}`}
      data-testid={`node-${node.id}`}
    >
      <div className="rnode-head">
        <span className="rnode-title">{descriptor?.title ?? node.type}</span>
        <span className="rnode-id">{node.id}</span>
      </div>
      {!descriptor && <div className="rnode-missing" role="note">⚠ {node.type} v{node.version} is not installed</div>}
      <div className={`badge badge-${badge.state}`} data-testid={`node-state-${node.id}`} data-state={badge.state} title={badge.detail ?? badge.text}>
        <span aria-hidden="true">{BADGE_ICON[badge.state]} </span>
        <span className="badge-text">{badge.text}</span>
      </div>
      {problems.length > 0 && (
        <div className="rnode-problems" data-testid={`node-problems-${node.id}`} title={problems.map((p) => p.message).join('\n')}>
          <span aria-hidden="true">⚠</span> {problems.length} problem{problems.length > 1 ? 's' : ''}
        </div>
      )}
      <div className="rnode-ports">
        <div className="ports-in">
          {inputs.map((p) => (
            <div className="port port-in" key={p.name}>
              <Handle
                type="target"
                position={Position.Left}
                id={p.name}
                className={`handle handle-${p.type.toLowerCase()}`}
                title={`input ${p.name}: ${p.type}${p.required ? ' (required)' : ''}`}
                data-testid={`port-${node.id}-in-${p.name}`}
              />
              <span className="port-label">
                <span aria-hidden="true" className={`glyph port-${p.type.toLowerCase()}`}>{PORT_GLYPH[p.type]}</span> {p.name}
                <small> {PORT_SHORT[p.type]}</small>
                {p.required && !data.connectedInputs.includes(p.name) ? <small className="req" title="required, not connected"> *</small> : null}
              </span>
            </div>
          ))}
        </div>
        <div className="ports-out">
          {outputs.map((p) => (
            <div className="port port-out" key={p.name}>
              <span className="port-label">
                {data.canPreview ? (
                  <button
                    type="button"
                    className="nodrag port-preview"
                    onClick={() => data.onPreview(node.id, p.name)}
                    aria-label={`Preview ${node.id}.${p.name}`}
                    data-testid={`port-preview-${node.id}-${p.name}`}
                  >
                    ▤
                  </button>
                ) : null}
                {p.name} <small>{PORT_SHORT[p.type]}</small>{' '}
                <span aria-hidden="true" className={`glyph port-${p.type.toLowerCase()}`}>{PORT_GLYPH[p.type]}</span>
              </span>
              <Handle
                type="source"
                position={Position.Right}
                id={p.name}
                className={`handle handle-${p.type.toLowerCase()}`}
                title={`output ${p.name}: ${p.type}`}
                data-testid={`port-${node.id}-out-${p.name}`}
              />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

export const RetortNode = memo(RetortNodeView);
