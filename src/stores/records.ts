/** The record with `id` set to `value`, or without `id` when `value` is undefined (a new object). */
export function setRecord<T>(record: Readonly<Record<string, T>>, id: string, value: T | undefined): Record<string, T> {
  if (value !== undefined) return { ...record, [id]: value };
  const { [id]: _removed, ...rest } = record;
  return rest;
}
