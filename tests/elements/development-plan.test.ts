import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { planSteps } from '../../src/core/analysis/plan.js';
import { readCsvRows, unescapeCell } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import { parsePlan } from '../../src/core/parse-plan.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { MAX_ACTION, type DevelopmentPlan } from '../../src/core/schema/plan.js';
import { untilTomorrow, type CfDevelopmentPlan } from '../../src/elements/development-plan/development-plan.js';
import { allByRole, byRole, byText, describedBy, inside, reported, text } from './harness.js';
import { heightsAcrossFirstSave, loadAssessments, loadFixture, nextEvent, shadowText, until } from './helpers.js';

const planFile = async (): Promise<DevelopmentPlan> => (await fetch(new URL('../fixtures/plans/des-hr.json', import.meta.url))).json();
const printSnapshot = async (): Promise<string> => (await fetch(new URL('../fixtures/plans/des-hr.print.txt', import.meta.url))).text();

async function planElement(framework: Framework, assessment: Assessment | undefined, props: Partial<CfDevelopmentPlan> = {}, lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <cf-development-plan .framework=${framework} .assessment=${assessment} role-id="hr-business-partner"></cf-development-plan>
    </div>`,
  );
  const host = wrapper.querySelector('cf-development-plan')!;
  Object.assign(host, props);
  await host.updateComplete;
  return host;
}
/** The steps' headings, in order: a step is headed by its skill at level 3 (the skills whose actions are kept have a heading of their own there). */
const stepHeadings = (host: Element) =>
  allByRole(host, 'heading', { level: 3 }).filter((heading) => text(heading) !== 'Actions for other skills');
const stepTitles = (host: Element) => stepHeadings(host).map(text);
/**
 * Each step: the section its heading opens. The sections have no name, so no role of their own (they
 * are not regions): a step is reached from its heading.
 */
const steps = (host: Element) => stepHeadings(host).map((heading) => heading.closest('section')!);
/** An action's fields: the group its legend names ("Action 1: Employee Relations"; Testing Library hears a space before the colon, as the skill is visually hidden). */
const actionGroup = (host: Element, n: number, skill: string) => byRole(host, 'group', { name: new RegExp(`^Action ${n} ?: ${skill}$`) });
/** The date fields, by their label, in the order shown (a date input has no role). */
const dueFields = (scope: Element) => inside(scope).queryAllByLabelText('Do it by') as HTMLInputElement[];
/** Every action's text field, by its label, in the order shown. */
const textareas = (host: Element) => allByRole<HTMLTextAreaElement>(host, 'textbox', { name: /^What you will do/ });
/** Buttons whose name starts with these words ("Add an action" is followed by the skill's name). */
const buttonNamed = (host: Element, text: string) => allByRole<HTMLButtonElement>(host, 'button', { name: new RegExp(`^${text}`) });
/**
 * The text a printed page shows: what is displayed under print media, as innerText sees it. innerText needs an
 * element, and the plan's box has no role: it is found by its class.
 */
const shownText = (host: Element) =>
  host
    .shadowRoot!.querySelector<HTMLElement>('.plan')!
    .innerText.replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();

/** Types into a field as a person would, firing `input`; `change` follows when asked. */
function type(field: HTMLTextAreaElement | HTMLInputElement, value: string, commit = false): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The focused element's text, spaces collapsed: a button's name, its visually hidden words included. */
const focusedName = (host: Element) => host.shadowRoot!.activeElement?.textContent?.replace(/\s+/g, ' ').trim();

describe('cf-development-plan', () => {
  let desHr: Framework;
  let direct: Framework;
  let hrSelf: Assessment;
  let rseSelf: Assessment;
  before(async () => {
    [desHr, direct] = await Promise.all([loadFixture('des-hr'), loadFixture('direct')]);
    hrSelf = (await loadAssessments('des-hr')).self!;
    rseSelf = (await loadAssessments('direct')).rseSelf!;
  });

  it('turns each gap into a step: where the person is, the next level, what good looks like there, in planSteps order', async () => {
    const host = await planElement(desHr, hrSelf);
    const expected = planSteps(desHr, hrSelf, 'hr-business-partner')!;
    expect(stepTitles(host)).to.deep.equal(expected.map((step) => desHr.skills.find((skill) => skill.id === step.skill)!.name));
    expect(shadowText(host)).to.include('Development plan towards HR Business Partner');
    expect(shadowText(host)).to.include('3 skills to develop. 2 of them are essential for the role.');
    const first = steps(host)[0]!;
    expect(text(first)).to.include('Essential');
    const definitions = allByRole(first, 'definition').map(text);
    const terms = allByRole(first, 'term').map((term, i) => [text(term), definitions[i]]);
    expect(definitions).to.have.length(terms.length);
    expect(terms).to.deep.equal([
      ['Now', 'Supervised Practitioner'],
      ['Next step', 'Practitioner'],
      ['The role needs', 'Practitioner (1 level to go)'],
    ]);
    byRole(first, 'heading', { level: 4, name: 'What good looks like at Practitioner' });
    // The next level's own descriptors, not the current level's.
    expect(text(first)).to.include('Leads the implementation of Employee Relations (ER) processes');
    expect(text(steps(host)[2]!)).to.include('Not rated');
    expect(text(first)).to.include('The framework lists no learning for this skill at this level.');
    await expect(host).to.be.accessible();
  });

  it('lists the framework’s learning for each step, as links to https addresses', async () => {
    const host = await planElement(direct, rseSelf, { roleId: 'research-software-engineer' });
    const expected = planSteps(direct, rseSelf, 'research-software-engineer')!;
    const links = steps(host).map((step) => allByRole(step, 'link').map((link) => link.getAttribute('href')));
    expect(links).to.deep.equal(expected.map((step) => step.learning.map((resource) => resource.url)));
    expect(links.flat().length).to.be.greaterThan(0);
    expect(links.flat().every((href) => href!.startsWith('https://'))).to.equal(true);
    await expect(host).to.be.accessible();
  });

  it('says why there is no plan: no role, no assessment, an unknown role, or no gaps', async () => {
    expect(shadowText(await planElement(desHr, hrSelf, { roleId: null }))).to.include('Choose a role');
    expect(shadowText(await planElement(desHr, undefined))).to.include('No assessment yet');
    expect(shadowText(await planElement(desHr, hrSelf, { roleId: 'no-such-role' }))).to.include(
      'The role “no-such-role” is not in this framework.',
    );
    const atLevel = { ...hrSelf, ratings: Object.fromEntries(desHr.skills.map((skill) => [skill.id, { level: 'expert' }])) };
    const met = await planElement(desHr, atLevel);
    expect(shadowText(met)).to.include('Nothing to develop for HR Business Partner');
    expect(stepTitles(met)).to.have.length(0);
  });

  it('adds, edits and removes actions, with undo, firing change; the plan holds every word', async () => {
    const host = await planElement(desHr, hrSelf);
    let changes = 0;
    host.addEventListener('change', () => changes++);
    buttonNamed(host, 'Add an action')[0]!.click();
    await host.updateComplete;
    await until(() => host.shadowRoot!.activeElement === textareas(host)[0], 'focus on the new action');
    type(textareas(host)[0]!, 'Shadow the ER lead = on two cases\nand <b>write up</b>');
    const kind = allByRole<HTMLSelectElement>(host, 'combobox', { name: /^Kind of action/ })[0]!;
    kind.value = 'shadowing';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    const due = dueFields(host)[0]!;
    type(due, '2099-03-31', true);
    allByRole<HTMLInputElement>(host, 'checkbox', { name: 'Done' })[0]!.click();
    await host.updateComplete;
    const [action] = host.plan!.actions['employee-relations']!;
    expect(action).to.deep.include({
      text: 'Shadow the ER lead = on two cases\nand <b>write up</b>',
      kind: 'shadowing',
      due: '2099-03-31',
      done: true,
    });
    expect(changes).to.equal(4);
    expect(parsePlan(host.plan).ok).to.equal(true);
    // Markup typed by the person is text, never markup: that no such element exists is what is checked.
    expect(host.shadowRoot!.querySelector('b')).to.equal(null);

    buttonNamed(host, 'Add an action')[0]!.click();
    await host.updateComplete;
    type(textareas(host)[1]!, 'Second');
    await host.updateComplete;
    buttonNamed(host, 'Remove this action')[0]!.click();
    await host.updateComplete;
    expect(host.plan!.actions['employee-relations']!.map((one) => one.text)).to.deep.equal(['Second']);
    // Its name says what it undoes, where: "Undo" alone, among the steps, would not.
    await until(() => focusedName(host) === 'Undo: the action removed from Employee Relations', 'focus on Undo');
    expect(shadowText(host)).to.include('Action removed.');
    (host.shadowRoot!.activeElement as HTMLButtonElement).click();
    await host.updateComplete;
    expect(host.plan!.actions['employee-relations']!.map((one) => one.text)).to.deep.equal([
      'Shadow the ER lead = on two cases\nand <b>write up</b>',
      'Second',
    ]);
    expect(changes).to.equal(7);
    await expect(host).to.be.accessible();
  });

  it('names each Remove button after its action and skill, so a list of buttons tells them apart', async () => {
    const host = await planElement(desHr, hrSelf, { plan: await planFile() });
    const names = allByRole(host, 'button', { name: /^Remove this action/ }).map(text);
    expect(names).to.include('Remove this action: Action 2, Employee Relations');
    expect(new Set(names).size).to.equal(names.length);
  });

  it('can be written with the keyboard alone: add, type, then each field in order', async () => {
    const host = await planElement(desHr, hrSelf);
    buttonNamed(host, 'Add an action')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => host.shadowRoot!.activeElement === textareas(host)[0], 'focus on the new action');
    await sendKeys({ type: 'Ask to run the next ER surgery' });
    // Tab goes on field by field (a date input's day, month and year count as one field here).
    const action = actionGroup(host, 1, 'Employee Relations');
    const fields = new Map<Element, string>([
      [byRole(action, 'combobox', { name: /^Kind of action/ }), 'kind'],
      [dueFields(action)[0]!, 'due'],
      [byRole(action, 'checkbox', { name: 'Done' }), 'done'],
      [byRole(action, 'button', { name: /^Remove this action ?: Action 1, Employee Relations$/ }), 'Remove this action'],
      [buttonNamed(host, 'Add an action')[0]!, 'Add an action: Employee Relations'],
    ]);
    const focusedField = () => {
      const focused = host.shadowRoot!.activeElement!;
      return fields.get(focused) ?? text(focused);
    };
    const order: string[] = [];
    for (let i = 0; i < 10 && order.at(-1) !== 'Add an action: Employee Relations'; i++) {
      await sendKeys({ press: 'Tab' });
      if (order.at(-1) !== focusedField()) order.push(focusedField());
    }
    expect(order).to.deep.equal(['kind', 'due', 'done', 'Remove this action', 'Add an action: Employee Relations']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedField()).to.equal('done');
    await sendKeys({ press: 'Space' });
    await host.updateComplete;
    expect(host.plan!.actions['employee-relations']![0]).to.deep.include({ text: 'Ask to run the next ER surgery', done: true });
  });

  it('takes a saved plan, keeps actions for skills that are no longer gaps, and refuses an invalid one whole', async () => {
    const saved = await planFile();
    const host = await planElement(desHr, hrSelf, { plan: saved });
    expect(textareas(host).map((field) => field.value)).to.deep.equal([
      ...saved.actions['employee-relations']!.map((one) => one.text),
      ...saved.actions['organisation-development-and-design']!.map((one) => one.text),
      ...saved.actions['talent-management']!.map((one) => one.text),
    ]);
    // Under a heading of their own, each skill headed one level below it.
    byRole(host, 'heading', { level: 3, name: 'Actions for other skills' });
    byRole(host, 'heading', { level: 4, name: 'Talent Management' });
    expect(shadowText(host)).to.include('For Bethan Morgan');
    const reread = parsePlan(saved);
    expect(reread.ok && host.plan).to.deep.equal(reread.ok && reread.value);
    expect(JSON.parse(host.toJson())).to.deep.equal(host.plan);

    host.plan = { ...saved, actions: { 'employee-relations': [{ id: 'x', text: 'x', kind: 'teleport' }] } } as unknown as DevelopmentPlan;
    await host.updateComplete;
    await reported(host);
    expect(shadowText(host)).to.include('The plan given to this element could not be read');
    expect(host.plan!.actions['employee-relations']).to.have.length(2);
    await expect(host).to.be.accessible();
  });

  it('works towards the plan’s own role when no role-id is given', async () => {
    const host = await planElement(desHr, hrSelf, { roleId: null, plan: await planFile() });
    expect(shadowText(host)).to.include('Development plan towards HR Business Partner');
    expect(stepTitles(host)).to.have.length(3);
    host.roleId = 'hr-adviser';
    await host.updateComplete;
    expect(shadowText(host)).to.include('Development plan towards HR Adviser');
    expect(host.plan!.role).to.equal('hr-adviser');
  });

  it('keeps a long paste whole, and says it is over the advised length', async () => {
    const host = await planElement(desHr, hrSelf);
    buttonNamed(host, 'Add an action')[0]!.click();
    await host.updateComplete;
    const long = 'x'.repeat(MAX_ACTION + 25);
    type(textareas(host)[0]!, long);
    await host.updateComplete;
    expect(host.plan!.actions['employee-relations']![0]!.text).to.equal(long);
    // Marked invalid for assistive technology: the attribute is what it reads.
    expect(textareas(host)[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(textareas(host)[0]!).map(text).join(' ')).to.include('25 over');
  });

  it('exports CSV: a row per action, a row for a step with none, words in the page language, formulas neutralised', async () => {
    const saved = await planFile();
    saved.actions['employee-relations']![0]!.text = '=HYPERLINK("https://example.org")';
    const host = await planElement(desHr, hrSelf, { plan: saved });
    const rows = readCsvRows(host.toCsv(), new ImportLog()).map((row) => row.cells.map(unescapeCell));
    expect(rows[0]).to.deep.equal([
      'Skill id',
      'Skill',
      'Importance',
      'Now',
      'Next step',
      'The role needs',
      'What you will do',
      'Kind of action',
      'Do it by',
      'Done',
    ]);
    expect(rows.slice(1).map((row) => row[0])).to.deep.equal([
      'employee-relations',
      'employee-relations',
      'organisation-development-and-design',
      'learning-and-development',
      'talent-management',
    ]);
    expect(rows[1]).to.deep.equal([
      'employee-relations',
      'Employee Relations',
      'Essential',
      'Supervised Practitioner',
      'Practitioner',
      'Practitioner',
      '=HYPERLINK("https://example.org")',
      'Shadowing someone',
      '2027-02-26',
      'No',
    ]);
    expect(host.toCsv()).to.include(`"'=HYPERLINK(`);
    expect(rows[4]!.slice(6)).to.deep.equal(['', '', '', '']);
    expect(rows[5]!.slice(2, 6)).to.deep.equal(['', '', '', '']);
  });

  it('holds the place of its “Plan saved at” line, so the first save moves nothing below the plan', async () => {
    const host = await planElement(desHr, hrSelf, { autosaveKey: `plan-${Math.random().toString(36).slice(2)}` });
    buttonNamed(host, 'Add an action')[0]!.click();
    const [before, after] = await heightsAcrossFirstSave(host, 'Plan saved at');
    expect(after).to.be.closeTo(before, 0.5);
  });

  it('restores an autosaved plan in a new element, under a key of its own', async () => {
    const draftKey = `plan-${Math.random().toString(36).slice(2)}`;
    const first = await planElement(desHr, hrSelf, { autosaveKey: draftKey });
    buttonNamed(first, 'Add an action')[0]!.click();
    await first.updateComplete;
    type(textareas(first)[0]!, 'Saved while typing');
    await until(() => shadowText(first).includes('Plan saved at'), 'the plan to save', 2000);
    first.remove();

    const second = await planElement(desHr, hrSelf, { autosaveKey: draftKey });
    await until(() => textareas(second)[0]?.value === 'Saved while typing', 'the restored action');
    expect(shadowText(second)).to.include('has been restored');
    // The same key on a form reads nothing of the plan's.
    const form = await fixture<HTMLElement>(html`<cf-self-assessment .framework=${desHr} autosave-key=${draftKey}></cf-self-assessment>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((form as unknown as { assessment: Assessment }).assessment.ratings).to.deep.equal({});
    await second.clearDraft();
  });

  it('says so when the plan cannot be saved: an alert at the top, and "not saved" below', async () => {
    const { draftStore } = await import('../../src/shared/draft-store.js');
    const store = await draftStore();
    const update = store.update;
    store.update = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      const host = await planElement(desHr, hrSelf, { autosaveKey: `plan-${Math.random().toString(36).slice(2)}` });
      buttonNamed(host, 'Add an action')[0]!.click();
      await until(() => allByRole(host, 'alert').some((alert) => text(alert).includes('could not be saved')), 'the alert', 2000);
      expect(shadowText(host)).to.include('Not saved: see the message at the top of the plan.');
    } finally {
      store.update = update;
    }
  });

  it('keeps the saved draft aside when the host replaces the plan on the page, and only then', async () => {
    const { draftStore } = await import('../../src/shared/draft-store.js');
    const store = await draftStore();
    const draftKey = `plan-${Math.random().toString(36).slice(2)}`;
    const asides = () => store.keys(`cf-development-plan:${draftKey}:aside:`);
    const host = await planElement(desHr, hrSelf, { autosaveKey: draftKey });
    buttonNamed(host, 'Add an action')[0]!.click();
    await host.updateComplete;
    type(textareas(host)[0]!, 'Written on this page');
    await until(() => shadowText(host).includes('Plan saved at'), 'the plan to save', 2000);
    const saved = await planFile();
    host.plan = saved;
    await until(() => host.plan!.actions['talent-management'] !== undefined, 'the host’s plan');
    // Set aside through the storage queue, after the save in flight: waited for, not timed.
    let kept: string[] = [];
    for (const start = performance.now(); kept.length === 0 && performance.now() - start < 2000;) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      kept = await asides();
    }
    expect(kept).to.have.length(1);
    expect(await store.get(kept[0]!)).to.include('Written on this page');
    host.plan = saved;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await asides(), 'the same plan again keeps nothing more').to.have.length(1);
    await host.clearDraft();
  });

  it('offers a saved draft over a plan the host set before it was read, with a cancelable cf-draft-restore', async () => {
    const draftKey = `plan-${Math.random().toString(36).slice(2)}`;
    const first = await planElement(desHr, hrSelf, { autosaveKey: draftKey });
    buttonNamed(first, 'Add an action')[0]!.click();
    await first.updateComplete;
    type(textareas(first)[0]!, 'Written in this browser');
    await until(() => shadowText(first).includes('Plan saved at'), 'the plan to save', 2000);
    first.remove();

    const fromServer = await planFile();
    // The host sets its plan at once, as a page does with its server's copy; the draft is read afterwards.
    const open = async (keep: boolean) => {
      const host = document.createElement('cf-development-plan');
      Object.assign(host, { framework: desHr, assessment: hrSelf, roleId: 'hr-business-partner', plan: fromServer, autosaveKey: draftKey });
      const offered = nextEvent(host, 'cf-draft-restore');
      if (keep) host.addEventListener('cf-draft-restore', (event) => event.preventDefault());
      (await fixture<HTMLElement>(html`<div></div>`)).append(host);
      return { host, event: await offered };
    };
    const kept = await open(true);
    expect(kept.event.cancelable).to.equal(true);
    expect((kept.event.value as DevelopmentPlan).actions['employee-relations']!.map((action) => action.text)).to.deep.equal([
      'Written in this browser',
    ]);
    await kept.host.updateComplete;
    const given = parsePlan(fromServer);
    expect(given.ok && kept.host.plan!.actions).to.deep.equal(given.ok && given.value.actions);
    expect(shadowText(kept.host)).not.to.include('has been restored');
    kept.host.remove();

    const replaced = await open(false);
    await until(() => textareas(replaced.host)[0]?.value === 'Written in this browser', 'the draft shown');
    // The person is told, as the form tells them.
    expect(allByRole(replaced.host, 'status').filter((status) => /has been restored/.test(text(status)))).to.have.length(1);
    await replaced.host.clearDraft();
  });

  it('prints the plan’s words without controls, matching the snapshot', async () => {
    const saved = await planFile();
    // Dates far ahead, so no action turns overdue as the calendar moves on.
    for (const list of Object.values(saved.actions))
      for (const action of list) if (action.due && !action.done) action.due = action.due.replace(/^\d{4}/, '2099');
    const host = await planElement(desHr, hrSelf, { plan: saved });
    const screen = shownText(host);
    expect(screen).to.include('Remove this action');
    // Found on screen: printed, the fields are hidden, so no longer among the roles.
    const field = textareas(host)[0]!;
    const step = steps(host)[0]!;
    await emulateMedia({ media: 'print' });
    try {
      await host.updateComplete;
      const printed = shownText(host);
      expect(printed).not.to.include('Remove this action');
      expect(printed).not.to.include('Download');
      expect(getComputedStyle(field).display).to.equal('block');
      expect(field.checkVisibility()).to.equal(false);
      expect(getComputedStyle(step).breakInside).to.equal('avoid');
      expect(printed).to.equal((await printSnapshot()).trim());
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows the actions as text when read-only, dates in the page language', async () => {
    const saved = await planFile();
    const host = await planElement(desHr, hrSelf, { plan: saved, readonly: true });
    expect(textareas(host)).to.have.length(0);
    expect(buttonNamed(host, 'Add an action')).to.have.length(0);
    expect(shadowText(host)).to.include('Shadowing someone · By 26 February 2027');
    expect(shadowText(host)).to.include('A course · By 30 October 2026 · Done');
    await expect(host).to.be.accessible();
  });

  it('works in Welsh: titles, kinds, and dates through Intl', async () => {
    const saved = await planFile();
    const host = await planElement(desHr, hrSelf, { plan: saved, readonly: true }, 'cy');
    expect(shadowText(host)).to.include('Cynllun datblygu tuag at HR Business Partner');
    expect(shadowText(host)).to.include('Cysgodi rhywun · Erbyn 26 Chwefror 2027');
    const rows = readCsvRows(host.toCsv(), new ImportLog());
    expect(rows[0]!.cells[0]).to.equal('Dynodwr y sgil');
    await expect(host).to.be.accessible();
  });

  it('keeps a date while one of its parts is being retyped', async () => {
    const saved = await planFile();
    const host = await planElement(desHr, hrSelf, { plan: saved });
    const due = dueFields(host)[0]!;
    due.focus();
    await sendKeys({ press: 'Backspace' });
    await host.updateComplete;
    expect(due.validity.badInput, 'a part of the date is empty').to.equal(true);
    expect(host.plan!.actions['employee-relations']![0]!.due).to.equal('2027-02-26');
  });

  it('says so when the plan was made with another version of the framework, and keeps every action', async () => {
    const plan = await planFile();
    const host = await planElement(desHr, hrSelf, { plan: { ...plan, framework: { id: 'des-hr', version: '0.9.0' } } });
    expect(shadowText(host)).to.include('This plan was made with des-hr 0.9.0, not des-hr 1.0.0.');
    // Read as JSON: a plan read from `.plan` and set back unchanged is a binding's echo, which changes nothing.
    expect(Object.keys((JSON.parse(host.toJson()) as DevelopmentPlan).actions).sort()).to.deep.equal(Object.keys(plan.actions).sort());
    host.plan = plan;
    await host.updateComplete;
    expect(shadowText(host)).to.not.include('This plan was made with');
    await expect(host).to.be.accessible();
  });

  it('looks again just after midnight, when actions due today become overdue', () => {
    expect(untilTomorrow(new Date(2027, 1, 26, 23, 59, 30))).to.equal(31_000);
    expect(untilTomorrow(new Date(2027, 1, 26, 9, 0, 0))).to.equal(15 * 3600_000 + 1000);
  });

  it('undoes the removal of the last action of a skill that is no longer a gap', async () => {
    const host = await planElement(desHr, hrSelf, { plan: await planFile() });
    byRole(actionGroup(host, 1, 'Talent Management'), 'button', { name: /^Remove this action/ }).click();
    await host.updateComplete;
    expect(host.plan!.actions['talent-management']).to.deep.equal([]);
    await until(() => focusedName(host) === 'Undo: the action removed from Talent Management', 'focus on Undo');
    (host.shadowRoot!.activeElement as HTMLButtonElement).click();
    await host.updateComplete;
    expect(host.plan!.actions['talent-management']!.map((action) => action.id)).to.deep.equal(['tm-mentor']);
    byRole(actionGroup(host, 1, 'Talent Management'), 'button', { name: /^Remove this action/ });
  });

  it('marks an action past its date and not done as overdue, in words', async () => {
    const saved = await planFile();
    saved.actions['employee-relations']![0]!.due = '2020-01-31';
    const host = await planElement(desHr, hrSelf, { plan: saved });
    const action = actionGroup(host, 1, 'Employee Relations');
    byText(action, 'overdue');
    // Said with the date field too, not only beside it; and with no other.
    expect(describedBy(dueFields(action)[0]!).map(text)).to.deep.equal(['overdue']);
    expect(dueFields(host).filter((due) => describedBy(due).some((said) => text(said) === 'overdue'))).to.have.length(1);
  });
});

describe('cf-development-plan: a role that names skills without a level', () => {
  let careers: Framework;
  const rated = (ratings: Record<string, string>): Assessment => ({
    schemaVersion: 1,
    framework: { id: careers.id, version: careers.version },
    rater: 'self',
    status: 'draft',
    ratings: Object.fromEntries(Object.entries(ratings).map(([skill, level]) => [skill, { level }])),
  });
  const plan = async (assessment: Assessment, role = 'head-of-analysis-profession', lang = 'en') => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang}>
        <cf-development-plan .framework=${careers} .assessment=${assessment} role-id=${role}></cf-development-plan>
      </div>`,
    );
    const host = wrapper.querySelector('cf-development-plan')!;
    await host.updateComplete;
    return host;
  };
  /** The note naming the skills without a level, by what it says (a paragraph, with no role). */
  const note = (host: Element) => {
    const said = inside(host).queryByText(/^(This role also names|Mae’r rôl hon hefyd yn enwi)/);
    return said ? text(said) : undefined;
  };
  before(async () => {
    careers = await loadFixture('public-service-careers');
  });

  it('makes no step of them, and says so in the plan rather than drop them in silence', async () => {
    const host = await plan(rated({ 'data-analysis': 'awareness', 'leading-people': 'working', 'stakeholder-engagement': 'expert' }));
    expect(stepTitles(host)).to.deep.equal(['Leading people']);
    expect(note(host)).to.equal(
      'This role also names these skills without stating a level: Data analysis, Statistical methods, Using evidence.',
    );
    expect(shadowText(host)).to.include('1 skill to develop.');
    await expect(host).to.be.accessible();
  });

  it('does not call every skill met when only the skills with a level are', async () => {
    const host = await plan(rated({ 'leading-people': 'expert', 'stakeholder-engagement': 'expert' }));
    expect(steps(host)).to.have.length(0);
    expect(shadowText(host)).to.include(
      'Nothing to develop for Head of the analysis profession: every skill it states a level for is at that level or above.',
    );
    expect(shadowText(host)).to.not.include('every skill the role needs is at its level or above');
    expect(note(host)).to.match(/^This role also names these skills without stating a level/);
    // A role with a level for every skill has no such note.
    const stated = await plan(rated({ 'data-analysis': 'expert' }), 'head-of-analysis');
    expect(note(stated)).to.equal(undefined);
  });

  it('is plural-aware and speaks Welsh', async () => {
    const edited = structuredClone(careers);
    const head = edited.roles.find((role) => role.id === 'head-of-analysis-profession')!;
    head.requirements = head.requirements!.filter(
      (requirement) => requirement.skill !== 'data-analysis' && requirement.skill !== 'using-evidence',
    );
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cf-development-plan .framework=${edited} .assessment=${rated({})} role-id="head-of-analysis-profession"></cf-development-plan>
      </div>`,
    );
    const one = wrapper.querySelector('cf-development-plan')!;
    await one.updateComplete;
    expect(note(one)).to.equal('This role also names this skill without stating a level: Statistical methods.');
    // One plan on the page at a time: each plan's header is a banner.
    wrapper.remove();
    const welsh = await plan(rated({ 'leading-people': 'working' }), 'chief-operating-officer', 'cy');
    expect(note(welsh)).to.equal(
      'Mae’r rôl hon hefyd yn enwi’r sgiliau hyn heb nodi lefel: Rheoli cyflawni, Arwain pobl, Gwasanaeth cwsmeriaid, Ymgysylltu â rhanddeiliaid.',
    );
    await expect(welsh).to.be.accessible();
  });
});
