import { Link } from 'react-router';
import { getPrinciple } from '@/lib/content';
import { useLang } from './use-lang';

/** Links to the given LPs, as small tags. */
export function PrincipleTags({ ids, label }: { ids: readonly string[]; label: string }) {
  const lang = useLang();
  if (ids.length === 0) return null;
  return (
    <ul className="tags" aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <Link className="tag" to={`/principles/${id}`}>
            {getPrinciple(id)?.title[lang] ?? id}
          </Link>
        </li>
      ))}
    </ul>
  );
}
