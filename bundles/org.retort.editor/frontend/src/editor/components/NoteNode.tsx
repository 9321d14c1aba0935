import { memo } from 'react';
import { NodeResizer, type Node, type NodeProps } from '@xyflow/react';
import { MAX_ANNOTATION_TEXT } from '../state/document';
import { useEditor } from '../state/store';

/** A canvas note: the document's annotation `noteId` (its canvas id is `_note_<noteId>`). */
export type NoteFlowNode = Node<{ noteId: string; text: string; sized: boolean }, 'note'>;

function NoteNodeView({ data, selected }: NodeProps<NoteFlowNode>) {
  const setText = useEditor((s) => s.setNoteText);
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={140} minHeight={80} lineClassName="note-resize-line" handleClassName="note-resize-handle" />
      <div className={`note${selected ? ' selected' : ''}${data.sized ? ' sized' : ''}`} data-testid={`note-${data.noteId}`}>
        <label className="note-label">
          <span aria-hidden="true">✎</span> Note
          <textarea
            className="nodrag nowheel"
            value={data.text}
            placeholder="Write a comment…"
            maxLength={MAX_ANNOTATION_TEXT}
            onChange={(e) => setText(data.noteId, e.target.value)}
            rows={4}
            data-testid={`note-text-${data.noteId}`}
          />
        </label>
      </div>
    </>
  );
}

export const NoteNode = memo(NoteNodeView);
