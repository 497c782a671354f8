import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { GrowingTextarea } from '@/components/growing-textarea';
import { StarHints } from '@/components/star-hints';
import { storyHints } from '@/domain/star-hints';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { focusSoon } from '@/components/route-focus';
import { SaveStatus } from '@/components/save-status';
import { Section } from '@/components/section';
import { useLang } from '@/components/use-lang';
import { EMPTY_STORY, hasAnyText, newStoryId, STORY_TEXT_FIELDS, storyText, withStoryText, type StoryFields, type StoryTextField } from '@/domain/story';
import { content } from '@/lib/content';
import { isStoryIdTaken } from '@/lib/stories';
import { persistence, useAppStore } from '@/stores/app-store';
import { DeletedStory } from './deleted-story';
import { StoryActions } from './story-actions';
import { StoryBody } from './story-body';
import { useStory } from './use-story';

function TextField({
  label,
  hint,
  value,
  rows,
  onChange,
  onKeyDown,
}: {
  label: string;
  hint: string;
  value: string;
  rows: number;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="help" id={`${id}-hint`}>
        {hint}
      </p>
      <GrowingTextarea id={id} rows={rows} value={value} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown} />
    </div>
  );
}

function PrincipleChoices({ chosen, onChange }: { chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('stories');
  const lang = useLang();
  return (
    <fieldset className="field choices">
      <legend>{t('form.principles')}</legend>
      <ul className="choice-list">
        {content.principles.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(p.id)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))}
              />{' '}
              {p.title[lang]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function FollowUps({ items, onChange }: { items: readonly string[]; onChange: (items: string[]) => void }) {
  const { t } = useTranslation('stories');
  const id = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  /** The follow-up to focus once it is rendered (the one just added). */
  const focusNext = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    inputs.current[focusNext.current]?.focus();
    focusNext.current = null;
  });
  return (
    <fieldset className="field">
      <legend>{t('form.followUps')}</legend>
      {items.length > 0 && (
        <ol className="follow-up-list">
          {items.map((item, i) => (
            // Follow-ups are plain text with no ids: their position is their identity here.
            <li key={i} className="follow-up">
              <label htmlFor={`${id}-${i}`}>{t('form.followUp', { n: i + 1 })}</label>
              <div className="row">
                <input
                  id={`${id}-${i}`}
                  ref={(el) => {
                    inputs.current[i] = el;
                  }}
                  type="text"
                  value={item}
                  onChange={(e) => onChange(items.map((q, j) => (j === i ? e.target.value : q)))}
                />
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => {
                    onChange(items.filter((_, j) => j !== i));
                    // To the add button, not the next remove button: a second tap must not remove another.
                    focusSoon(() => addButton.current);
                  }}
                >
                  {t('form.removeFollowUp', { n: i + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        className="button ghost"
        onClick={() => {
          focusNext.current = items.length;
          onChange([...items, '']);
        }}
      >
        {t('form.addFollowUp')}
      </button>
    </fieldset>
  );
}

/**
 * A story made in this form and left with no more than a stray character in it is not kept: it is
 * a slip, not a story (nothing else counts, not even a ticked principle).
 */
function isStub(story: StoryFields): boolean {
  const text = [story.title, ...STORY_TEXT_FIELDS.map((f) => storyText(story, f)), ...story.followUps].join('');
  return text.replace(/\s+/g, '').length <= 1;
}

/**
 * The STAR form, at `/stories/new` and `/stories/:id/edit`. Every change goes to the store at once
 * (saved to storage, debounced); a new story gets its id and address with its first text, and the
 * same form stays mounted so typing is not interrupted: the heading, the notices and the buttons
 * do not change above the field being typed in. `/stories/new?principle=<id>` ticks that principle.
 */
export function StoryEditPage() {
  // The hints' words (shared with the question page) load with the form, not in the middle of typing.
  const { t } = useTranslation(['stories', 'hints']);
  const { t: tc } = useTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  // The id a new story got on its first text: the address follows in a transition, and the
  // keystrokes typed before it lands must go to the same story.
  const [createdId, setCreatedId] = useState<string | undefined>(undefined);
  const id = params.id ?? createdId;
  const view = useStory(id);
  const saveStory = useAppStore((s) => s.saveStory);
  const startingPrinciple = search.get('principle');
  const fresh = (): StoryFields =>
    startingPrinciple !== null && content.principles.some((p) => p.id === startingPrinciple)
      ? { ...EMPTY_STORY, principles: [startingPrinciple] }
      : EMPTY_STORY;
  const [pending, setPending] = useState<StoryFields>(fresh);
  const [touched, setTouched] = useState(false);
  // The heading is fixed when the form opens: typing a title does not move the fields below it.
  const [heading, setHeading] = useState(() => (params.id === undefined ? null : (view?.fields.title ?? null)));
  // The form stays mounted across these addresses; another story (or a new one) starts clean.
  const [shownId, setShownId] = useState(params.id);
  if (params.id !== shownId) {
    setShownId(params.id);
    if (params.id === undefined || params.id !== createdId) {
      setCreatedId(undefined);
      setPending(fresh());
      setTouched(false);
      setHeading(params.id === undefined ? null : (view?.fields.title ?? null));
    }
  }

  // A story begun here and left as a stub (a stray character) is removed when the form is left.
  const latest = useRef<{ id: string | undefined; fields: StoryFields | null }>({ id: undefined, fields: null });
  const viewFields = view?.fields ?? null;
  useEffect(() => {
    latest.current = { id: createdId, fields: viewFields };
  });
  useEffect(() => {
    const dropStub = (): void => {
      const { id: made, fields } = latest.current;
      if (made === undefined || fields === null || !isStub(fields)) return;
      const stored = useAppStore.getState().stories[made];
      if (stored && !stored.deleted) {
        useAppStore.getState().putStoryOverlay(made, undefined);
        persistence.flush();
      }
    };
    window.addEventListener('pagehide', dropStub);
    return () => {
      window.removeEventListener('pagehide', dropStub);
      dropStub();
    };
  }, []);

  if (id !== undefined && !view) return <NotFound />;
  if (view?.deleted) return <DeletedStory id={view.id} title={view.fields.title} />;
  const fields = view ? view.fields : pending;
  const startedHere = createdId !== undefined;

  const update = (next: StoryFields): void => {
    setTouched(true);
    if (view) {
      saveStory(view.id, next);
      return;
    }
    setPending(next);
    // Ticking principles alone does not make a story: it is made with its first text.
    if (!hasAnyText({ ...next, principles: [] })) return;
    const newId = newStoryId(next.title, Date.now(), (candidate) => isStoryIdTaken(candidate, useAppStore.getState().stories));
    saveStory(newId, next);
    setCreatedId(newId);
    navigate(`/stories/${newId}/edit`, { replace: true });
  };

  const title = fields.title.trim();
  const hint = (field: StoryTextField): string => t(`form.hints.${field}`);
  return (
    <Page
      title={heading === null ? t('form.newTitle') : t('form.editTitle', { title: heading.trim() || t('untitled') })}
      lead={<SaveStatus active={touched} />}
      actions={
        view && heading !== null ? (
          <Link className="button ghost" to={`/stories/${view.id}`}>
            {t('form.view')}
          </Link>
        ) : undefined
      }
    >
      <form className="story-form" aria-label={t('form.label')} onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('form.title')}
          hint={t('form.titleHelp')}
          rows={1}
          value={fields.title}
          onChange={(value) => update({ ...fields, title: value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <PrincipleChoices chosen={fields.principles} onChange={(principles) => update({ ...fields, principles })} />
        {STORY_TEXT_FIELDS.map((field) => (
          <TextField
            key={field}
            label={tc(`star.${field}`)}
            hint={hint(field)}
            rows={field === 'action' ? 6 : field === 'learnings' || field === 'notes' ? 2 : 3}
            value={storyText(fields, field)}
            onChange={(value) => update(withStoryText(fields, field, value))}
          />
        ))}
        <FollowUps items={fields.followUps} onChange={(followUps) => update({ ...fields, followUps })} />
      </form>
      <StarHints hints={storyHints(fields.star)} />
      {/* Below the form: a notice or a Delete button appearing as one types must not move the field. */}
      {view && !startedHere && <StoryActions view={view} />}
      {view && startedHere && (
        <p>
          <Link to={`/stories/${view.id}`}>{t('form.view')}</Link>
        </p>
      )}
      {view && startedHere && !isStub(view.fields) && <StoryActions view={view} />}
      <Section title={t('form.preview')} className="preview">
        <p className="preview-title">
          <strong>{title || t('untitled')}</strong>
        </p>
        <StoryBody story={fields} headingLevel={3} />
      </Section>
    </Page>
  );
}
