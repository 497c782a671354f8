import { useEffect, useRef } from 'react';
import { focusSoon } from './route-focus';

/**
 * A status line saying what just happened, with one button that takes it back. The button takes
 * focus when the notice appears: undoing is the likely next step, and focus would otherwise be
 * lost with the control that was just used.
 */
export function UndoNotice({ message, undoLabel, onUndo }: { message: string; undoLabel: string; onUndo: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => focusSoon(() => button.current), []);
  return (
    <div role="status" className="notice">
      <p>{message}</p>
      <button ref={button} type="button" className="button ghost" onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  );
}
