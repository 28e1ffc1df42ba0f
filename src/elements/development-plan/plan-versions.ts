import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { PlanSheet } from '../../core/analysis/plan-actions.js';
import type { Framework } from '../../core/schema/framework.js';
import type { DevelopmentPlan } from '../../core/schema/plan.js';
import type { PlanImpact } from '../../core/versions/migrate.js';
import { EarlierVersions } from '../../shared/earlier-versions.js';
import { loadReviewView } from '../../shared/load-review-view.js';
import type { ReviewContext } from '../../shared/review-view.js';

/**
 * A plan made against an earlier version the host gave (`earlierVersions`) carried to the version in
 * use, once, and what that did said above the plan. The migration and the words load on first need.
 */
export class PlanVersions {
  readonly #earlier: EarlierVersions;
  #impact?: PlanImpact;
  #view?: Awaited<ReturnType<typeof loadReviewView>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    given: () => readonly unknown[] | undefined,
  ) {
    this.#earlier = new EarlierVersions(host, given);
  }

  /** Carries the sheet's plan when it names an earlier version (call before each render). */
  carry(sheet: PlanSheet, framework: Framework | undefined, build: (framework: Framework) => DevelopmentPlan): void {
    const base = sheet.base;
    const earlier = framework && base && this.#earlier.earlierFor(base.framework, framework);
    const migrations = earlier && this.#earlier.migrations();
    if (!migrations) return;
    // The plan as it stands, still naming the version it was made against, so the migration takes it from there.
    const { plan, impact } = migrations.migratePlan({ ...build(framework!), framework: base!.framework }, earlier, framework!);
    sheet.restore(plan);
    this.#impact = impact;
    if (!this.#view)
      void loadReviewView().then((view) => {
        this.#view = view;
        this.host.requestUpdate();
      });
  }

  /** A plan the host set replaces the one carried: nothing to say about it. */
  forget(): void {
    this.#impact = undefined;
  }

  /** What carrying the plan did, once there is something to say and the words are loaded. */
  render(context: ReviewContext, skillName: (skill: string) => TemplateResult | string): TemplateResult | undefined {
    return this.#impact && this.#view?.renderPlanCarried(context, this.#impact, skillName);
  }
}
