/** A status line saying what just happened, with one button that takes it back. */
export function UndoNotice({ message, undoLabel, onUndo }: { message: string; undoLabel: string; onUndo: () => void }) {
  return (
    <div role="status" className="notice">
      <p>{message}</p>
      <button type="button" className="button ghost" onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  );
}
