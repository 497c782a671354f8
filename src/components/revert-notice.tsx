import { useRef, useState } from 'react';
import { focusSoon } from './route-focus';
import { UndoNotice } from './undo-notice';

export interface RevertNoticeText {
  readonly differs: string;
  readonly revert: string;
  readonly reverted: string;
  readonly undo: string;
}

/**
 * For an overlay over content: says the user's version differs, reverts to content on request, and
 * then offers to bring the user's version back (the overlay is remembered until then).
 */
export function RevertNotice<T>({
  differs,
  overlay,
  onRevert,
  onRestore,
  text,
}: {
  differs: boolean;
  overlay: T | undefined;
  onRevert: () => void;
  onRestore: (overlay: T) => void;
  text: RevertNoticeText;
}) {
  const [saved, setSaved] = useState<T | undefined>(undefined);
  const revertButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      {differs && (
        <div className="notice">
          <p>{text.differs}</p>
          <button
            ref={revertButton}
            type="button"
            className="button ghost"
            onClick={() => {
              setSaved(overlay);
              onRevert();
            }}
          >
            {text.revert}
          </button>
        </div>
      )}
      {saved !== undefined && overlay === undefined && (
        <UndoNotice
          message={text.reverted}
          undoLabel={text.undo}
          onUndo={() => {
            onRestore(saved);
            setSaved(undefined);
            // The user's version is back, and with it the button to restore the original.
            focusSoon(() => revertButton.current);
          }}
        />
      )}
    </>
  );
}
