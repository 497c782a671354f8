import { useTranslation } from 'react-i18next';
import { Markdown } from './markdown';

/** Markdown, or a gentle prompt when the user has not written this part yet. */
export function TextOrPrompt({ text, prompt }: { text: string; prompt?: string }) {
  const { t } = useTranslation();
  return text.trim() === '' ? <p className="prompt">{prompt ?? t('empty.section')}</p> : <Markdown>{text}</Markdown>;
}
