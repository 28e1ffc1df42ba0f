import { agreementSkills, isDifference, ratedSkills, type SkillAgreement } from '../../core/analysis/agreement.js';
import { selectSkills } from '../../core/analysis/selection.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import type { ReadAssessment } from '../../core/parse-assessments.js';
import type { Assessment, Rating } from '../../core/schema/assessment.js';
import type { Category, Requirement, Skill } from '../../core/schema/framework.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { MessageParams } from '../../i18n/types.js';
import { idList } from '../../shared/id-list.js';

/** Someone in the conversation, as the agreement records them. */
export interface AgreementPerson {
  id?: string;
  name?: string;
}

/** One assessment put on the table, with the name it is shown under. */
export interface Source {
  readonly label: string;
  readonly assessment: Assessment;
}

/** One skill of the conversation: the skill, and how the assessments stand on it. */
export interface AgreementRow extends SkillAgreement {
  readonly definition: Skill;
}

export interface AgreementGroup {
  readonly category?: Category;
  readonly rows: readonly AgreementRow[];
}

/** What the agreement shows, worked out before each render. */
export interface CalibrationModel {
  readonly index: FrameworkIndex;
  readonly sources: readonly Source[];
  /** Every skill the conversation covers, in the framework's order: what is validated and recorded. */
  readonly rows: readonly AgreementRow[];
  /** The rows the filters leave, under their categories. */
  readonly groups: readonly AgreementGroup[];
  readonly requirements: ReadonlyMap<string, Requirement>;
  readonly unknownRole?: string;
  readonly unknownSkills: readonly string[];
  readonly differences: number;
  /** Skills the assessments rate that the framework does not have: kept, and listed apart. */
  readonly unmatched: readonly string[];
}

export interface CalibrationOptions {
  readonly roleId?: string | null;
  readonly skills?: string;
  readonly onlyDifferences: boolean;
  readonly onlyRole: boolean;
  /** Skills shown whatever the filters say: those with a problem reported. */
  readonly forced: ReadonlySet<string>;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The assessments' names: the host's label, else the rater's; two alike are numbered. */
export function nameSources(t: Translate, read: readonly ReadAssessment[]): Source[] {
  const labels = read.map(({ label, assessment }) => label ?? t(`calibration.rater.${assessment.rater}`));
  return read.map(({ assessment }, i) => {
    const alike = labels.filter((other) => other === labels[i]).length > 1;
    const name = alike ? `${labels[i]} (${labels.slice(0, i + 1).filter((other) => other === labels[i]).length})` : labels[i]!;
    return { label: name, assessment };
  });
}

/**
 * The skills a conversation covers: those asked for with `skills`; else every skill the role needs
 * and every skill anyone (the agreement included) has rated, in the framework's order.
 */
export function calibrationModel(
  index: FrameworkIndex,
  sources: readonly Source[],
  agreed: Readonly<Record<string, Rating>>,
  options: CalibrationOptions,
): CalibrationModel {
  const { framework } = index;
  const role = options.roleId ? selectSkills(framework, { role: options.roleId }) : undefined;
  const asked = idList(options.skills);
  const assessments = sources.map((source) => source.assessment);
  const wanted = new Set(
    asked.length > 0 ? asked : [...(role?.skillIds ?? []), ...ratedSkills(framework, [...assessments, { ratings: agreed }])],
  );
  const covered = framework.skills.filter((skill) => wanted.has(skill.id));
  const rows = agreementSkills(
    framework,
    assessments,
    covered.map((skill) => skill.id),
  ).map((row, i) => ({ ...row, definition: covered[i]! }));
  const byId = new Map(rows.map((row) => [row.skill, row]));
  const requirements = role?.requirements ?? new Map<string, Requirement>();
  const shown = (row: AgreementRow) =>
    options.forced.has(row.skill) ||
    ((!options.onlyDifferences || isDifference(row)) && (!options.onlyRole || !role || requirements.has(row.skill)));
  const groups = selectSkills(framework)
    .groups.map((group) => ({
      ...(group.category ? { category: group.category } : {}),
      rows: group.skills.flatMap((skill) => {
        const row = byId.get(skill.id);
        return row && shown(row) ? [row] : [];
      }),
    }))
    .filter((group) => group.rows.length > 0);
  const rated = new Set(assessments.flatMap((assessment) => Object.keys(assessment.ratings)));
  return {
    index,
    sources,
    rows,
    groups,
    requirements,
    ...(role?.unknownRole === undefined ? {} : { unknownRole: role.unknownRole }),
    unknownSkills: asked.filter((id) => !index.skills.has(id)),
    differences: rows.filter(isDifference).length,
    unmatched: [...rated].filter((skill) => !index.skills.has(skill)),
  };
}

/** The people assessed, when the assessments are not all of one person (told apart by subject id, else name). */
export function otherPeople(sources: readonly Source[]): string[] {
  const people = new Map<string, string>();
  for (const { assessment, label } of sources) {
    const { subject } = assessment;
    if (subject?.id ?? subject?.name) people.set(subject.id ?? subject.name!, subject.name ?? subject.id ?? label);
  }
  return people.size > 1 ? [...people.values()] : [];
}

/**
 * The agreed answers as an assessment of record: the person assessed (from the agreement so far, else the
 * first assessment that names them), when it was agreed (its last change), by whom, and from which
 * assessments (each by its rater, the label the host gave it, and when it was last changed).
 */
export function agreedAssessment(built: Assessment, read: readonly ReadAssessment[], agreedBy?: readonly AgreementPerson[]): Assessment {
  const subject = built.subject ?? read.find((entry) => entry.assessment.subject)?.assessment.subject;
  const at = built.updatedAt ?? built.agreement?.at;
  const by = agreedBy ?? built.agreement?.by;
  const from = read.map(({ assessment, label }) => {
    const changed = assessment.updatedAt ?? assessment.submittedAt ?? assessment.createdAt;
    return { rater: assessment.rater, ...(label === undefined ? {} : { label }), ...(changed ? { at: changed } : {}) };
  });
  return {
    ...built,
    ...(subject ? { subject } : {}),
    ...(at ? { agreement: { at, ...(by ? { by: by.map((person) => ({ ...person })) } : {}), from } } : {}),
  };
}
