// A person whose answers were made against an earlier version of the framework: carried across, told
// what changed for them, taken to those skills, and nothing replaced without their say.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { migrateAssessment } from '../../src/core/versions/migrate.js';
import '../../src/define.js';
import type { CfSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import { allByRole, byRole, describedBy, inside, maybeByRole, text } from './harness.js';
import { loadAssessments, loadFixture, mountElement, shadowText, until } from './helpers.js';

const first = await loadFixture('des-hr');
const second = await loadFixture('versions/des-hr-2');
const people = await loadAssessments('des-hr');
const self = people.self!;

/**
 * The form, once what changed is shown: carrying answers across and the view of ratings to review are
 * loaded when a form first needs them, so they arrive a moment after the first render.
 */
async function mount(template: ReturnType<typeof html>): Promise<CfSelfAssessment> {
  const el = await mountElement('cf-self-assessment', template);
  await until(() => el.shadowRoot!.querySelector('[part="review"]') !== null, 'the ratings to review');
  await el.updateComplete;
  return el;
}
const question = (el: CfSelfAssessment, skill: string) => byRole(el, 'group', { name: skill });
const choice = (el: CfSelfAssessment, skill: string, answer: string) =>
  byRole<HTMLInputElement>(question(el, skill), 'radio', { name: answer });
/** The notice above the form: the region under its heading. */
const reviewNotice = (el: CfSelfAssessment) => byRole(el, 'heading', { name: /since (you rated|the framework changed)/ }).parentElement!;
const reviewLinks = (el: CfSelfAssessment) => allByRole(reviewNotice(el), 'link').map(text);

describe('cf-self-assessment: answers made against an earlier version', () => {
  it('carries answers given with the earlier version across, and lists the ratings to look at again', async () => {
    const el = await mount(
      html`<cf-self-assessment .framework=${second} .earlierVersions=${[first]} .assessment=${self}></cf-self-assessment>`,
    );
    // Employee Relations' descriptor changed in meaning; Performance and Reward merges two skills rated apart.
    expect(text(byRole(el, 'heading', { name: /need another look/ }))).to.equal(
      '2 skills you rated need another look since the framework changed',
    );
    expect(reviewLinks(el)).to.deep.equal(['Performance and Reward', 'Employee Relations']);
    expect(text(reviewNotice(el))).to.include('carried across to version 2.0.0');
    // The rating moved with its skill's new id, kept as chosen.
    expect(choice(el, 'Business Facing HR', 'Practitioner').checked).to.equal(true);
    expect(maybeByRole(question(el, 'Employee Relations'), 'radio', { name: 'Supervised Practitioner' })).to.equal(null, 'relabelled');
    expect(choice(el, 'Employee Relations', 'Working Practitioner').checked).to.equal(true);
    // The two merged ratings disagreed: no level is chosen for the person, and both are kept apart.
    expect(allByRole<HTMLInputElement>(question(el, 'Performance and Reward'), 'radio').some((radio) => radio.checked)).to.equal(false);
    expect(shadowText(el)).to.include('Answers for skills not in this version of the framework');
    // The value sent is against the new version, with the marks.
    const value = el.assessment!;
    expect(value.framework).to.deep.equal({ id: 'des-hr', version: '2.0.0' });
    expect(value.ratings['employee-relations']?.review?.reasons).to.deep.equal(['descriptor']);
    expect(value.ratings['performance-management']).to.deep.equal({ level: 'expert' });
  });

  it('says why in the skill, tied to its answers, and keeps the answer when the person says so', async () => {
    const el = await mount(
      html`<cf-self-assessment .framework=${second} .earlierVersions=${[first]} .assessment=${self}></cf-self-assessment>`,
    );
    const group = question(el, 'Employee Relations');
    expect(describedBy(group).map(text).join(' ')).to.include(
      'The descriptors of the level you chose have changed since you rated it against version 1.0.0.',
    );
    byRole(group, 'button', { name: /^Keep my answer ?: Employee Relations$/ }).click();
    await el.updateComplete;
    await until(
      () => el.shadowRoot!.activeElement === choice(el, 'Employee Relations', 'Working Practitioner'),
      'focus on the answer kept',
    );
    expect(maybeByRole(question(el, 'Employee Relations'), 'button', { name: /Keep my answer/ })).to.equal(null);
    expect(el.assessment!.ratings['employee-relations']).to.deep.equal({ level: 'supervised-practitioner' });
    expect(reviewLinks(el)).to.deep.equal(['Performance and Reward']);
    expect(allByRole(el, 'status').map(text)).to.include('Answer kept.');
  });

  it('takes the person to the skill from the notice, and clears the mark when they choose a level', async () => {
    const el = await mount(
      html`<cf-self-assessment .framework=${second} .earlierVersions=${[first]} .assessment=${self}></cf-self-assessment>`,
    );
    byRole(reviewNotice(el), 'link', { name: 'Performance and Reward' }).click();
    const radios = allByRole<HTMLInputElement>(question(el, 'Performance and Reward'), 'radio');
    expect(el.shadowRoot!.activeElement).to.equal(radios[0]);
    // Keyboard: arrow to the next level chooses it, as a radio group does.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.assessment!.ratings['performance-and-reward']?.level).to.equal('supervised-practitioner');
    expect(el.assessment!.ratings['performance-and-reward']?.review).to.equal(undefined);
    expect(reviewLinks(el)).to.deep.equal(['Employee Relations']);
  });

  it('shows the marks of an assessment migrated elsewhere (by the command), with no earlier version given', async () => {
    const migrated = migrateAssessment(self, first, second).assessment;
    const el = await mount(html`<cf-self-assessment .framework=${second} .assessment=${migrated}></cf-self-assessment>`);
    expect(reviewLinks(el)).to.deep.equal(['Performance and Reward', 'Employee Relations']);
  });

  it('says a level is gone, and keeps what was chosen in the mark until the person chooses again', async () => {
    // A third version without the Expert level: no skill describes it, and roles that needed it need Practitioner.
    const fewer = structuredClone(second);
    fewer.version = '3.0.0';
    fewer.scale.levels = fewer.scale.levels.filter((level) => level.id !== 'expert');
    for (const skill of fewer.skills) delete skill.levels.expert;
    for (const role of fewer.roles) {
      for (const requirement of [...(role.requirements ?? []), ...(role.levels ?? []).flatMap((level) => level.requirements ?? [])]) {
        if (requirement.level === 'expert') requirement.level = 'practitioner';
      }
    }
    fewer.learning = fewer.learning.map((item) => ({
      ...item,
      skills: item.skills.map((link) => ({ ...link, levels: link.levels?.filter((level) => level !== 'expert') })),
    }));
    const rated: Assessment = {
      ...self,
      framework: { id: 'des-hr', version: '2.0.0' },
      ratings: { 'employee-relations': { level: 'expert', evidence: 'Ran the tribunal.' } },
    };
    const el = await mount(
      html`<cf-self-assessment .framework=${fewer} .earlierVersions=${[second]} .assessment=${rated}></cf-self-assessment>`,
    );
    expect(describedBy(question(el, 'Employee Relations')).map(text).join(' ')).to.include(
      'You chose “expert”, which this version no longer has. Choose again.',
    );
    expect(maybeByRole(question(el, 'Employee Relations'), 'button', { name: /Keep my answer/ })).to.equal(null, 'no level to keep');
    expect(el.assessment!.ratings['employee-relations']).to.deep.equal({
      evidence: 'Ran the tribunal.',
      review: { reasons: ['level'], version: '2.0.0', level: 'expert' },
    });
  });

  it('carries a draft saved against the earlier version when it is restored', async () => {
    const key = `test-${Math.random().toString(36).slice(2)}`;
    const old = await mountElement(
      'cf-self-assessment',
      html`<cf-self-assessment .framework=${first} autosave-key=${key}></cf-self-assessment>`,
    );
    choice(old, 'Employee Relations', 'Supervised Practitioner').click();
    choice(old, 'Business Facing HR', 'Expert').click();
    await until(() => shadowText(old).includes('Draft saved at'), 'the draft to save', 3000);
    old.remove();

    const el = document.createElement('cf-self-assessment');
    el.framework = second;
    el.earlierVersions = [first];
    el.autosaveKey = key;
    document.body.append(el);
    await until(() => inside(el).queryByRole('heading', { name: /new descriptors/ }) !== null, 'the notice of what changed');
    expect(text(byRole(el, 'heading', { name: /new descriptors/ }))).to.equal('1 skill you rated has new descriptors since you rated it');
    expect(choice(el, 'Business Facing HR', 'Expert').checked).to.equal(true);
    expect(el.assessment!.ratings['business-partnering']?.level).to.equal('expert');
    el.remove();
  });

  it('takes properties set before the element is defined', async () => {
    const el = document.createElement('cf-self-assessment-later') as CfSelfAssessment;
    Object.assign(el, { framework: second, earlierVersions: [first], assessment: self });
    document.body.append(el);
    customElements.define(
      'cf-self-assessment-later',
      class extends (customElements.get('cf-self-assessment') as typeof CfSelfAssessment) {},
    );
    await until(() => el.shadowRoot?.querySelector('[part="review"]') != null, 'the ratings to review');
    expect(reviewLinks(el)).to.deep.equal(['Performance and Reward', 'Employee Relations']);
    el.remove();
  });

  it('speaks Welsh', async () => {
    const el = await mount(
      html`<div lang="cy">
        <cf-self-assessment .framework=${second} .earlierVersions=${[first]} .assessment=${self}></cf-self-assessment>
      </div>`,
    );
    expect(text(byRole(el, 'heading', { name: /edrych eto/ }))).to.equal(
      'Mae angen edrych eto ar 2 sgil a raddiwyd gennych ers i’r fframwaith newid',
    );
    expect(allByRole(el, 'button', { name: /Cadw fy ateb/ }).length).to.equal(1);
  });

  it('has no axe violations with ratings to review', async () => {
    const el = await mount(
      html`<cf-self-assessment .framework=${second} .earlierVersions=${[first]} .assessment=${self}></cf-self-assessment>`,
    );
    await expect(el).to.be.accessible();
  });
});
