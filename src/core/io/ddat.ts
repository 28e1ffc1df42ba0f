/**
 * Imports the UK Government Digital and Data Profession capability framework as published for download:
 *
 * - skills CSV: `Skill Name, Skill Description, <one column per level, in order>, Roles that require Skill`;
 * - roles CSV: one row per (role level, skill): `Role Family, Role, Role Description, Role Level,
 *   Role Level Description, Skill Name, Skill Description, Skill Level, Skill Level Description, Role Type`.
 *
 * Families, roles with their levels (promotions from each level to the next, in the order the file
 * gives them), and each level's required skills come from the roles CSV. Either file may come alone:
 * without the skills CSV, skills and descriptors come from the roles rows. Placeholders (`MISSING`)
 * are reported and dropped; `Role Type` and `Roles that require Skill` are not imported (the second is
 * what the roles CSV already says).
 */
import type { FrameworkInput, Role, RoleLevel } from '../schema/framework.js';
import { applyCell, readCell, readPlain, readRich, type SkillDraft } from './cells.js';
import { findColumn, readCsvTable, type CsvRow, type CsvTable } from './csv.js';
import { IdAllocator, slugify } from './ids.js';
import { frameworkHeader, type FrameworkMetadata } from './metadata.js';
import { newCleaning, reportCleaning, type HtmlCleaning } from './rich-from-html.js';
import { finishImport, ImportLog, withinLimit, type ImportResult, type SourceLocation } from './report.js';

export interface DdatFiles {
  readonly skills?: { readonly text: string; readonly file?: string };
  readonly roles?: { readonly text: string; readonly file?: string };
}

export type DdatImportOptions = FrameworkMetadata;

/** The published scale, used to order levels when only the roles CSV is given. */
const DDAT_LEVELS = ['awareness', 'working', 'practitioner', 'expert'];

const SKILL_NAME = /^skill(?: name)?$/i;
const SKILL_DESCRIPTION = /^skill description$/i;
const ROLES_THAT_REQUIRE = /^roles? that require/i;
const ROLE_COLUMNS = {
  family: /^role family$/i,
  role: /^role(?: name)?$/i,
  roleDescription: /^role description$/i,
  level: /^role level$/i,
  levelDescription: /^role level description$/i,
  skill: SKILL_NAME,
  skillDescription: SKILL_DESCRIPTION,
  skillLevel: /^skill level$/i,
  skillLevelDescription: /^skill level description$/i,
} as const;
/** The columns a roles row cannot be placed without, by their published headers. */
const REQUIRED_ROLE_COLUMNS = { role: 'Role', level: 'Role Level', skill: 'Skill Name', skillLevel: 'Skill Level' } as const;

interface RoleDraft {
  role: Role & { levels: RoleLevel[] };
  /** The longest text seen for the role and each level: later rows sometimes shorten it. */
  descriptionLength: number;
  levels: Map<string, { level: RoleLevel; descriptionLength: number; required: Map<string, string> }>;
}

class DdatReader {
  readonly log = new ImportLog();
  readonly cleaning: HtmlCleaning = newCleaning();
  readonly scale: Array<{ id: string; label: string }> = [];
  readonly skills = new Map<string, SkillDraft>();
  readonly skillIds = new IdAllocator('skill');
  readonly families = new Map<string, { id: string; name: string }>();
  readonly familyIds = new IdAllocator('family');
  readonly roles = new Map<string, RoleDraft>();
  readonly roleIds = new IdAllocator('role');
  notApplicable = false;

  at(file: string | undefined, row: number, column?: string): SourceLocation {
    return { ...(file === undefined ? {} : { file }), row, ...(column === undefined ? {} : { column }) };
  }

  levelId(label: string): string | undefined {
    const key = label.trim().toLowerCase();
    return this.scale.find((level) => level.label.toLowerCase() === key)?.id;
  }

  setLevel(skill: SkillDraft, levelId: string, value: string | undefined, at: SourceLocation): void {
    if (applyCell(skill.levels, levelId, readCell(value ?? '', at, this.log, this.cleaning))) this.notApplicable = true;
  }

  addSkill(name: string, description: string | undefined, at: SourceLocation): SkillDraft {
    const descriptionText = readRich(description ?? '', { ...at, column: 'Skill Description' }, this.cleaning);
    const skill: SkillDraft = {
      id: this.skillIds.take(slugify(name)).id,
      name,
      ...(descriptionText === undefined ? {} : { description: descriptionText }),
      levels: {},
    };
    this.skills.set(name.toLowerCase(), skill);
    return skill;
  }

  readSkills(table: CsvTable, file: string | undefined): void {
    const { columns } = table;
    const name = findColumn(columns, SKILL_NAME);
    const description = findColumn(columns, SKILL_DESCRIPTION);
    const rolesColumn = findColumn(columns, ROLES_THAT_REQUIRE);
    const levelColumns = columns
      .map((label, index) => ({ label, index }))
      .filter(({ label, index }) => label !== '' && ![name, description, rolesColumn].includes(index));
    if (levelColumns.length === 0) this.log.error('csv.missingColumn', this.at(file, table.header.row), { column: 'Awareness, Working, Practitioner, Expert' });
    const ids = new IdAllocator('level');
    for (const { label } of levelColumns) this.scale.push({ id: ids.take(slugify(label)).id, label });
    for (const { row, cells } of table.rows) {
      const skillName = readPlain(cells[name] ?? '', this.cleaning, this.at(file, row, columns[name]));
      if (skillName === '') {
        this.log.warn('cell.required', this.at(file, row, columns[name]));
        continue;
      }
      if (this.skills.has(skillName.toLowerCase())) {
        this.log.warn('cell.duplicate', this.at(file, row, columns[name]), { value: skillName });
        continue;
      }
      const skill = this.addSkill(skillName, description < 0 ? undefined : cells[description], this.at(file, row));
      levelColumns.forEach(({ label, index }, position) => this.setLevel(skill, this.scale[position]!.id, cells[index], this.at(file, row, label)));
    }
  }

  /** Without a skills CSV the scale is the levels the roles name: the published order where it applies. */
  scaleFromRoles(table: CsvTable, column: number): void {
    const names = new Map<string, string>();
    for (const { cells } of table.rows) {
      const label = (cells[column] ?? '').trim();
      if (label !== '' && !names.has(label.toLowerCase())) names.set(label.toLowerCase(), label);
    }
    const rank = (key: string) => (DDAT_LEVELS.includes(key) ? DDAT_LEVELS.indexOf(key) : DDAT_LEVELS.length);
    const ids = new IdAllocator('level');
    for (const [key, label] of [...names].sort((a, b) => rank(a[0]) - rank(b[0]))) this.scale.push({ id: ids.take(slugify(key)).id, label });
  }

  readRoles(table: CsvTable, file: string | undefined, haveSkills: boolean): void {
    const col = Object.fromEntries(
      Object.entries(ROLE_COLUMNS).map(([key, pattern]) => [key, findColumn(table.columns, pattern)]),
    ) as Record<keyof typeof ROLE_COLUMNS, number>;
    const missing = Object.entries(REQUIRED_ROLE_COLUMNS).filter(([key]) => col[key as keyof typeof col] < 0);
    for (const [, column] of missing) this.log.error('csv.missingColumn', this.at(file, table.header.row), { column });
    if (missing.length > 0) return;
    if (!haveSkills) this.scaleFromRoles(table, col.skillLevel);
    const get = (row: CsvRow, key: keyof typeof ROLE_COLUMNS) => (col[key] < 0 ? '' : (row.cells[col[key]] ?? ''));
    for (const row of table.rows) {
      const at = (key: keyof typeof ROLE_COLUMNS) => this.at(file, row.row, table.columns[col[key]]);
      const plain = (key: keyof typeof ROLE_COLUMNS) => readPlain(get(row, key), this.cleaning, at(key));
      const [roleName, levelName, skillName, levelLabel] = [plain('role'), plain('level'), plain('skill'), plain('skillLevel')];
      const blank = (['role', 'level', 'skill', 'skillLevel'] as const).find((_, i) => [roleName, levelName, skillName, levelLabel][i] === '');
      if (blank) {
        this.log.warn('cell.required', at(blank));
        continue;
      }
      const levelId = this.levelId(levelLabel);
      if (!levelId) {
        this.log.error('level.unknown', at('skillLevel'), { level: levelLabel, levels: this.scale.map((level) => level.label).join(', ') });
        continue;
      }
      let skill = this.skills.get(skillName.toLowerCase());
      if (!skill) {
        if (haveSkills) this.log.warn('skill.addedFromRoles', at('skill'), { skill: skillName });
        skill = this.addSkill(skillName, get(row, 'skillDescription'), this.at(file, row.row));
      }
      // The roles rows repeat the skills CSV's descriptors: they only fill a level it left without one.
      if (!(levelId in skill.levels)) this.setLevel(skill, levelId, get(row, 'skillLevelDescription'), at('skillLevelDescription'));
      const draft = this.role(roleName, plain('family'), get(row, 'roleDescription'), at('roleDescription'));
      const level = this.roleLevel(draft, levelName, get(row, 'levelDescription'), at('levelDescription'));
      const known = level.required.get(skill.id);
      if (known === undefined) level.required.set(skill.id, levelId);
      else if (known !== levelId) this.log.warn('role.duplicateLevel', at('skillLevel'), { skill: skill.name, role: levelName });
    }
  }

  role(name: string, familyName: string, description: string, at: SourceLocation): RoleDraft {
    const key = name.toLowerCase();
    let draft = this.roles.get(key);
    if (!draft) {
      const role: RoleDraft['role'] = { id: this.roleIds.take(slugify(name)).id, title: name, levels: [] };
      if (familyName !== '') role.family = this.family(familyName);
      draft = { role, descriptionLength: 0, levels: new Map() };
      this.roles.set(key, draft);
    }
    if (description.trim().length > draft.descriptionLength) {
      const text = readRich(description, at, this.cleaning);
      if (text !== undefined) [draft.role.description, draft.descriptionLength] = [text, description.trim().length];
    }
    return draft;
  }

  roleLevel(draft: RoleDraft, name: string, description: string, at: SourceLocation) {
    const key = name.toLowerCase();
    let entry = draft.levels.get(key);
    if (!entry) {
      const slug = slugify(name);
      // A role's main level often has the role's own name: roles and levels share one set of ids.
      const level: RoleLevel = { id: this.roleIds.take(this.roleIds.has(slug) ? `${slug}-level` : slug).id, title: name };
      entry = { level, descriptionLength: 0, required: new Map() };
      draft.levels.set(key, entry);
      draft.role.levels.push(level);
    }
    if (description.trim().length > entry.descriptionLength) {
      const text = readRich(description, at, this.cleaning);
      if (text !== undefined) [entry.level.description, entry.descriptionLength] = [text, description.trim().length];
    }
    return entry;
  }

  family(name: string): string {
    const key = name.toLowerCase();
    let family = this.families.get(key);
    if (!family) {
      family = { id: this.familyIds.take(slugify(name)).id, name };
      this.families.set(key, family);
    }
    return family.id;
  }

  framework(options: DdatImportOptions): FrameworkInput {
    const roles = [...this.roles.values()].map(({ role, levels }) => {
      for (const entry of levels.values()) {
        entry.level.requirements = [...entry.required].map(([skill, level]) => ({ skill, level, importance: 'essential' as const }));
      }
      return role;
    });
    const pathways = roles.flatMap((role) =>
      role.levels.slice(1).map((level, index) => ({ from: role.levels[index]!.id, to: level.id, kind: 'promotion' as const })),
    );
    return {
      ...frameworkHeader({ ...options, id: options.id ?? 'ddat' }, 'Government Digital and Data Profession Capability Framework'),
      profession: 'Digital and data',
      scale: { levels: this.scale, allowNotApplicable: this.notApplicable },
      skills: [...this.skills.values()],
      families: [...this.families.values()],
      roles,
      pathways,
    };
  }
}

/** Imports the DDaT skills CSV, roles CSV, or both (see `DdatFiles`). Never throws. */
export function importDdat(files: DdatFiles, options: DdatImportOptions = {}): ImportResult {
  const reader = new DdatReader();
  const { log } = reader;
  if (!files.skills && !files.roles) {
    log.error('package.missingPart', {}, { part: 'skills CSV, roles CSV' });
    return finishImport(undefined, log);
  }
  const table = (part: { text: string; file?: string }, isHeader: (columns: readonly string[]) => boolean) =>
    withinLimit(part.text, log, part.file) ? readCsvTable(part.text, log, isHeader, part.file) : undefined;
  const skills = files.skills && table(files.skills, (columns) => columns.some((c) => SKILL_NAME.test(c)));
  if (skills) reader.readSkills(skills, files.skills!.file);
  const roles = files.roles && table(files.roles, (columns) => columns.some((c) => ROLE_COLUMNS.role.test(c)));
  if (roles && !log.failed) reader.readRoles(roles, files.roles!.file, skills !== undefined);
  reportCleaning(reader.cleaning, log);
  if (log.failed) return finishImport(undefined, log);
  return finishImport(reader.framework(options), log);
}
