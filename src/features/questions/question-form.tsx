import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GrowingTextarea } from '@/components/growing-textarea';
import { useLang } from '@/components/use-lang';
import { newOwnQuestionId } from '@/domain/own-ids';
import type { OwnQuestion } from '@/domain/overlays';
import { content } from '@/lib/content';
import { isQuestionIdTaken } from '@/lib/questions';
import { useLiveModel } from '@/lib/use-live-model';
import { useAppStore } from '@/stores/app-store';

/** Shown on the questions list after a delete, to undo it. */
export interface DeletedQuestionState {
  readonly deletedQuestion: { readonly id: string; readonly prompt: string };
}

export function isDeletedQuestionState(value: unknown): value is DeletedQuestionState {
  return typeof value === 'object' && value !== null && 'deletedQuestion' in value && typeof (value as DeletedQuestionState).deletedQuestion?.id === 'string';
}

/** The prompt as stored: trimmed, empty languages left out. */
function cleanPrompt(ko: string, en: string): OwnQuestion['prompt'] {
  return { ...(ko.trim() === '' ? {} : { ko: ko.trim() }), ...(en.trim() === '' ? {} : { en: en.trim() }) };
}

function PromptField({
  label,
  lang,
  value,
  onChange,
  describedBy,
  invalid,
  inputRef,
}: {
  label: string;
  lang: 'ko' | 'en';
  value: string;
  onChange: (v: string) => void;
  describedBy?: string;
  invalid: boolean;
  inputRef?: React.Ref<HTMLTextAreaElement>;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <GrowingTextarea
        id={id}
        ref={inputRef}
        lang={lang}
        rows={2}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function Checkboxes({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset className="field choices">
      <legend>{legend}</legend>
      <ul className="choice-list">
        {options.map((option) => (
          <li key={option.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(option.id)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, option.id] : chosen.filter((x) => x !== option.id))}
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function usePrincipleOptions(): { id: string; label: string }[] {
  const lang = useLang();
  return content.principles.map((p) => ({ id: p.id, label: p.title[lang] }));
}

/** `New question`: the prompt in Korean and/or English, its principles and the stories that answer it. */
export function NewQuestion({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('questions');
  const navigate = useNavigate();
  const model = useLiveModel();
  const saveOwnQuestion = useAppStore((s) => s.saveOwnQuestion);
  const saveQuestionDraft = useAppStore((s) => s.saveQuestionDraft);
  const [ko, setKo] = useState('');
  const [en, setEn] = useState('');
  const [principles, setPrinciples] = useState<string[]>([]);
  const [stories, setStories] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const errorId = useId();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const principleOptions = usePrincipleOptions();
  const empty = ko.trim() === '' && en.trim() === '';
  return (
    <form
      className="question-form card"
      aria-label={t('newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (empty) return;
        const id = newOwnQuestionId(Date.now(), (candidate) => isQuestionIdTaken(candidate, useAppStore.getState().ownQuestions));
        saveOwnQuestion(id, { prompt: cleanPrompt(ko, en), principles });
        if (stories.length > 0) saveQuestionDraft(id, { keyPoints: '', draft: '', stories });
        navigate(`/questions/${id}`);
      }}
    >
      <h2>{t('newTitle')}</h2>
      <p className="help" id={`${errorId}-help`}>
        {t('promptHelp')}
      </p>
      <PromptField
        label={t('promptKo')}
        lang="ko"
        value={ko}
        onChange={setKo}
        inputRef={first}
        describedBy={`${errorId}-help${tried && empty ? ` ${errorId}` : ''}`}
        invalid={tried && empty}
      />
      <PromptField
        label={t('promptEn')}
        lang="en"
        value={en}
        onChange={setEn}
        describedBy={`${errorId}-help${tried && empty ? ` ${errorId}` : ''}`}
        invalid={tried && empty}
      />
      {tried && empty && (
        <p className="field-error" id={errorId} role="alert">
          {t('needPrompt')}
        </p>
      )}
      <Checkboxes legend={t('principles')} options={principleOptions} chosen={principles} onChange={setPrinciples} />
      {model.stories.length > 0 && (
        <Checkboxes
          legend={t('stories')}
          options={model.stories.map((s) => ({ id: s.id, label: s.title.trim() || t('untitledStory') }))}
          chosen={stories}
          onChange={setStories}
        />
      )}
      <div className="row">
        <button type="submit" className="button">
          {t('addQuestion')}
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** The prompt and principles of a question of the user's own, saved as they type (while it has a prompt). */
export function OwnQuestionEditor({ id, question }: { id: string; question: OwnQuestion }) {
  const { t } = useTranslation('questions');
  const saveOwnQuestion = useAppStore((s) => s.saveOwnQuestion);
  const [ko, setKo] = useState(question.prompt.ko ?? '');
  const [en, setEn] = useState(question.prompt.en ?? '');
  const errorId = useId();
  const principleOptions = usePrincipleOptions();
  const empty = ko.trim() === '' && en.trim() === '';
  const save = (next: { ko: string; en: string; principles: readonly string[] }): void => {
    if (next.ko.trim() === '' && next.en.trim() === '') return;
    saveOwnQuestion(id, { prompt: cleanPrompt(next.ko, next.en), principles: next.principles });
  };
  return (
    <details className="own-question-editor section">
      <summary>{t('editQuestion')}</summary>
      <PromptField
        label={t('promptKo')}
        lang="ko"
        value={ko}
        invalid={empty}
        describedBy={empty ? errorId : undefined}
        onChange={(v) => {
          setKo(v);
          save({ ko: v, en, principles: question.principles });
        }}
      />
      <PromptField
        label={t('promptEn')}
        lang="en"
        value={en}
        invalid={empty}
        describedBy={empty ? errorId : undefined}
        onChange={(v) => {
          setEn(v);
          save({ ko, en: v, principles: question.principles });
        }}
      />
      {empty && (
        <p className="field-error" id={errorId}>
          {t('needPrompt')}
        </p>
      )}
      <Checkboxes legend={t('principles')} options={principleOptions} chosen={question.principles} onChange={(principles) => save({ ko, en, principles })} />
    </details>
  );
}
