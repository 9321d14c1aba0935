import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { useEditor } from '../state/store';

export type NoteFlowNode = Node<{ text: string }, 'note'>;

function NoteNodeView({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const setText = useEditor((s) => s.setNoteText);
  return (
    <div className={`note${selected ? ' selected' : ''}`} data-testid={`note-${id}`}>
      <label className="note-label">
        <span aria-hidden="true">✎</span> Note
        <textarea
          className="nodrag nowheel"
          value={data.text}
          placeholder="Write a comment…"
          onChange={(e) => setText(id, e.target.value)}
          rows={4}
        />
      </label>
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
