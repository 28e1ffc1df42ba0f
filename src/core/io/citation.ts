/**
 * The part of a CITATION.cff file (YAML) that importers read: top-level `key: value` lines and the
 * authors' names. Only a fixed handful of fields is used (title, version, url, repository-code, names),
 * all plain, quoted or folded scalars, so a line reader covers them: the `yaml` package would add about
 * 30 KB gzip, more than the whole shared core, to read five fields.
 */

/** `"text"` and `'text'` as text (the CFF files DIRECT writes use no escapes inside quotes). */
const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Top-level `key: value` lines (block scalars folded), and the `key: value` lines of each `authors` item. */
export function readCff(text: string) {
  const lines = text.split(/\r?\n/);
  const top = new Map<string, { value: string; line: number }>();
  const authors: Map<string, string>[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const entry = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (entry) {
      const [, key = '', rest = ''] = entry;
      const start = i + 1;
      let value = unquote(rest);
      if (/^[>|][-+]?\s*$/.test(rest)) {
        // A block scalar: the indented lines that follow, folded (">") or kept as lines ("|").
        const parts: string[] = [];
        while (i + 1 < lines.length && /^(\s+\S|\s*$)/.test(lines[i + 1]!)) parts.push(lines[++i]!.trim());
        value = parts.join(rest.startsWith('>') ? ' ' : '\n').trim();
      }
      section = key;
      top.set(key, { value, line: start });
    } else if (section === 'authors') {
      const item = /^\s*(-\s+)?([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
      if (!item) continue;
      if (item[1] || authors.length === 0) authors.push(new Map());
      authors.at(-1)!.set(item[2]!, unquote(item[3]!));
    }
  }
  return { top, authors };
}
