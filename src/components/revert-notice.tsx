import { useState } from 'react';
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
  return (
    <>
      {differs && (
        <div className="notice">
          <p>{text.differs}</p>
          <button
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
          }}
        />
      )}
    </>
  );
}
