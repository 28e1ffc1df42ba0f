import { type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isWholeDate, type ActionField, type ActionValue } from '../../core/analysis/plan-actions.js';
import { planSteps, type PlanStep } from '../../core/analysis/plan.js';
import type { Assessment } from '../../core/schema/assessment.js';
import type { Framework } from '../../core/schema/framework.js';
import type { ActionKind } from '../../core/schema/plan.js';
import { renderRecordToolbar } from '../../shared/record-toolbar.js';
import { untilTomorrow, type PlanContext } from './plan-view.js';

/** A plan left open overnight says which actions became overdue at midnight, not only when next touched. */
export class MidnightController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#host.requestUpdate();
      this.hostConnected();
    }, untilTomorrow(new Date()));
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}

/** The steps for an assessment and role, worked out again only when one of them or the framework changes. */
export function stepsCache(): (
  framework: Framework,
  assessment: Assessment | undefined,
  role: string | undefined,
) => PlanStep[] | undefined {
  let last: { key: readonly unknown[]; value: PlanStep[] | undefined } | undefined;
  return (framework, assessment, role) => {
    const key = [framework, assessment, role];
    if (!last?.key.every((part, i) => part === key[i]))
      last = { key, value: assessment && role ? planSteps(framework, assessment, role) : undefined };
    return last.value;
  };
}

/** Print, and download as JSON or CSV (named after the role worked towards). */
export function renderToolbar(
  { t }: Pick<PlanContext, 't'>,
  host: HTMLElement & { toJson(): string; toCsv(): string },
  role: string | undefined,
): TemplateResult {
  const labels = { print: t('plan.print'), json: t('plan.exportJson'), csv: t('plan.exportCsv') };
  return renderRecordToolbar(labels, host, `development-plan${role ? `-${role}` : ''}`);
}

/** The edit an action's control stands for (skill, action, field, value); none for other controls, or a date not yet whole. */
export function actionEdit(
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
): [string, string, ActionField, ActionValue<ActionField>] | undefined {
  const { skill, action: id, field } = control.dataset as { skill?: string; action?: string; field?: ActionField };
  if (!skill || !id || !field) return;
  // A date being typed is empty until it is whole (and Chrome takes a fifth year digit): such a value
  // is not a change. Taking it would clear the date, and re-rendering would wipe the parts typed.
  if (field === 'due' && ((control as HTMLInputElement).validity.badInput || !isWholeDate(control.value))) return;
  const value =
    field === 'done'
      ? (control as HTMLInputElement).checked
      : field === 'kind'
        ? (control.value as ActionKind)
        : field === 'due'
          ? control.value || undefined
          : control.value;
  return [skill, id, field, value];
}
