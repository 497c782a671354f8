import { useTranslation } from 'react-i18next';
import { useLang } from '@/components/use-lang';
import { cardLabel, useFaceOf } from './card-label';

/**
 * One card in a list, as its question (or what it asks). Its own chunk: it brings every card's
 * face, which lists of cards load only once they have a card to name.
 */
export function CardListLabel({ id }: { id: string }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const faceOf = useFaceOf();
  return <>{cardLabel(faceOf(id), lang, t)}</>;
}
