/** The record with one entry marked deleted (or restored) at `now`; null when there is no such entry. */
export function flagDeleted<T extends { readonly deleted: boolean; readonly updatedAt: number }>(
  records: Readonly<Record<string, T>>,
  id: string,
  deleted: boolean,
  now: number,
): Record<string, T> | null {
  const current = records[id];
  return current ? { ...records, [id]: { ...current, deleted, updatedAt: now } } : null;
}
