import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '@/components/markdown';
import { useLang } from '@/components/use-lang';
import type { CardFace, PromptCardFace } from '@/domain/cards';
import { pickText } from '@/domain/content';
import { getTopic } from '@/lib/content';

export { findFace } from './card-label';

/** A small line above the front saying what kind of card this is. */
export function CardKind({ face }: { face: CardFace }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  let text: string;
  if (face.kind === 'topic') {
    const topic = getTopic(face.topic);
    text = t('card.topic', { topic: topic ? pickText(topic.title, lang) : face.topic });
  } else if (face.kind === 'recall') {
    text = t(face.direction === 'title-to-statement' ? 'card.recallTitle' : 'card.recallStatement');
  } else {
    text = t(face.source === 'question' ? 'card.question' : 'card.principlePrompt');
  }
  return <p className="card-kind">{text}</p>;
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
      return (
        <>
          <p className="card-front">{face.source === 'question' ? pickText(face.prompt, lang) : t('card.tellStory', { title: pickText(face.prompt, lang) })}</p>
          <p className="meta">{t('card.aloud')}</p>
        </>
      );
  }
}

function PromptBack({ face }: { face: PromptCardFace }) {
  const { t } = useTranslation('review');
  const { t: tc } = useTranslation();
  return (
    <>
      {face.keyPoints.trim() !== '' && (
        <>
          <h3>{t('card.keyPoints')}</h3>
          <Markdown>{face.keyPoints}</Markdown>
        </>
      )}
      <h3>{t(face.storiesFrom === 'direct' ? 'card.stories' : 'card.storiesOfPrinciples')}</h3>
      {face.stories.length === 0 ? (
        <p className="prompt">
          {t('card.noStory')} <Link to="/stories">{t('card.writeStory')}</Link>
        </p>
      ) : (
        <ul className="story-lines">
          {face.stories.map((story) => (
            <li key={story.id}>
              <Link to={`/stories/${story.id}`} className="story-lines-title">
                {story.title}
              </Link>
              {story.lines.length > 0 && (
                <dl>
                  {story.lines.map((line) => (
                    <div key={line.section}>
                      <dt>{tc(`star.${line.section}`)}</dt>
                      <dd>{line.text}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
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
