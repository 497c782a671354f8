import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '@/components/markdown';
import { useLang } from '@/components/use-lang';
import type { CardFace, PromptCardFace, StoryFace } from '@/domain/cards';
import { pickText, STAR_SECTIONS } from '@/domain/content';
import { getTopic } from '@/lib/content';

/** A small line above the front saying what kind of card this is. */
export function CardKind({ face }: { face: CardFace }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  let text: string;
  if (face.kind === 'topic') {
    const topic = face.topic === null ? undefined : getTopic(face.topic);
    const topicName = topic ? pickText(topic.title, lang) : (face.topic ?? '');
    if (face.origin === 'own') text = face.topic === null ? t('card.ownDeck', { deck: face.deck.slice(4) }) : t('card.ownTopic', { topic: topicName });
    else text = t('card.topic', { topic: topicName });
  } else if (face.kind === 'recall') {
    text = t(face.direction === 'title-to-statement' ? 'card.recallTitle' : 'card.recallStatement');
  } else {
    text = t(face.source === 'question' ? 'card.question' : 'card.principlePrompt');
  }
  return (
    <p className="card-kind">
      {text}
      {face.kind === 'topic' && face.edited && <span className="badge inline">{t('card.edited')}</span>}
    </p>
  );
}

/** The front of a behavioural prompt: the question, or the LP's interview phrasing. */
export function usePromptText(face: PromptCardFace): string {
  const { t } = useTranslation('review');
  const lang = useLang();
  const written = face.prompt === null ? '' : pickText(face.prompt, lang).trim();
  if (written !== '') return written;
  // A question the notes keep by number but leave blank: ask the user to write it.
  if (face.source === 'question') return t('card.emptyPrompt');
  return t('card.lpPrompt', { title: face.title?.[lang] ?? face.sourceId });
}

function PromptFront({ face }: { face: PromptCardFace }) {
  const { t } = useTranslation('review');
  return (
    <>
      <p className="card-front">{usePromptText(face)}</p>
      <p className="meta">{t('card.aloud')}</p>
    </>
  );
}

export function CardFront({ face }: { face: CardFace }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  switch (face.kind) {
    case 'topic':
      return <p className="card-front">{face.question}</p>;
    case 'recall':
      return face.direction === 'title-to-statement' ? (
        <>
          <p className="card-front">{face.title[lang]}</p>
          <p className="meta">{t('card.recallThe')}</p>
        </>
      ) : (
        <>
          <blockquote className="card-statement">{face.statement[lang]}</blockquote>
          <p className="card-front">{t('card.whichPrinciple')}</p>
        </>
      );
    case 'prompt':
      return <PromptFront face={face} />;
  }
}

/** One story as the answer side shows it: its title, its STAR sections' current text, its follow-ups. */
function StoryOnCard({ story }: { story: StoryFace }) {
  const { t } = useTranslation('review');
  const { t: tc } = useTranslation();
  const followUps = story.followUps;
  return (
    <li className="story-on-card">
      <h4>
        <Link to={`/stories/${story.id}`}>{story.title.trim() || t('card.untitled')}</Link>
      </h4>
      <dl className="star-on-card">
        {STAR_SECTIONS.map((section) => (
          <div key={section}>
            <dt>{tc(`star.${section}`)}</dt>
            <dd>{story.star[section].trim() === '' ? <p className="prompt">{tc('empty.section')}</p> : <Markdown>{story.star[section]}</Markdown>}</dd>
          </div>
        ))}
      </dl>
      {followUps.length > 0 && (
        <>
          <p className="follow-ups-title">{t('card.followUps')}</p>
          <ul className="follow-ups">
            {followUps.map((q, i) => (
              <li key={`${i}:${q}`}>{q}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function PromptBack({ face }: { face: PromptCardFace }) {
  const { t } = useTranslation('review');
  const isQuestion = face.source === 'question';
  return (
    <>
      {isQuestion && (
        <>
          <h3>{t('card.keyPoints')}</h3>
          {face.keyPoints.trim() === '' ? <p className="prompt">{t('card.noKeyPoints')}</p> : <Markdown>{face.keyPoints}</Markdown>}
          {face.draft.trim() !== '' && (
            <>
              <h3>{t('card.draft')}</h3>
              <Markdown>{face.draft}</Markdown>
            </>
          )}
        </>
      )}
      <h3>{t(isQuestion ? 'card.stories' : 'card.storiesForPrinciple')}</h3>
      {face.stories.length === 0 ? (
        <p className="prompt">
          {t(isQuestion ? 'card.noStory' : 'card.noStoryForPrinciple')}{' '}
          {isQuestion ? (
            <Link to={`/questions/${face.sourceId}`}>{t('card.openQuestion')}</Link>
          ) : (
            <Link to={`/stories/new?principle=${face.sourceId}`}>{t('card.writeStory')}</Link>
          )}
        </p>
      ) : (
        <ul className="stories-on-card">
          {face.stories.map((story) => (
            <StoryOnCard key={story.id} story={story} />
          ))}
        </ul>
      )}
      {face.otherStories.length > 0 && (
        <div className="other-stories">
          <h3>{t('card.otherStories')}</h3>
          <p className="meta">{t('card.otherStoriesHelp')}</p>
          <ul className="stories-on-card">
            {face.otherStories.map((story) => (
              <StoryOnCard key={story.id} story={story} />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

export function CardBack({ face }: { face: CardFace }) {
  const lang = useLang();
  switch (face.kind) {
    case 'topic':
      return <Markdown>{face.answer}</Markdown>;
    case 'recall':
      return face.direction === 'title-to-statement' ? (
        <blockquote className="card-statement">{face.statement[lang]}</blockquote>
      ) : (
        <p className="card-front">{face.title[lang]}</p>
      );
    case 'prompt':
      return <PromptBack face={face} />;
  }
}
