import { slugify } from './ids.js';

/** What an import cannot read from its source and the author may give: the framework's own fields. */
export interface FrameworkMetadata {
  readonly id?: string;
  readonly title?: string;
  readonly version?: string;
  /** The language the source is written in (`en` when not given). */
  readonly language?: string;
}

/** The framework's own fields: the author's where given, else a title from the source and an id made from it. */
export function frameworkHeader(options: FrameworkMetadata, sourceTitle: string) {
  const title = options.title ?? sourceTitle;
  return {
    schemaVersion: 1 as const,
    id: options.id ?? (slugify(title) || 'framework'),
    version: options.version ?? '1.0.0',
    title,
    ...(options.language ? { language: options.language } : {}),
  };
}

/** A file's name without its folders, from a path written with either kind of slash. */
export const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
