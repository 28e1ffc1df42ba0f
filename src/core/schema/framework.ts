import * as z from 'zod/mini';
import { matches, notEmpty } from './checks.js';
import { id, LANGUAGE_TAG, safeUrl } from './ids.js';
import { richText, text } from './text.js';

export const FRAMEWORK_SCHEMA_VERSION = 1;

export const PATHWAY_KINDS = ['promotion', 'lateral', 'cross-profession'] as const;
export const IMPORTANCE = ['essential', 'desirable'] as const;

/**
 * Ids of the previous version that an item takes over from: the version's own mapping, read by
 * `diffFrameworks` and the migrations. Two ids merge into one item; one id named by two items splits.
 */
const replaces = z.optional(z.array(id));

const level = z.strictObject({
  id,
  label: text,
  description: z.optional(richText),
  replaces,
});

const notApplicable = z.strictObject({
  notApplicable: z.literal(true),
  note: z.optional(text),
});

const skill = z.strictObject({
  id,
  name: text,
  description: z.optional(richText),
  category: z.optional(id),
  replaces,
  /** Descriptors per level id; a missing level falls back to the scale's description. */
  levels: z.record(z.string(), z.union([notApplicable, richText])),
});

/** A requirement may leave `level` out: the role names the skill but states no level for it. */
const requirement = z.strictObject({
  skill: id,
  level: z.optional(id),
  importance: z._default(z.literal(IMPORTANCE), 'essential'),
});

const roleLevel = z.strictObject({
  id,
  title: text,
  grade: z.optional(z.string()),
  /** The kind of role as the framework names it: a grade band ("Senior Civil Service") or a role type. */
  type: z.optional(text),
  description: z.optional(richText),
  requirements: z.optional(z.array(requirement)),
});

const role = z.strictObject({
  id,
  title: text,
  family: z.optional(id),
  grade: z.optional(z.string()),
  type: z.optional(text),
  description: z.optional(richText),
  requirements: z.optional(z.array(requirement)),
  levels: z.optional(z.array(roleLevel)),
});

export const frameworkSchema = z.strictObject({
  schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
  id,
  version: z.string().check(notEmpty()),
  title: text,
  profession: z.optional(text),
  /** The language of plain (not localised) text in the file; `en` when not given. */
  language: z.optional(z.string().check(matches(LANGUAGE_TAG, 'language.tag'))),
  description: z.optional(richText),
  source: z.optional(z.strictObject({ name: text, url: z.optional(safeUrl), note: z.optional(text) })),
  licence: z.optional(z.strictObject({ name: z.string().check(notEmpty()), url: z.optional(safeUrl) })),
  scale: z.strictObject({
    levels: z.array(level).check(notEmpty()),
    allowNotApplicable: z._default(z.boolean(), false),
    allowNotObserved: z._default(z.boolean(), false),
  }),
  categories: z._default(z.array(z.strictObject({ id, name: text, description: z.optional(richText), parent: z.optional(id) })), []),
  skills: z.array(skill).check(notEmpty()),
  families: z._default(z.array(z.strictObject({ id, name: text, description: z.optional(richText) })), []),
  roles: z._default(z.array(role), []),
  pathways: z._default(z.array(z.strictObject({ from: id, to: id, kind: z.literal(PATHWAY_KINDS), note: z.optional(text) })), []),
  learning: z._default(
    z.array(
      z.strictObject({
        id,
        title: text,
        url: safeUrl,
        description: z.optional(richText),
        provider: z.optional(text),
        skills: z.array(z.strictObject({ skill: id, levels: z.optional(z.array(id)) })),
      }),
    ),
    [],
  ),
});

export type Framework = z.output<typeof frameworkSchema>;
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type Level = Framework['scale']['levels'][number];
export type Skill = Framework['skills'][number];
export type SkillLevelEntry = Skill['levels'][string];
export type Role = Framework['roles'][number];
export type RoleLevel = NonNullable<Role['levels']>[number];
export type Requirement = NonNullable<Role['requirements']>[number];
export type Pathway = Framework['pathways'][number];
export type PathwayKind = (typeof PATHWAY_KINDS)[number];
export type Importance = (typeof IMPORTANCE)[number];
export type LearningResource = Framework['learning'][number];
export type Category = Framework['categories'][number];
export type Family = Framework['families'][number];
