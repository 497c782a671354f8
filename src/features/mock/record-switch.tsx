import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/stores/app-store';

/** The `Record my answer` switch: one setting, shown in the setup and beside each question. */
export function RecordSwitch({ disabled = false, onChange }: { disabled?: boolean; onChange?: (on: boolean) => void }) {
  const { t } = useTranslation('mock');
  const id = useId();
  const on = useAppStore((s) => s.mock.settings.record);
  const setMockSettings = useAppStore((s) => s.setMockSettings);
  return (
    <div className="field record-switch">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={disabled}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            setMockSettings({ record: e.target.checked });
            onChange?.(e.target.checked);
          }}
        />
        <span className="switch-track" aria-hidden="true" />
        {t('record.label')}
      </label>
      <p className="help" id={`${id}-help`}>
        {t('record.help')}
      </p>
    </div>
  );
}
