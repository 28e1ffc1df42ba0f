import type { TextField } from '../core/assessment-validity.js';
import { blankAssessment, rebaseAssessment } from '../core/ratings.js';
import type { Assessment, Rater, Rating } from '../core/schema/assessment.js';
import type { Framework } from '../core/schema/framework.js';

/**
 * The answers a form element is given (a self-assessment's, or an agreement's), and the assessment
 * they are given on. Never mutated: each change makes new objects.
 */
export class AnswerSheet {
  /** The answers as the person gave them, by skill id. */
  answers: Readonly<Record<string, Rating>> = {};
  /** The last assessment set or restored: the fields the form does not edit come from it. */
  base?: Assessment;
  /** Goes up when the answers are replaced as a whole (reset, host, draft): every skill renders again. */
  generation = 0;

  /** Replaces every answer (the person may have changed a control since its last render). */
  replace(assessment: Assessment | undefined): void {
    this.generation++;
    this.base = assessment;
    this.answers = { ...assessment?.ratings };
  }

  /** A restored draft; with `typed`, what was answered while it was read wins over it, field by field. */
  restoreOver(draft: Assessment, typed: boolean): void {
    const mine = typed ? this.answers : {};
    this.replace(draft);
    this.answers = {
      ...this.answers,
      ...Object.fromEntries(Object.entries(mine).map(([skill, rating]) => [skill, { ...this.answers[skill], ...rating }])),
    };
  }

  /** The person chose a level or changed the evidence or note of a skill; returns the skill's answer now. */
  answer(skill: string, change: { level: string } | Partial<Record<TextField, string>>, framework: Framework): Rating | undefined {
    const rating: Rating = { ...this.answers[skill], ...change };
    // Choosing a level is the person's answer to a rating marked to review since the framework changed.
    if ('level' in change) delete rating.review;
    // An emptied text is no text: a rating with nothing left in it is no rating.
    if (!rating.evidence) delete rating.evidence;
    if (!rating.note) delete rating.note;
    const answers = { ...this.answers };
    if (Object.keys(rating).length > 0) answers[skill] = rating;
    else delete answers[skill];
    this.answers = answers;
    const now = new Date().toISOString();
    const base = this.base ?? blankAssessment(framework);
    this.base = { ...base, createdAt: base.createdAt ?? now, updatedAt: now };
    return answers[skill];
  }

  /** The person keeps a rating marked to review as it is; false when there was no mark. */
  confirm(skill: string): boolean {
    const rating = this.answers[skill];
    if (!rating?.review) return false;
    const { review: _reviewed, ...kept } = rating;
    this.answers = { ...this.answers, [skill]: kept };
    if (this.base) this.base = { ...this.base, updatedAt: new Date().toISOString() };
    return true;
  }

  /** The answers as an assessment of the framework in use (a new object each time); undefined with neither. */
  build(framework: Framework | undefined, rater: Rater): Assessment | undefined {
    const base = this.base ?? (framework ? blankAssessment(framework) : undefined);
    if (!base) return undefined;
    const assessment = { ...base, rater, ratings: { ...this.answers } };
    return framework ? rebaseAssessment(assessment, framework) : assessment;
  }
}
