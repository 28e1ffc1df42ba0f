/**
 * Which ids of a new version take over from which ids of the old one: the same id in both, plus what
 * the new version states (`replaces`) and what the caller states. Nothing is guessed here: texts that
 * merely look alike are flagged by the diff as probably the same, never mapped.
 */

/** A caller's mapping from old ids to new ones, for versions that do not state their own. */
export interface VersionMapping {
  readonly skills?: Readonly<Record<string, string | readonly string[]>>;
  readonly levels?: Readonly<Record<string, string | readonly string[]>>;
}

/** Where a mapping between two different ids was stated. */
export type MappingSource = 'file' | 'option';

export interface IdMap {
  /** Old id to the new ids that take over from it (its own id first when the new version keeps it). */
  readonly targets: ReadonlyMap<string, readonly string[]>;
  /** New id to the old ids it takes over from. */
  readonly sources: ReadonlyMap<string, readonly string[]>;
  /** Mappings between two different ids, with where each was stated. */
  readonly stated: ReadonlyArray<{ readonly from: string; readonly to: string; readonly by: MappingSource }>;
  /** Ids a mapping names that the version it points into does not have: reported, not used. */
  readonly unknown: ReadonlyArray<{ readonly id: string; readonly side: 'old' | 'new'; readonly by: MappingSource }>;
}

function push(map: Map<string, string[]>, key: string, value: string): boolean {
  const list = map.get(key);
  if (list?.includes(value)) return false;
  if (list) list.push(value);
  else map.set(key, [value]);
  return true;
}

export function buildIdMap(
  oldIds: readonly string[],
  newItems: ReadonlyArray<{ readonly id: string; readonly replaces?: readonly string[] }>,
  option: Readonly<Record<string, string | readonly string[]>> = {},
): IdMap {
  const inOld = new Set(oldIds);
  const inNew = new Set(newItems.map((item) => item.id));
  const targets = new Map<string, string[]>();
  const sources = new Map<string, string[]>();
  const stated: Array<IdMap['stated'][number]> = [];
  const unknown: Array<IdMap['unknown'][number]> = [];
  const link = (from: string, to: string, by?: MappingSource) => {
    if (!push(targets, from, to)) return;
    push(sources, to, from);
    if (by) stated.push({ from, to, by });
  };
  for (const id of oldIds) if (inNew.has(id)) link(id, id);
  for (const item of newItems) {
    for (const from of item.replaces ?? []) {
      if (!inOld.has(from)) unknown.push({ id: from, side: 'old', by: 'file' });
      else if (from !== item.id) link(from, item.id, 'file');
    }
  }
  for (const [from, to] of Object.entries(option)) {
    for (const target of typeof to === 'string' ? [to] : to) {
      if (!inOld.has(from)) unknown.push({ id: from, side: 'old', by: 'option' });
      else if (!inNew.has(target)) unknown.push({ id: target, side: 'new', by: 'option' });
      else if (from !== target) link(from, target, 'option');
    }
  }
  return { targets, sources, stated, unknown };
}
