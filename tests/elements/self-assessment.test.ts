import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { parseAssessment } from '../../src/core/parse.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import '../../src/define.js';
import { readCsvRows } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import type { CfSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import { runFormControlSuite } from './form-control-suite.js';
import { allByRole, byLabel, byRole, byText, dataRows, describedBy, inside, maybeByRole, reported, text } from './harness.js';
import { heightsAcrossFirstSave, loadFixture, mountElement, nextEvent, shadowText, until } from './helpers.js';

const des = await loadFixture('des-hr');
const sample = await loadFixture('sample-bilingual');

/** The element inside a fixture (which may be a form or a page region around it). */
const mount = (template: ReturnType<typeof html>): Promise<CfSelfAssessment> => mountElement('cf-self-assessment', template);

/** A skill's question: the group of answers named after the skill (its legend). */
const question = (el: CfSelfAssessment, skill: string) => byRole(el, 'group', { name: skill });
/** Every skill's question, in order: the groups that hold answers (a disclosure is a group too, with none). */
const questions = (el: CfSelfAssessment) => allByRole(el, 'group').filter((group) => allByRole(group, 'radio').length > 0);
/** The questions shown are these skills', in this order, and no others. */
const expectQuestions = (el: CfSelfAssessment, skills: readonly string[]) =>
  expect(questions(el)).to.have.ordered.members(skills.map((skill) => question(el, skill)));
/** A skill's answer, found as a person finds it: the radio with this label in the group named after the skill. */
const choice = (el: CfSelfAssessment, skill: string, answer: string) =>
  byRole<HTMLInputElement>(question(el, skill), 'radio', { name: answer });
/** A skill's evidence field, by its label. */
const evidenceOf = (el: CfSelfAssessment, skill: string) => byLabel<HTMLTextAreaElement>(el, `Evidence (optional): ${skill}`);
/** The alert that says this: an empty alert region is always there for draft problems, so alerts are told apart by their text. */
const alertSaying = (el: CfSelfAssessment, words: RegExp) => allByRole(el, 'alert').find((alert) => words.test(text(alert)));
/** The error summary shown above the form. */
const errorSummary = (el: CfSelfAssessment, title = /^There is a problem/) => alertSaying(el, title);
/** What the live regions say: the announcer and the draft notices. */
const announced = (el: CfSelfAssessment) => allByRole(el, 'status').map(text).filter(Boolean);

/** The level ladder a skill's descriptors open: found by its tag, as it has no role of its own (its list is in its shadow root). */
const ladderOf = (el: CfSelfAssessment, skill: string) =>
  question(el, skill).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cf-level-ladder');

/** Types into a textarea as a person does: the value changes and `input` fires. */
function type(field: HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function assessmentOf(ratings: Assessment['ratings'], extra: Partial<Assessment> = {}): Assessment {
  return { schemaVersion: 1, framework: { id: sample.id, version: sample.version }, rater: 'self', status: 'draft', ratings, ...extra };
}

/** The form's entry, parsed as a server would. */
function posted(form: HTMLFormElement, name = 'assessment'): Assessment {
  const value = new FormData(form).get(name);
  expect(value, 'FormData entry').to.be.a('string');
  const parsed = parseAssessment(value as string, sample);
  expect(parsed.ok, JSON.stringify(parsed.issues)).to.equal(true);
  return (parsed as { value: Assessment }).value;
}

describe('cf-self-assessment: what it asks', () => {
  it('gives each skill a group named after it, with one native radio per level, plus the allowed special answers', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${des}></cf-self-assessment>`);
    const sets = questions(el);
    expect(sets).to.have.length(des.skills.length);
    // The first group is named by its legend, the first skill's name.
    const first = question(el, des.skills[0]!.name as string);
    expect(sets[0]).to.equal(first);
    const labels = ['Awareness', 'Supervised Practitioner', 'Practitioner', 'Expert', 'Authority', 'Not applicable', 'Not observed'];
    // One radio per label, in this order, and no other.
    expect(allByRole(first, 'radio')).to.have.ordered.members(labels.map((name) => byRole(first, 'radio', { name })));
    // Native radios, so the browser gives them their keys: the markup itself is what is checked.
    expect(allByRole(first, 'radio').every((radio) => radio instanceof HTMLInputElement && radio.type === 'radio')).to.equal(true);
  });

  it('offers no special answers the framework does not allow', async () => {
    const strict = { ...sample, scale: { ...sample.scale, allowNotApplicable: false, allowNotObserved: false } };
    const el = await mount(html`<cf-self-assessment .framework=${strict}></cf-self-assessment>`);
    expect(allByRole(question(el, 'Data analysis'), 'radio')).to.have.length(4);
    expect(maybeByRole(question(el, 'Data analysis'), 'radio', { name: 'Not applicable' })).to.equal(null);
  });

  it('groups all skills by category under headings', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    expect(allByRole(el, 'heading', { level: 2 }).map(text)).to.deep.equal(['Technical skills', 'Working with people']);
  });

  it('limits the skills to a role level and shows the level it needs beside each', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample} role-id="data-analyst"></cf-self-assessment>`);
    expectQuestions(el, ['Data analysis', 'Data governance', 'Communicating insight']);
    expect(text(question(el, 'Data analysis'))).to.include('Needed for the role: Working');
    expect(text(question(el, 'Communicating insight'))).to.include('Desirable for the role: Awareness');
    // The need is part of the group's description, so it is read out with the question.
    expect(text(describedBy(question(el, 'Data analysis'))[0]!)).to.include('Working');
  });

  it('picks skills explicitly, in order, and names those the framework does not have', async () => {
    const el = await mount(
      html`<cf-self-assessment .framework=${sample} skills="stakeholder-engagement, nope ,data-analysis"></cf-self-assessment>`,
    );
    expectQuestions(el, ['Stakeholder engagement', 'Data analysis']);
    expect(shadowText(el)).to.include('Not in this framework, so not shown: nope.');
  });

  it('says so for an unknown role, a missing framework, or an invalid one, never a blank', async () => {
    const unknownRole = await mount(html`<cf-self-assessment .framework=${sample} role-id="astronaut"></cf-self-assessment>`);
    expect(shadowText(unknownRole)).to.include('The role “astronaut” is not in this framework.');
    const none = await mount(html`<cf-self-assessment></cf-self-assessment>`);
    expect(shadowText(none)).to.include('No framework to show');
    const invalid = await mount(html`<cf-self-assessment .framework=${{ ...sample, skills: [] } as never}></cf-self-assessment>`);
    expect(text(await reported(invalid))).to.include('There is a problem with the framework');
  });

  it('works inside cf-framework, from its src', async () => {
    const el = await mount(
      html`<cf-framework src="/tests/fixtures/sample-bilingual.json"><cf-self-assessment></cf-self-assessment></cf-framework>`,
    );
    await until(() => questions(el).length === 4, 'the form inside cf-framework');
  });

  it('speaks to a manager about “them”, and shows the self-rating beside each skill', async () => {
    const reference = assessmentOf({ 'data-analysis': { level: 'expert', evidence: 'Led the survey analysis' } });
    const el = await mount(html`<cf-self-assessment .framework=${sample} rater="manager" .reference=${reference}></cf-self-assessment>`);
    const said = shadowText(el);
    expect(said).to.include('best describes their work');
    expect(said).to.include('What have they done that shows this level?');
    expect(text(question(el, 'Data analysis'))).to.include('Their own rating: Expert');
    expect(text(question(el, 'Data analysis'))).to.include('Led the survey analysis');
    expect(text(question(el, 'Data governance'))).not.to.include('Their own rating');
    const self = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    expect(shadowText(self)).to.include('best describes your work');
  });

  it('shows a submitted assessment read-only, as a table with no inputs', async () => {
    const submitted = assessmentOf(
      { 'data-analysis': { level: 'practitioner', evidence: 'Built the model' }, 'data-governance': { level: 'not-applicable' } },
      { status: 'submitted' },
    );
    const el = await mount(html`<cf-self-assessment .framework=${sample} readonly .assessment=${submitted}></cf-self-assessment>`);
    expect([...allByRole(el, 'radio'), ...allByRole(el, 'textbox')]).to.have.length(0);
    const rows = dataRows(byRole(el, 'table')).map(text);
    expect(rows).to.include('Data analysis Practitioner Built the model');
    expect(rows).to.include('Data governance Not applicable');
    expect(rows).to.include('Stakeholder engagement Not rated');
  });

  it('shows ratings for skills the framework no longer has, and keeps them in the value', async () => {
    const el = await mount(html`<form><cf-self-assessment name="assessment" .framework=${sample}></cf-self-assessment></form>`);
    const form = el.form!;
    el.assessment = assessmentOf({
      'retired-skill': { level: 'expert', evidence: 'From last year' },
      'data-analysis': { level: 'working' },
    });
    await el.updateComplete;
    // Under their own heading, each skill (its id, as the framework has no name for it) with its answer and evidence.
    byRole(el, 'heading', { name: 'Answers for skills not in this version of the framework' });
    expect(allByRole(el, 'term').map(text)).to.deep.equal(['retired-skill']);
    expect(allByRole(el, 'definition').map(text)).to.include('From last year');
    expect(posted(form).ratings['retired-skill']).to.deep.equal({ level: 'expert', evidence: 'From last year' });
  });

  it('reports an invalid assessment from the host, and keeps the answers it had', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    el.assessment = assessmentOf({ 'data-analysis': { level: 'working' } });
    el.assessment = { ratings: 'all of them' } as unknown as Assessment;
    await el.updateComplete;
    expect(alertSaying(el, /could not be read/), 'an alert saying the assessment could not be read').to.not.equal(undefined);
    expect(el.assessment!.ratings['data-analysis']!.level).to.equal('working');
  });
});

// Reset, restore, a disabled fieldset, validity and labels: what every form control does.
runFormControlSuite<CfSelfAssessment>({
  tag: 'cf-self-assessment',
  render: ({ name, required, id }) =>
    html`<cf-self-assessment
      id=${id ?? nothing}
      name=${name}
      ?required=${required}
      .framework=${sample}
      role-id="policy-adviser"
    ></cf-self-assessment>`,
  setInitial: (el) => (el.assessment = assessmentOf({ 'data-analysis': { level: 'working', evidence: 'Initial' } })),
  showsInitial: (el) =>
    choice(el, 'Data analysis', 'Working').checked &&
    !choice(el, 'Stakeholder engagement', 'Awareness').checked &&
    evidenceOf(el, 'Data analysis').value === 'Initial',
  change: (el) => {
    choice(el, 'Data analysis', 'Expert').click();
    type(evidenceOf(el, 'Data analysis'), 'Changed');
    choice(el, 'Stakeholder engagement', 'Awareness').click();
  },
  complete: (el) => {
    for (const skill of ['Communicating insight', 'Stakeholder engagement', 'Data analysis']) choice(el, skill, 'Not applicable').click();
  },
  state: {
    value: JSON.stringify(assessmentOf({ 'data-analysis': { level: 'expert', evidence: 'From history' } })),
    restored: (el) => choice(el, 'Data analysis', 'Expert').checked && evidenceOf(el, 'Data analysis').value === 'From history',
  },
  controls: (el) => [...allByRole(el, 'radio'), ...allByRole(el, 'textbox')],
  showsErrors: (el) =>
    allByRole(el, 'alert').some((alert) => /There is a problem/.test(text(alert))) || inside(el).queryAllByText('Error:').length > 0,
});

describe('cf-self-assessment: the person keeps their answers', () => {
  it('downloads the answers as JSON that reads back, and as CSV, and offers to print them', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    choice(el, 'Data analysis', 'Practitioner').click();
    type(evidenceOf(el, 'Data analysis'), '=formula-like evidence');
    const back = parseAssessment(JSON.parse(el.toJson()), sample);
    expect(back.ok && back.value.ratings).to.deep.equal({ 'data-analysis': { level: 'practitioner', evidence: '=formula-like evidence' } });
    const [, row] = readCsvRows(el.toCsv(), new ImportLog()).map((line) => line.cells);
    expect([row![7], row![9], row![10]]).to.deep.equal(['Data analysis', 'Practitioner', "'=formula-like evidence"]);
    expect(allByRole(el, 'button').map(text)).to.include.members([
      'Print my answers',
      'Download my answers (JSON)',
      'Download my answers (CSV)',
    ]);
  });
});

describe('cf-self-assessment: form participation', () => {
  it('puts one FormData entry holding the assessment as valid JSON', async () => {
    const el = await mount(html`<form><cf-self-assessment name="assessment" .framework=${sample}></cf-self-assessment></form>`);
    const form = el.form!;
    choice(el, 'Data analysis', 'Practitioner').click();
    type(evidenceOf(el, 'Data analysis'), 'Ran the <b>census</b> analysis');
    choice(el, 'Data governance', 'Not applicable').click();
    expect(new FormData(form).getAll('assessment')).to.have.length(1);
    const value = posted(form);
    expect(value.framework).to.deep.equal({ id: sample.id, version: sample.version });
    expect(value.ratings).to.deep.equal({
      'data-analysis': { level: 'practitioner', evidence: 'Ran the <b>census</b> analysis' },
      'data-governance': { level: 'not-applicable' },
    });
    expect(value.createdAt).to.be.a('string');
    // The inner radios and textareas are not form entries of their own.
    expect([...new FormData(form).keys()]).to.deep.equal(['assessment']);
  });

  it('is valid when not required; when required, every shown skill needs an answer (not applicable counts)', async () => {
    const el = await mount(
      html`<form><cf-self-assessment name="a" .framework=${sample} role-id="policy-adviser"></cf-self-assessment></form>`,
    );
    const form = el.form!;
    expect(el.checkValidity()).to.equal(true);
    el.required = true;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    choice(el, 'Communicating insight', 'Working').click();
    choice(el, 'Stakeholder engagement', 'Not applicable').click();
    expect(el.checkValidity()).to.equal(false);
    choice(el, 'Data analysis', 'Not observed').click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('blocks evidence over the limit without cutting what was typed', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    const long = 'x'.repeat(10_005);
    type(evidenceOf(el, 'Data analysis'), long);
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.tooLong).to.equal(true);
    expect(el.assessment!.ratings['data-analysis']!.evidence).to.have.length(10_005);
    expect(text(question(el, 'Data analysis'))).to.include('You have 5 characters too many');
  });

  it('reportValidity shows the GOV.UK error summary and inline errors, and focuses the first unrated skill', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample} role-id="policy-adviser" required></cf-self-assessment>`);
    choice(el, 'Communicating insight', 'Working').click();
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    // An alert, so it is announced as it appears.
    const summary = errorSummary(el)!;
    const links = allByRole(summary, 'link').map(text);
    expect(links).to.deep.equal(['Choose a level for Stakeholder engagement', 'Choose a level for Data analysis']);
    expect(el.shadowRoot!.activeElement).to.equal(choice(el, 'Stakeholder engagement', 'Awareness'));
    // The inline error is shown in the skill's group, and read out with it.
    expect(text(question(el, 'Stakeholder engagement'))).to.include('Error: Choose a level for Stakeholder engagement');
    byRole(el, 'group', { name: 'Stakeholder engagement', description: /Error: Choose a level for Stakeholder engagement/ });
    // The summary's links reach the field inside the shadow root.
    byRole(summary, 'link', { name: 'Choose a level for Data analysis' }).click();
    expect(el.shadowRoot!.activeElement).to.equal(choice(el, 'Data analysis', 'Awareness'));
    // Fixing a problem removes it from the summary.
    choice(el, 'Data analysis', 'Working').click();
    await el.updateComplete;
    expect(allByRole(errorSummary(el)!, 'link')).to.have.length(1);
  });

  it('shows the same errors in Welsh', async () => {
    const el = await mount(
      html`<div lang="cy"><cf-self-assessment .framework=${sample} role-id="policy-adviser" required></cf-self-assessment></div>`,
    );
    el.reportValidity();
    await el.updateComplete;
    const summary = errorSummary(el, /^Mae problem wedi codi/)!;
    expect(text(byRole(summary, 'heading', { level: 2 }))).to.equal('Mae problem wedi codi');
    expect(text(summary)).to.include('Dewiswch lefel ar gyfer Ymgysylltu â rhanddeiliaid');
  });

  it('names each evidence field after its skill, for lists of form fields', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    // The label's whole text names a text box.
    expect(allByRole(el, 'textbox')).to.include(byLabel(el, 'Evidence (optional): Data governance'));
  });

  it('focusSkill lets the host’s own summary reach a field', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    choice(el, 'Data governance', 'Expert').click();
    expect(el.focusSkill('data-governance')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(choice(el, 'Data governance', 'Expert'));
    expect(el.focusSkill('nope')).to.equal(false);
  });

  it('stops a native form submitting while invalid, and shows why', async () => {
    let submitted = 0;
    const el = await mount(
      html`<form @submit=${(event: Event) => (event.preventDefault(), submitted++)}>
        <cf-self-assessment name="a" .framework=${sample} role-id="policy-adviser" required></cf-self-assessment><button>Send</button>
      </form>`,
    );
    el.form!.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(0);
    expect(errorSummary(el), 'the error summary').not.to.equal(undefined);
  });

  it('fires native input on every change and change when an answer is committed, and nothing when the host sets .assessment', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.assessment!.ratings['data-analysis']?.level ?? ''}`));
    el.addEventListener('change', () => seen.push('change'));
    choice(el, 'Data analysis', 'Expert').click();
    expect(seen).to.deep.equal(['input:expert', 'change']);
    seen.length = 0;
    const field = evidenceOf(el, 'Data analysis');
    field.focus();
    await sendKeys({ type: 'Hi' });
    expect(seen).to.deep.equal(['input:expert', 'input:expert']);
    await sendKeys({ press: 'Tab' });
    expect(seen.at(-1)).to.equal('change');
    seen.length = 0;
    el.assessment = assessmentOf({ 'data-analysis': { level: 'working' } });
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
  });
});

describe('cf-self-assessment: keyboard, progress, counts', () => {
  it('can be completed by keyboard alone: Tab between skills, arrows within one, Space to choose', async () => {
    const el = await mount(
      html`<form><cf-self-assessment name="assessment" .framework=${sample} role-id="policy-adviser" required></cf-self-assessment></form>`,
    );
    const form = el.form!;
    choice(el, 'Communicating insight', 'Awareness').focus();
    // No radio chosen yet: Space chooses the focused one.
    await sendKeys({ press: 'Space' });
    // Arrow keys move within the skill and choose as they go.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(choice(el, 'Communicating insight', 'Practitioner').checked).to.equal(true);
    // Tab leaves the radios for the disclosure, the evidence, then the next skill's radios.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(byText(question(el, 'Communicating insight'), 'What each level means'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(evidenceOf(el, 'Communicating insight'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(choice(el, 'Stakeholder engagement', 'Awareness'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    // Down, not up: WebKit's radios do not wrap round from the first to the last, as Chromium's and Firefox's do.
    await sendKeys({ press: 'ArrowDown' });
    expect(choice(el, 'Data analysis', 'Working').checked).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    expect(posted(form).ratings).to.deep.equal({
      'communicating-insight': { level: 'practitioner' },
      'stakeholder-engagement': { level: 'awareness' },
      'data-analysis': { level: 'working' },
    });
  });

  it('shows progress, and announces it politely once the person pauses', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    // Shown as text: the only element saying so until the live region does too.
    byText(el, '0 of 4 skills rated');
    choice(el, 'Data analysis', 'Working').click();
    choice(el, 'Data governance', 'Working').click();
    await el.updateComplete;
    byText(el, '2 of 4 skills rated');
    // Nothing announced yet: the live regions wait for a pause.
    expect(announced(el)).to.deep.equal([]);
    await until(() => announced(el).includes('2 of 4 skills rated'), 'the progress announcement', 3000);
    expect(announced(el)).to.deep.equal(['2 of 4 skills rated']);
  });

  it('counts evidence characters with plural forms, in English and Welsh', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    const field = evidenceOf(el, 'Data analysis');
    // The count is the last of what describes the field (after the hint), so it is read out with it.
    const count = () => text(describedBy(field).at(-1)!);
    expect(count()).to.equal('You have 10,000 characters remaining');
    type(field, 'x'.repeat(9_999));
    await el.updateComplete;
    expect(count()).to.equal('You have 1 character remaining');
    document.documentElement.lang = 'cy';
    try {
      await until(() => count() === 'Mae gennych 1 nod yn weddill', 'the Welsh count');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('re-renders only the skill that changed', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${des}></cf-self-assessment>`);
    // Counts the template work per skill: DOM mutations would not show it (Lit commits only changes).
    const prototype = Object.getPrototypeOf(el) as { renderSkillFields: (...args: unknown[]) => unknown };
    const original = prototype.renderSkillFields;
    const rendered: string[] = [];
    prototype.renderSkillFields = function (this: unknown, ...args: unknown[]) {
      rendered.push((args[0] as { id: string }).id);
      return original.apply(this, args);
    };
    try {
      choice(el, 'Resourcing', 'Expert').click();
      await el.updateComplete;
      expect(rendered).to.deep.equal(['resourcing']);
      byText(el, '1 of 9 skills rated');
      rendered.length = 0;
      document.documentElement.lang = 'cy';
      await until(() => rendered.length === des.skills.length, 'every skill in Welsh');
    } finally {
      prototype.renderSkillFields = original;
      document.documentElement.lang = 'en';
    }
  });

  it('shows the answers in every control after typing, a form reset and a value from the host', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cf-self-assessment name="assessment" .framework=${sample}></cf-self-assessment></form>`,
    );
    const el = form.querySelector('cf-self-assessment')!;
    await el.updateComplete;
    const field = evidenceOf(el, 'Data analysis');
    const count = () => text(describedBy(field).at(-1)!);
    choice(el, 'Data analysis', 'Working').click();
    type(field, 'Ran the survey');
    await el.updateComplete;
    expect(count()).to.equal('You have 9,986 characters remaining');
    expect(posted(form).ratings['data-analysis']).to.deep.equal({ level: 'working', evidence: 'Ran the survey' });
    form.reset();
    await el.updateComplete;
    expect([choice(el, 'Data analysis', 'Working').checked, field.value, count()]).to.deep.equal([
      false,
      '',
      'You have 10,000 characters remaining',
    ]);
    expect(posted(form).ratings).to.deep.equal({});
    el.assessment = assessmentOf({ 'data-analysis': { level: 'working', evidence: 'Ran it' } });
    await el.updateComplete;
    expect([choice(el, 'Data analysis', 'Working').checked, field.value, count()]).to.deep.equal([
      true,
      'Ran it',
      'You have 9,994 characters remaining',
    ]);
    expect(posted(form).ratings['data-analysis']).to.deep.equal({ level: 'working', evidence: 'Ran it' });
  });

  it('keeps skills out of view in the form: their fields, counts and focus work as for the first', async () => {
    const el = await mount(
      html`<div style="height: 200px; overflow: auto"><cf-self-assessment .framework=${des}></cf-self-assessment></div>`,
    );
    const last = des.skills.at(-1)!.name as string;
    const field = evidenceOf(el, last);
    expect(text(describedBy(field).at(-1)!)).to.equal('You have 10,000 characters remaining');
    expect(el.focusSkill(des.skills.at(-1)!.id)).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(choice(el, last, des.scale.levels[0]!.label as string));
  });

  it('opens a skill’s level descriptors on demand, with the ladder marking the chosen level', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${des}></cf-self-assessment>`);
    choice(el, 'Resourcing', 'Expert').click();
    expect(ladderOf(el, 'Resourcing')).to.equal(null);
    byText(question(el, 'Resourcing'), 'What each level means').click();
    await until(() => !!ladderOf(el, 'Resourcing'), 'the ladder');
    const ladder = ladderOf(el, 'Resourcing')!;
    await ladder.updateComplete;
    expect(text(byRole(ladder, 'listitem', { current: true }))).to.include('Expert');
  });
});

describe('cf-self-assessment: accessibility', () => {
  for (const [name, template] of [
    ['English', () => html`<cf-self-assessment .framework=${sample} role-id="data-analyst-senior"></cf-self-assessment>`],
    ['Welsh', () => html`<div lang="cy"><cf-self-assessment .framework=${sample}></cf-self-assessment></div>`],
    [
      'manager mode',
      () =>
        html`<cf-self-assessment
          .framework=${sample}
          rater="manager"
          .reference=${assessmentOf({ 'data-analysis': { level: 'working', evidence: 'x' } })}
        ></cf-self-assessment>`,
    ],
    [
      'read-only',
      () =>
        html`<cf-self-assessment
          .framework=${sample}
          readonly
          .assessment=${assessmentOf({ 'data-analysis': { level: 'working' } })}
        ></cf-self-assessment>`,
    ],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = host.matches('cf-self-assessment') ? host : host.querySelector('cf-self-assessment')!;
      await (el as CfSelfAssessment).updateComplete;
      await expect(host).to.be.accessible();
    });
  }

  it('has no axe violations with errors shown', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${des} required></cf-self-assessment>`);
    type(evidenceOf(el, 'Resourcing'), 'y'.repeat(10_001));
    el.reportValidity();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('cf-self-assessment: drafts', () => {
  const key = () => `test-${Math.random().toString(36).slice(2)}`;

  it('holds the place of its “Draft saved at” line, so the first save moves nothing below the form', async () => {
    const form = await mount(html`<cf-self-assessment .framework=${sample} autosave-key=${key()}></cf-self-assessment>`);
    choice(form, 'Data analysis', 'Expert').click();
    const [before, after] = await heightsAcrossFirstSave(form, 'Draft saved at');
    expect(after).to.be.closeTo(before, 0.5);
  });

  it('saves a draft and restores it in a new form, firing a cancelable cf-draft-restore', async () => {
    const draftKey = key();
    const first = await mount(html`<cf-self-assessment .framework=${sample} autosave-key=${draftKey}></cf-self-assessment>`);
    choice(first, 'Data analysis', 'Expert').click();
    type(evidenceOf(first, 'Data analysis'), 'Saved while typing');
    await until(() => shadowText(first).includes('Draft saved at'), 'the draft to save', 2000);
    first.remove();

    const second = document.createElement('cf-self-assessment');
    second.framework = sample;
    second.autosaveKey = draftKey;
    const restored = nextEvent(second, 'cf-draft-restore');
    document.body.append(second);
    const event = await restored;
    expect(event.cancelable).to.equal(true);
    expect(event.assessment.ratings['data-analysis']).to.deep.equal({ level: 'expert', evidence: 'Saved while typing' });
    // Not there until the framework is read: found only when it is.
    const restoredEvidence = () => inside(second).queryByLabelText('Evidence (optional): Data analysis') as HTMLTextAreaElement | null;
    await until(() => restoredEvidence()?.value === 'Saved while typing', 'the restored evidence');
    expect(choice(second, 'Data analysis', 'Expert').checked).to.equal(true);
    expect(shadowText(second)).to.include('have been restored');
    second.remove();

    const third = document.createElement('cf-self-assessment');
    third.framework = sample;
    third.autosaveKey = draftKey;
    third.addEventListener('cf-draft-restore', (e) => e.preventDefault());
    const cancelled = nextEvent(third, 'cf-draft-restore');
    document.body.append(third);
    await cancelled;
    await third.updateComplete;
    expect(third.assessment!.ratings).to.deep.equal({});
    third.remove();
  });

  it('keeps every answer when the framework’s version changed, showing removed skills as unmatched', async () => {
    const draftKey = key();
    const first = await mount(html`<cf-self-assessment .framework=${sample} autosave-key=${draftKey}></cf-self-assessment>`);
    choice(first, 'Data governance', 'Expert').click();
    choice(first, 'Data analysis', 'Working').click();
    await first.clearDraft().then(() => first.remove());
    const again = await mount(html`<cf-self-assessment .framework=${sample} autosave-key=${draftKey}></cf-self-assessment>`);
    choice(again, 'Data governance', 'Expert').click();
    choice(again, 'Data analysis', 'Working').click();
    await until(() => shadowText(again).includes('Draft saved at'), 'the draft to save', 2000);
    again.remove();

    const newer = {
      ...sample,
      version: '2027.1',
      roles: [],
      pathways: [],
      skills: sample.skills.filter((skill) => skill.id !== 'data-governance'),
    };
    const el = await mount(html`<cf-self-assessment .framework=${newer} autosave-key=${draftKey}></cf-self-assessment>`);
    await until(() => shadowText(el).includes('Every answer was kept'), 'the version notice');
    expect(el.assessment!.framework.version).to.equal('2027.1');
    expect(el.assessment!.ratings).to.deep.equal({ 'data-governance': { level: 'expert' }, 'data-analysis': { level: 'working' } });
    // Shown under the heading of answers kept for skills no longer in the framework, by its id.
    byRole(el, 'heading', { name: 'Answers for skills not in this version of the framework' });
    expect(allByRole(el, 'term').map(text)).to.deep.equal(['data-governance']);
  });

  it('sets an unreadable draft aside and says so, instead of losing it', async () => {
    const draftKey = key();
    localStorage.clear();
    const { draftStore } = await import('../../src/shared/draft-store.js');
    const store = await draftStore();
    await store.update(`cf-self-assessment:${draftKey}`, () => '{"format":"cf-assessment-draft","revision":1,"assessm');
    const el = await mount(html`<cf-self-assessment .framework=${sample} autosave-key=${draftKey}></cf-self-assessment>`);
    await until(() => shadowText(el).includes('could not be read'), 'the unreadable-draft notice');
    const aside = await store.keys(`cf-self-assessment:${draftKey}:aside:`);
    expect(aside).to.have.length(1);
    expect(await store.get(aside[0]!)).to.equal('{"format":"cf-assessment-draft","revision":1,"assessm');
  });

  it('keeps the draft after a submit unless clear-on-submit is set or the host calls clearDraft()', async () => {
    const { draftStore } = await import('../../src/shared/draft-store.js');
    const store = await draftStore();
    const stored = async (draftKey: string) => (await store.get(`cf-self-assessment:${draftKey}`)) !== undefined;
    for (const [clearOnSubmit, cancelled, expectKept] of [
      [false, false, true],
      [true, false, false],
      [true, true, true],
    ] as const) {
      const draftKey = key();
      // The form posts into an iframe, so the test page stays; a cancelled submit is one a host sends by fetch.
      const el = await mount(
        html`<div>
          <iframe name="sink" title="sink"></iframe>
          <form target="sink" action="about:blank" @submit=${(event: Event) => cancelled && event.preventDefault()}>
            <cf-self-assessment
              name="a"
              .framework=${sample}
              autosave-key=${draftKey}
              ?clear-on-submit=${clearOnSubmit}
            ></cf-self-assessment>
          </form>
        </div>`,
      );
      choice(el, 'Data analysis', 'Working').click();
      await until(() => shadowText(el).includes('Draft saved at'), 'the draft to save', 2000);
      el.form!.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await stored(draftKey), `clear-on-submit ${clearOnSubmit}, cancelled ${cancelled}`).to.equal(expectKept);
      await el.clearDraft();
      expect(await stored(draftKey)).to.equal(false);
    }
  });

  it('a form reset keeps the draft it replaces aside', async () => {
    const draftKey = key();
    const el = await mount(
      html`<form><cf-self-assessment name="a" .framework=${sample} autosave-key=${draftKey}></cf-self-assessment></form>`,
    );
    const form = el.form!;
    await el.updateComplete;
    type(evidenceOf(el, 'Data analysis'), 'Typed before a slip of the reset button');
    await until(() => shadowText(el).includes('Draft saved at'), 'the draft to save', 2000);
    form.reset();
    const { draftStore } = await import('../../src/shared/draft-store.js');
    const store = await draftStore();
    let aside: string[] = [];
    const start = performance.now();
    while (aside.length === 0 && performance.now() - start < 2000) {
      aside = await store.keys(`cf-self-assessment:${draftKey}:aside:`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(aside).to.have.length(1);
    expect(await store.get(aside[0]!)).to.include('Typed before a slip of the reset button');
  });

  it('warns before leaving only with unsaved changes and no autosave', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${sample}></cf-self-assessment>`);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    choice(el, 'Data analysis', 'Working').click();
    expect(leave()).to.equal(true);
    el.autosaveKey = key();
    await el.updateComplete;
    expect(leave()).to.equal(false);
    el.remove();
    expect(leave()).to.equal(false);
  });
});

describe('cf-self-assessment: a role that names skills without a level', () => {
  const careersOf = async () => loadFixture('public-service-careers');

  it('says “no level stated” as each such skill’s need, never a blank, “undefined” or “Not rated”', async () => {
    const careers = await careersOf();
    const el = await mount(html`<cf-self-assessment .framework=${careers} role-id="head-of-analysis-profession"></cf-self-assessment>`);
    // The first of what describes the question: read out with it, as any need is.
    const need = (skill: string) => text(describedBy(question(el, skill))[0]!);
    expect(questions(el)).to.have.length(5);
    expect(need('Data analysis')).to.equal('Needed for the role: no level stated');
    expect(need('Statistical methods')).to.equal('Desirable for the role: no level stated');
    expect(need('Leading people')).to.equal('Needed for the role: Expert');
    expect(shadowText(el)).to.not.match(/undefined|Not rated/);
    await expect(el).to.be.accessible();
  });

  it('opens such a skill’s levels with no target marked', async () => {
    const careers = await careersOf();
    const el = await mount(html`<cf-self-assessment .framework=${careers} role-id="head-of-analysis-profession"></cf-self-assessment>`);
    const open = async (skill: string) => {
      byText(question(el, skill), 'What each level means').click();
      await until(() => ladderOf(el, skill) !== null, 'the ladder');
      return ladderOf(el, skill)!;
    };
    // The ladder's attribute itself is what is checked: what it marks is the ladder's own test.
    const unstated = await open('Data analysis');
    expect(unstated.hasAttribute('target'), 'no target attribute at all').to.equal(false);
    expect((await open('Leading people')).getAttribute('target')).to.equal('expert');
  });

  it('writes “No level stated” in the read-only table, and says so in Welsh', async () => {
    const careers = await careersOf();
    const submitted: Assessment = {
      schemaVersion: 1,
      framework: { id: careers.id, version: careers.version },
      rater: 'self',
      status: 'submitted',
      ratings: { 'data-analysis': { level: 'expert' } },
    };
    const el = await mount(
      html`<cf-self-assessment
        .framework=${careers}
        readonly
        role-id="head-of-analysis-profession"
        .assessment=${submitted}
      ></cf-self-assessment>`,
    );
    const row = dataRows(byRole(el, 'table')).find((entry) => text(maybeByRole(entry, 'rowheader') ?? entry) === 'Data analysis')!;
    expect([...row.cells].map(text)).to.deep.equal(['Data analysis', 'Expert', 'No level stated', '']);
    const welsh = await mount(
      html`<div lang="cy"><cf-self-assessment .framework=${careers} role-id="head-of-analysis-profession"></cf-self-assessment></div>`,
    );
    expect(text(question(welsh, 'Dadansoddi data'))).to.include('Angen ar gyfer y rôl: dim lefel wedi’i nodi');
    expect(text(question(welsh, 'Dulliau ystadegol'))).to.include('Dymunol ar gyfer y rôl: dim lefel wedi’i nodi');
  });
});

describe('cf-self-assessment: descriptors and evidence fields in a long form, rendered when their skill is reached', () => {
  // 150 skills: the DE&S skills, then copies of them with their own ids and names.
  const long = {
    ...des,
    skills: Array.from({ length: 150 }, (_, n) => {
      const skill = des.skills[n % des.skills.length]!;
      return n < des.skills.length ? skill : { ...skill, id: `${skill.id}-${n + 1}`, name: `${skill.name as string} ${n + 1}` };
    }),
  };
  const far = long.skills[139]!;
  const farName = far.name as string;
  const fieldOf = (el: CfSelfAssessment, skill: string) =>
    inside(el).queryByLabelText(`Evidence (optional): ${skill}`) as HTMLTextAreaElement | null;
  const fields = (el: CfSelfAssessment) => el.shadowRoot!.querySelectorAll('textarea').length;
  const disclosures = (el: CfSelfAssessment) => el.shadowRoot!.querySelectorAll('summary').length;
  const descriptorsOf = (el: CfSelfAssessment, skill: string) => question(el, skill).querySelector('summary');
  const key = () => `test-${Math.random().toString(36).slice(2)}`;

  it('has the first skills’ fields and descriptors from the start and a far skill’s once it is near the view', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${long}></cf-self-assessment>`);
    expect(fieldOf(el, long.skills[0]!.name as string)).to.not.equal(null);
    expect(text(descriptorsOf(el, long.skills[0]!.name as string)!)).to.equal('What each level means');
    expect(fields(el)).to.be.below(150);
    expect(disclosures(el)).to.equal(fields(el));
    expect(fieldOf(el, farName)).to.equal(null);
    expect(descriptorsOf(el, farName)).to.equal(null);
    const before = question(el, farName).getBoundingClientRect().height;
    question(el, farName).scrollIntoView();
    await until(() => fieldOf(el, farName) !== null, 'the far skill’s field');
    expect(text(describedBy(fieldOf(el, farName)!).at(-1)!)).to.equal('You have 10,000 characters remaining');
    expect(text(descriptorsOf(el, farName)!)).to.equal('What each level means');
    // The space held for them was about their height: the page does not jump when they come.
    expect(Math.abs(question(el, farName).getBoundingClientRect().height - before)).to.be.below(24);
  });

  it('goes by Tab from a far skill’s last answer to its disclosure and evidence field, as for the first skill', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${long}></cf-self-assessment>`);
    expect(fieldOf(el, farName)).to.equal(null);
    choice(el, farName, 'Not observed').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(byText(question(el, farName), 'What each level means'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(fieldOf(el, farName));
    await sendKeys({ type: 'Led it' });
    expect(el.assessment!.ratings[far.id]).to.deep.equal({ level: 'not-observed', evidence: 'Led it' });
  });

  it('shows a far skill’s evidence from a given assessment and from a restored draft', async () => {
    const given = await mount(html`<cf-self-assessment .framework=${long}></cf-self-assessment>`);
    given.assessment = {
      ...assessmentOf({ [far.id]: { level: 'expert', evidence: 'Given' } }),
      framework: { id: long.id, version: long.version },
    };
    await given.updateComplete;
    expect(fieldOf(given, farName)?.value).to.equal('Given');

    const draftKey = key();
    const first = await mount(html`<cf-self-assessment .framework=${long} autosave-key=${draftKey}></cf-self-assessment>`);
    expect(first.focusSkill(far.id)).to.equal(true);
    await first.updateComplete;
    type(fieldOf(first, farName)!, 'Saved far down');
    // A long form on a slow engine: more time than the small forms' draft tests give.
    await until(() => shadowText(first).includes('Draft saved at'), 'the draft to save', 8000);
    first.remove();
    const second = await mount(html`<cf-self-assessment .framework=${long} autosave-key=${draftKey}></cf-self-assessment>`);
    await until(() => fieldOf(second, farName)?.value === 'Saved far down', 'the restored evidence', 8000);
    expect(second.assessment!.ratings[far.id]).to.deep.equal({ evidence: 'Saved far down' });
  });

  it('moves focus to a far skill’s evidence when reportValidity finds it too long', async () => {
    const el = await mount(html`<form><cf-self-assessment name="a" .framework=${long}></cf-self-assessment></form>`);
    el.assessment = {
      ...assessmentOf({ [far.id]: { level: 'expert', evidence: 'y'.repeat(10_001) } }),
      framework: { id: long.id, version: long.version },
    };
    await el.updateComplete;
    expect(el.reportValidity()).to.equal(false);
    await until(() => el.shadowRoot!.activeElement === fieldOf(el, farName), 'focus on the far field');
    expect(fieldOf(el, farName)!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('fills in every other field while the page is idle, so a screen reader’s field list and find-in-page meet them all', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${long}></cf-self-assessment>`);
    expect(fields(el)).to.be.below(150);
    await until(() => fields(el) === 150, 'every evidence field', 8000);
    expect(disclosures(el)).to.equal(150);
    expect(describedBy(fieldOf(el, farName)!).map(text)).to.include('You have 10,000 characters remaining');
  });

  it('renders every evidence field and disclosure before the page is printed', async () => {
    const el = await mount(html`<cf-self-assessment .framework=${long}></cf-self-assessment>`);
    expect(fields(el)).to.be.below(150);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(fields(el)).to.equal(150);
    expect(disclosures(el)).to.equal(150);
  });
});
