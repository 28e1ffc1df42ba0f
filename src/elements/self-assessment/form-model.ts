import { selectSkills, type SkillSelection } from '../../core/analysis/selection.js';
import { answerProblems } from '../../core/assessment-validity.js';
import type { FrameworkIndex } from '../../core/framework-index.js';
import { countRated } from '../../core/ratings.js';
import { MAX_EVIDENCE, type Rating } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import { idList } from '../../shared/id-list.js';
import { textFor } from '../../shared/rich-text.js';
import type { AssessContext, Problem } from './skill-fields.js';

/** What the form shows, worked out before each render. */
export interface AssessModel {
  readonly index: FrameworkIndex;
  readonly context: AssessContext;
  readonly selection: SkillSelection;
  /** Answers for skills the framework does not have. */
  readonly unmatched: readonly string[];
}

/** The skills to ask about, worked out again only when the framework, `role-id` or `skills` change. */
export function selectionCache(): (framework: Framework, roleId: string | null | undefined, skills: string | undefined) => SkillSelection {
  let last: { framework: Framework; roleId?: string | null; skills?: string; value: SkillSelection } | undefined;
  return (framework, roleId, skills) => {
    if (last?.framework !== framework || last.roleId !== roleId || last.skills !== skills) {
      last = { framework, roleId, skills, value: selectSkills(framework, { role: roleId ?? undefined, skills: idList(skills) }) };
    }
    return last.value;
  };
}

/** What stops the answers being submitted, in words. Runs after every render: names are looked up only for skills with a problem. */
export function problemsInWords(
  { t, locale }: Pick<AssessContext, 't' | 'locale'>,
  index: FrameworkIndex,
  answers: Readonly<Record<string, Rating>>,
  skillIds: readonly string[],
  rules: { required: boolean; firstOnly: boolean },
): Problem[] {
  return answerProblems(index.framework, answers, skillIds, rules).map((problem) => ({
    ...problem,
    text: t(problem.field === 'level' ? 'assess.errorRequired' : 'assess.errorTooLong', {
      skill: textFor(index.skills.get(problem.skill)!.name, locale),
      max: MAX_EVIDENCE,
    }),
  }));
}

/** "2 of 4 skills rated". */
export function progressText(
  t: AssessContext['t'],
  framework: Framework,
  answers: Readonly<Record<string, Rating>>,
  skillIds: readonly string[],
): string {
  return t('assess.progress', { rated: countRated({ ratings: answers }, skillIds, framework), count: skillIds.length });
}
