import { useTranslation } from 'react-i18next';
import type { NewCardBudget } from '@/domain/review-queue';

/** The shared new-card allowance and, with an interview date, the one pacing figure. */
export function NewCardsLine({ budget }: { budget: NewCardBudget }) {
  const { t } = useTranslation('review');
  const left = t('budget.left', { count: budget.left });
  if (budget.pacing === null || budget.pacing.total === 0) return <p className="meta new-cards-line">{left}</p>;
  const { daysLeft, perDay, total } = budget.pacing;
  return (
    <p className="meta new-cards-line">
      {left} {daysLeft === 1 ? t('budget.pacingTomorrow', { total }) : t('budget.pacing', { count: daysLeft, perDay, total })}
    </p>
  );
}
