/**
 * Imports the UK Government Digital and Data Profession capability framework as published for download:
 *
 * - skills CSV: `Skill Name, Skill Description, <one column per level, in order>, Roles that require Skill`;
 * - roles CSV: one row per (role level, skill): `Role Family, Role, Role Description, Role Level,
 *   Role Level Description, Skill Name, Skill Description, Skill Level, Skill Level Description, Role Type`.
 *
 * Families, roles with their levels (promotions from each level to the next, in the order the file
 * gives them), each level's required skills, and each role's type come from the roles CSV. Either file
 * may come alone: without the skills CSV, skills and descriptors come from the roles rows.
 *
 * Every row is kept as far as it can be, and what could not be kept is reported where it is: a
 * placeholder (`MISSING`, `NOT IN USE`) is absent; a role whose level is a placeholder (the chief roles
 * of the profession) is a role without levels, needing its skills with no level stated; a skill level
 * the scale lacks keeps the requirement with no level stated; a repeated row is left out.
 * `Roles that require Skill` is not imported (it is what the roles CSV already says).
 */
import { isNotApplicable } from '../levels.js';
import type { FrameworkInput, Role, RoleLevel } from '../schema/framework.js';
import { applyCell, isAbsent, readCell, readPlain, readRich, type SkillDraft } from './cells.js';
import { findColumn, readCsvTable, type CsvRow, type CsvTable } from './csv.js';
import { IdAllocator, slugify } from './ids.js';
import { frameworkHeader, type FrameworkMetadata } from './metadata.js';
import { newCleaning, reportCleaning, type HtmlCleaning } from './rich-from-html.js';
import { finishImport, ImportLog, withinLimit, type ImportResult, type SourceLocation } from './report.js';
import { IgnoredColumns, mergeSkillRow, RepeatFinder } from './skill-rows.js';

export interface DdatFiles {
  readonly skills?: { readonly text: string; readonly file?: string };
  readonly roles?: { readonly text: string; readonly file?: string };
}

export type DdatImportOptions = FrameworkMetadata;

/** The published scale: orders levels when only the roles CSV is given, and tells level columns from others. */
const DDAT_LEVELS = ['awareness', 'working', 'practitioner', 'expert'];

const SKILL_NAME = /^skill(?: name)?$/i;
const SKILL_DESCRIPTION = /^skill description$/i;
const ROLES_THAT_REQUIRE = /^roles? that requires?\b/i;
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
  type: /^role type$/i,
} as const;
type RoleColumn = keyof typeof ROLE_COLUMNS;
/** The columns a roles row is placed by, with their published headers: without one, rows are kept without it. */
const PLACING_COLUMNS = { role: 'Role', level: 'Role Level', skill: 'Skill Name', skillLevel: 'Skill Level' } as const;

/** What a role or role level needs of one skill, and the row that said so first. */
interface Need {
  level: string | undefined;
  readonly at: SourceLocation;
}

interface LevelDraft {
  readonly level: RoleLevel;
  descriptionLength: number;
  readonly required: Map<string, Need>;
}

interface RoleDraft {
  readonly role: Role & { levels: RoleLevel[] };
  /** The longest text seen for the role: later rows sometimes shorten it. */
  descriptionLength: number;
  readonly levels: Map<string, LevelDraft>;
  /** What rows without a role level name: the role as a whole needs it. */
  readonly required: Map<string, Need>;
  /** The family and type as first given, to report rows that disagree. */
  familyName: string;
  typeName: string;
}

class DdatReader {
  readonly log = new ImportLog();
  readonly cleaning: HtmlCleaning = newCleaning();
  readonly scale: Array<{ id: string; label: string }> = [];
  readonly skills = new Map<string, SkillDraft & { row: number }>();
  readonly skillIds = new IdAllocator('skill');
  readonly families = new Map<string, { id: string; name: string }>();
  readonly familyIds = new IdAllocator('family');
  readonly roles = new Map<string, RoleDraft>();
  readonly roleIds = new IdAllocator('role');
  notApplicable = false;

  at(file: string | undefined, row: number, column?: string): SourceLocation & { row: number } {
    // Written out rather than spread: a large roles file asks for hundreds of thousands of these.
    if (column === undefined) return file === undefined ? { row } : { file, row };
    return file === undefined ? { row, column } : { file, row, column };
  }

  levelId(label: string): string | undefined {
    const key = label.replace(/\s+/g, ' ').trim().toLowerCase();
    return this.scale.find((level) => level.label.toLowerCase() === key)?.id;
  }

  setLevel(skill: SkillDraft, levelId: string, value: string | undefined, at: SourceLocation): void {
    if (applyCell(skill.levels, levelId, readCell(value ?? '', at, this.log, this.cleaning))) this.notApplicable = true;
  }

  /** Whether a cell holds a placeholder (or N/A), which is then reported where it is: left out, never shown. */
  placeholder(value: string | undefined, at: SourceLocation): boolean {
    if (value === undefined || value.trim() === '' || !isAbsent(value)) return false;
    this.log.warn('cell.placeholder', at, { value: value.trim().slice(0, 40) });
    return true;
  }

  /** Rich text from a description cell; a placeholder there is reported and left out. */
  description(value: string | undefined, at: SourceLocation) {
    return this.placeholder(value, at) ? undefined : readRich(value ?? '', at, this.cleaning);
  }

  addSkill(name: string, description: string | undefined, at: SourceLocation & { row: number }): SkillDraft & { row: number } {
    const descriptionText = this.description(description, at);
    const skill = {
      id: this.skillIds.take(slugify(name)).id,
      name,
      ...(descriptionText === undefined ? {} : { description: descriptionText }),
      levels: {},
      row: at.row,
    };
    this.skills.set(name.toLowerCase(), skill);
    return skill;
  }

  /**
   * The level columns: all columns but the skill's name, description and roles, unless some of them are
   * named as levels are (the published ones, or a Skill Level the roles CSV uses): then only those, and
   * any other column is reported and its cells not imported.
   */
  levelColumns(columns: readonly string[], known: ReadonlySet<string>, skip: readonly number[]) {
    const candidates = columns
      .map((label, index) => ({ label, index }))
      .filter(({ label, index }) => label !== '' && !skip.includes(index));
    const named = candidates.filter(({ label }) => known.has(label.toLowerCase()));
    return {
      levels: named.length > 0 ? named : candidates,
      ignored: named.length > 0 ? candidates.filter((column) => !named.includes(column)) : [],
    };
  }

  readSkills(table: CsvTable, file: string | undefined, knownLevels: ReadonlySet<string>): void {
    const { columns } = table;
    const name = findColumn(columns, SKILL_NAME);
    const description = findColumn(columns, SKILL_DESCRIPTION);
    const rolesColumn = findColumn(columns, ROLES_THAT_REQUIRE);
    const { levels, ignored } = this.levelColumns(columns, knownLevels, [name, description, rolesColumn]);
    if (levels.length === 0)
      return this.log.error('csv.missingColumn', this.at(file, table.header.row), { column: 'Awareness, Working, Practitioner, Expert' });
    const notImported = new IgnoredColumns(ignored, this.log, (row, column) => this.at(file, row, column), table.header);
    const ids = new IdAllocator('level');
    for (const { label } of levels) this.scale.push({ id: ids.take(slugify(label)).id, label });
    for (const csvRow of table.rows) {
      const { row, cells } = csvRow;
      const skillName = readPlain(cells[name] ?? '', this.cleaning, this.at(file, row, columns[name]));
      if (isAbsent(skillName)) {
        this.log.leaveOut(this.at(file, row), 'cell.required', undefined, this.at(file, row, columns[name]));
        continue;
      }
      notImported.report(csvRow);
      const levelCells = levels.map(({ label, index }, position) => ({
        level: this.scale[position]!.id,
        value: cells[index] ?? '',
        at: this.at(file, row, label),
      }));
      const first = this.skills.get(skillName.toLowerCase());
      if (first) {
        const repeated = {
          at: this.at(file, row),
          nameAt: this.at(file, row, columns[name]),
          name: skillName,
          first: first.row,
          ...(description < 0 ? {} : { description: { value: cells[description] ?? '', at: this.at(file, row, columns[description]) } }),
          levels: levelCells,
        };
        if (mergeSkillRow(first, repeated, this.log, this.cleaning)) this.notApplicable = true;
        continue;
      }
      const skill = this.addSkill(skillName, description < 0 ? undefined : cells[description], this.at(file, row, columns[description]));
      for (const cell of levelCells) this.setLevel(skill, cell.level, cell.value, cell.at);
    }
  }

  /** Without a skills CSV the scale is the levels the roles name: the published order where it applies. */
  scaleFromRoles(table: CsvTable, column: number): void {
    const names = new Map<string, string>();
    for (const { cells } of table.rows) {
      const label = (cells[column] ?? '').replace(/\s+/g, ' ').trim();
      if (!isAbsent(label) && !names.has(label.toLowerCase())) names.set(label.toLowerCase(), label);
    }
    const rank = (key: string) => (DDAT_LEVELS.includes(key) ? DDAT_LEVELS.indexOf(key) : DDAT_LEVELS.length);
    const ids = new IdAllocator('level');
    for (const [key, label] of [...names].sort((a, b) => rank(a[0]) - rank(b[0])))
      this.scale.push({ id: ids.take(slugify(key)).id, label });
  }

  readRoles(table: CsvTable, file: string | undefined, haveSkills: boolean): void {
    const col = Object.fromEntries(
      Object.entries(ROLE_COLUMNS).map(([key, pattern]) => [key, findColumn(table.columns, pattern)]),
    ) as Record<RoleColumn, number>;
    for (const [key, column] of Object.entries(PLACING_COLUMNS)) {
      if (col[key as RoleColumn] < 0) this.log.warn('csv.missingColumn', this.at(file, table.header.row), { column });
    }
    if (!haveSkills && col.skillLevel >= 0) this.scaleFromRoles(table, col.skillLevel);
    const get = (row: CsvRow, key: RoleColumn) => (col[key] < 0 ? '' : (row.cells[col[key]] ?? ''));
    const repeats = new RepeatFinder();
    for (const row of table.rows) {
      const at = (key: RoleColumn) => this.at(file, row.row, table.columns[col[key]]);
      // Each name cell read once, though the repeat check and the placing both ask for it.
      const names = new Map<RoleColumn, string>();
      const plain = (key: RoleColumn) => {
        let name = names.get(key);
        if (name === undefined) names.set(key, (name = readPlain(get(row, key), this.cleaning, at(key))));
        return name;
      };
      const [roleName, skillName] = [plain('role'), plain('skill')];
      if (isAbsent(roleName) && isAbsent(skillName)) {
        this.log.leaveOut(this.at(file, row.row), 'cell.required', undefined, at(col.role >= 0 ? 'role' : 'skill'));
        continue;
      }
      // The same row twice adds nothing: it is left out, and says where the first is. (A repeat that differs
      // in spacing or case is read again, and places nothing new.)
      const first = repeats.firstOf(row, [roleName, plain('level'), skillName, plain('skillLevel')].join('\u0000'));
      if (first !== undefined) {
        this.log.leaveOut(this.at(file, row.row), 'row.duplicate', { first });
        continue;
      }
      this.readRoleRow(row, file, haveSkills, { at, plain, get: (key) => get(row, key) }, roleName, skillName);
    }
  }

  readRoleRow(
    row: CsvRow,
    file: string | undefined,
    haveSkills: boolean,
    cell: {
      at: (key: RoleColumn) => SourceLocation & { row: number };
      plain: (key: RoleColumn) => string;
      get: (key: RoleColumn) => string;
    },
    roleName: string,
    skillName: string,
  ): void {
    const { at, plain, get } = cell;
    let skill: (SkillDraft & { row: number }) | undefined;
    if (!isAbsent(skillName)) {
      skill = this.skills.get(skillName.toLowerCase());
      if (!skill) {
        if (haveSkills) this.log.warn('skill.addedFromRoles', at('skill'), { skill: skillName });
        skill = this.addSkill(skillName, get('skillDescription'), at('skillDescription'));
      } else this.placeholder(get('skillDescription'), at('skillDescription')); // the description read before stands
    }
    if (isAbsent(roleName)) return this.log.warn('row.noRole', at('role'), { skill: skillName });
    const draft = this.role(roleName, plain('family'), plain('type'), get('roleDescription'), at);
    const levelName = plain('level');
    // A role level that is a placeholder is no level: the chief roles are published so.
    const needs = isAbsent(levelName)
      ? draft.required
      : this.roleLevel(draft, levelName, get('levelDescription'), at('levelDescription')).required;
    if (isAbsent(levelName) && levelName !== '')
      this.log.warn('role.noLevel', at('level'), { role: roleName, value: levelName.slice(0, 40) });
    if (!skill) return this.log.warn('row.noSkill', at('skill'), { role: roleName });
    const levelLabel = plain('skillLevel');
    const levelId = isAbsent(levelLabel) ? undefined : this.levelId(levelLabel);
    // The roles rows repeat the skills CSV's descriptors: they only fill a level it left without one.
    if (levelId !== undefined && !(levelId in skill.levels))
      this.setLevel(skill, levelId, get('skillLevelDescription'), at('skillLevelDescription'));
    else if (levelId !== undefined) this.placeholder(get('skillLevelDescription'), at('skillLevelDescription'));
    const known = needs.get(skill.id);
    if (known?.level !== undefined && known.level !== levelId) {
      return this.log.warn('role.duplicateLevel', at('skillLevel'), { skill: skill.name, role: levelName || roleName });
    }
    if (known === undefined || levelId !== undefined) needs.set(skill.id, { level: levelId, at: at('skillLevel') });
    if (levelId !== undefined || known !== undefined) return;
    const given = { skill: skill.name, role: roleName };
    // Without a Skill Level column there is nothing to report per row: the missing column is reported once.
    if (levelLabel === '' && at('skillLevel').column !== undefined) this.log.warn('requirement.blankLevel', at('skillLevel'), given);
    else if (isAbsent(levelLabel) && levelLabel !== '')
      this.log.warn('requirement.noLevel', at('skillLevel'), { ...given, value: levelLabel.slice(0, 40) });
    else if (levelLabel !== '') {
      this.log.warn('requirement.unknownLevel', at('skillLevel'), {
        ...given,
        level: levelLabel.slice(0, 40),
        levels: this.scale.map((level) => level.label).join(', '),
      });
    }
  }

  role(name: string, familyName: string, typeName: string, description: string, at: (key: RoleColumn) => SourceLocation): RoleDraft {
    const key = name.toLowerCase();
    let draft = this.roles.get(key);
    if (!draft) {
      const role: RoleDraft['role'] = { id: this.roleIds.take(slugify(name)).id, title: name, levels: [] };
      draft = { role, descriptionLength: 0, levels: new Map(), required: new Map(), familyName: '', typeName: '' };
      this.roles.set(key, draft);
    }
    const { role } = draft;
    this.firstValue(draft, 'familyName', familyName, at('family'), (value) => (role.family = this.family(value)));
    this.firstValue(draft, 'typeName', typeName, at('type'), (value) => (role.type = value));
    if (!this.placeholder(description, at('roleDescription')) && description.trim().length > draft.descriptionLength) {
      const text = readRich(description, at('roleDescription'), this.cleaning);
      if (text !== undefined) [role.description, draft.descriptionLength] = [text, description.trim().length];
    }
    return draft;
  }

  /** A role's family or type: the first value kept; a later row that gives another is reported. */
  firstValue(draft: RoleDraft, field: 'familyName' | 'typeName', value: string, at: SourceLocation, keep: (value: string) => void): void {
    if (this.placeholder(value, at) || isAbsent(value)) return;
    if (draft[field] === '') {
      draft[field] = value;
      keep(value);
    } else if (draft[field].toLowerCase() !== value.toLowerCase()) {
      this.log.warn('cell.differs', at, { value: value.slice(0, 40), kept: draft[field].slice(0, 40) });
    }
  }

  roleLevel(draft: RoleDraft, name: string, description: string, at: SourceLocation): LevelDraft {
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
    if (!this.placeholder(description, at) && description.trim().length > entry.descriptionLength) {
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

  /**
   * A need as a requirement. A level the skill does not apply at cannot be required: the requirement
   * is kept with no level stated, and the row that gave it is reported.
   */
  requirements(needs: ReadonlyMap<string, Need>, skills: ReadonlyMap<string, SkillDraft>) {
    return [...needs].map(([id, { level, at }]) => {
      const skill = skills.get(id)!;
      const notApplicable = level !== undefined && isNotApplicable(skill.levels[level]);
      if (notApplicable)
        this.log.warn('requirement.notApplicable', at, { skill: skill.name, level: this.scale.find((known) => known.id === level)!.label });
      return { skill: id, ...(level === undefined || notApplicable ? {} : { level }), importance: 'essential' as const };
    });
  }

  framework(options: DdatImportOptions): FrameworkInput {
    const skills = new Map([...this.skills.values()].map((skill) => [skill.id, skill]));
    const roles = [...this.roles.values()].map(({ role, levels, required }) => {
      if (required.size > 0) role.requirements = this.requirements(required, skills);
      for (const entry of levels.values()) entry.level.requirements = this.requirements(entry.required, skills);
      if (role.levels.length === 0) delete (role as Partial<typeof role>).levels;
      return role;
    });
    const pathways = roles.flatMap((role) =>
      (role.levels ?? []).slice(1).map((level, index) => ({ from: role.levels![index]!.id, to: level.id, kind: 'promotion' as const })),
    );
    return {
      ...frameworkHeader({ ...options, id: options.id ?? 'ddat' }, 'Government Digital and Data Profession Capability Framework'),
      profession: 'Digital and data',
      scale: { levels: this.scale, allowNotApplicable: this.notApplicable },
      skills: [...this.skills.values()].map(({ row: _row, ...skill }) => skill),
      families: [...this.families.values()],
      roles,
      pathways,
    };
  }
}

/** The Skill Level words a roles CSV uses, to tell level columns of the skills CSV from other columns. */
function levelsNamedIn(roles: CsvTable | undefined): Set<string> {
  const known = new Set(DDAT_LEVELS);
  const column = roles ? findColumn(roles.columns, ROLE_COLUMNS.skillLevel) : -1;
  for (const { cells } of column < 0 ? [] : roles!.rows) {
    const label = (cells[column] ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!isAbsent(label)) known.add(label);
  }
  return known;
}

/**
 * Imports the DDaT skills CSV, roles CSV, or both (see `DdatFiles`). Never throws. Fails only when no
 * framework can be made: neither file can be read as its layout, or no skills or levels are found.
 */
export function importDdat(files: DdatFiles, options: DdatImportOptions = {}): ImportResult {
  const reader = new DdatReader();
  const { log } = reader;
  if (!files.skills && !files.roles) {
    log.error('package.missingPart', {}, { part: 'skills CSV, roles CSV' });
    return finishImport(undefined, log);
  }
  const table = (part: { text: string; file?: string } | undefined, isHeader: (columns: readonly string[]) => boolean) =>
    part && withinLimit(part.text, log, part.file) ? readCsvTable(part.text, log, isHeader, part.file) : undefined;
  const roles = table(
    files.roles,
    (columns) => columns.some((c) => ROLE_COLUMNS.role.test(c)) || columns.some((c) => ROLE_COLUMNS.level.test(c)),
  );
  const skills = table(files.skills, (columns) => columns.some((c) => SKILL_NAME.test(c)));
  // One file that cannot be read costs only itself, when the other gives the framework its skills.
  if (log.failed && (skills || roles)) demoteErrors(log);
  if (skills) reader.readSkills(skills, files.skills!.file, levelsNamedIn(roles));
  if (roles && !log.failed) reader.readRoles(roles, files.roles!.file, skills !== undefined && reader.scale.length > 0);
  reportCleaning(reader.cleaning, log);
  // Located by the file that should have given them: the skills CSV, else the roles CSV.
  const where = (first?: DdatFiles[keyof DdatFiles], second?: DdatFiles[keyof DdatFiles]) => {
    const file = first?.file ?? second?.file;
    return file === undefined ? {} : { file };
  };
  if (!log.failed && reader.skills.size === 0) log.error('import.empty', where(files.skills, files.roles));
  if (!log.failed && reader.scale.length === 0) log.error('import.noLevels', where(files.skills, files.roles));
  if (log.failed) return finishImport(undefined, log);
  return finishImport(reader.framework(options), log);
}

/** The errors so far as warnings: a file that could not be read, when the other can be. */
function demoteErrors(log: ImportLog): void {
  log.issues.forEach((issue, index) => {
    if (issue.severity === 'error') log.issues[index] = { ...issue, severity: 'warning' };
  });
}
