import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Section } from '@/components/section';
import { newStoryId } from '@/domain/story';
import type { ParsedStoryFile } from '@/domain/story-markdown';
import { isStoryIdTaken } from '@/lib/stories';
import { useAppStore } from '@/stores/app-store';

interface Ready {
  readonly id: string;
  readonly parsed: ParsedStoryFile;
  readonly exists: boolean;
}

/**
 * Reads a story file (or pasted text) in the content/stories format, shows what it will do, and
 * creates or updates the story once the user confirms.
 */
export function StoryImport() {
  const { t } = useTranslation('stories');
  const navigate = useNavigate();
  const fileId = useId();
  const pasteId = useId();
  const saveStory = useAppStore((s) => s.saveStory);
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [ready, setReady] = useState<Ready | null>(null);
  // After reading, focus goes to what was found: the problems, or what importing will do.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ready !== null || problems.length > 0) outcome.current?.focus();
  }, [ready, problems]);

  const read = async (): Promise<void> => {
    setReady(null);
    try {
      const text = file ? await file.text() : pasted;
      if (text.trim() === '') {
        setProblems([t('import.empty')]);
        return;
      }
      // The reader (and its YAML parser) loads only now, when the user imports.
      const { storyFromMarkdown } = await import('@/domain/story-markdown-reader');
      const parsed = storyFromMarkdown(text, file?.name);
      const overlays = useAppStore.getState().stories;
      const id = parsed.id ?? newStoryId(parsed.story.title, Date.now(), (candidate) => isStoryIdTaken(candidate, overlays));
      setProblems([]);
      setReady({ id, parsed, exists: isStoryIdTaken(id, overlays) });
    } catch (error) {
      // Every failure is shown: a file that does not read names its lines; anything else says what happened.
      const message = error instanceof Error ? error.message : String(error);
      setProblems(error instanceof Error && error.name === 'StoryMarkdownError' ? message.split('\n') : [t('import.failed', { message })]);
    }
  };

  return (
    <Section title={t('import.title')} className="story-import">
      <p className="help">{t('import.help')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReady(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={pasteId}>{t('import.paste')}</label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            setReady(null);
          }}
        />
      </div>
      <button type="button" className="button ghost" onClick={() => void read()}>
        {t('import.read')}
      </button>
      {problems.length > 0 && (
        <div ref={outcome} tabIndex={-1} role="alert" className="notice error">
          <p>{t('import.problems')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {ready && (
        <div ref={outcome} tabIndex={-1} role="status" className="notice">
          <p>{t(ready.exists ? 'import.willUpdate' : 'import.willCreate', { title: ready.parsed.story.title, id: ready.id })}</p>
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={() => {
                saveStory(ready.id, ready.parsed.story);
                navigate(`/stories/${ready.id}`);
              }}
            >
              {t(ready.exists ? 'import.update' : 'import.create')}
            </button>
            <button type="button" className="button ghost" onClick={() => setReady(null)}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}
