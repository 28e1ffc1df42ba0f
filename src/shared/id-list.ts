/**
 * Every list attribute (`skills`, `family`, `views`, `compare`…) is read one way: ids separated by
 * white space, as HTML's own token lists (`class`, `headers`) are. Commas are read as separators too,
 * so pages written for 0.1 (`skills="a,b"`) keep working. Empty items and repeats are dropped.
 */
export function idList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}
