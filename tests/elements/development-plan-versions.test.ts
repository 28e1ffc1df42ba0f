// A plan made against an earlier version of the framework: carried across when the host gives that
// version, its actions kept, and what changed for it said above the plan.
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { DevelopmentPlan } from '../../src/core/schema/plan.js';
import { migrateAssessment } from '../../src/core/versions/migrate.js';
import type { CfDevelopmentPlan } from '../../src/elements/development-plan/development-plan.js';
import { allByRole, byText, inside, text } from './harness.js';
import { loadAssessments, loadFixture, mountElement, until } from './helpers.js';

const first = await loadFixture('des-hr');
const second = await loadFixture('versions/des-hr-2');
const people = await loadAssessments('des-hr');
const plan = (await (await fetch(new URL('../fixtures/plans/des-hr.json', import.meta.url))).json()) as DevelopmentPlan;
const self = migrateAssessment(people.self!, first, second).assessment;

const CARRIED = /This plan was made against version 1\.0\.0 of the framework, and now follows version 2\.0\.0/;

async function mount(template: ReturnType<typeof html>): Promise<CfDevelopmentPlan> {
  const el = await mountElement('cf-development-plan', template);
  await until(
    () => inside(el).queryByText(CARRIED) !== null || inside(el).queryByText(/Gwnaed y cynllun hwn yn erbyn/) !== null,
    'the plan carried across',
  );
  return el;
}

describe('cf-development-plan: a plan made against an earlier version', () => {
  it('carries the plan across, keeps every action, and says what changed for it', async () => {
    const el = await mount(
      html`<cf-development-plan .framework=${second} .earlierVersions=${[first]} .plan=${plan} .assessment=${self}></cf-development-plan>`,
    );
    const notice = byText(el, CARRIED).closest('.notice')!;
    expect(text(notice)).to.include('Actions for 1 skill this version no longer has are kept, below.');
    expect(text(notice)).to.include('The role now needs more in these skills:');
    expect(allByRole(notice, 'listitem').map(text)).to.deep.equal(['Employee Relations', 'Organisation Development and Design (OD&D)']);
    const value = el.plan!;
    expect(value.framework).to.deep.equal({ id: 'des-hr', version: '2.0.0' });
    expect(
      Object.values(value.actions)
        .flat()
        .map(({ id }) => id)
        .sort(),
    ).to.deep.equal(['er-course', 'er-shadow', 'od-stretch', 'tm-mentor']);
    await expect(el).to.be.accessible();
  });

  it('says so in Welsh', async () => {
    const el = await mount(
      html`<div lang="cy">
        <cf-development-plan .framework=${second} .earlierVersions=${[first]} .plan=${plan} .assessment=${self}></cf-development-plan>
      </div>`,
    );
    expect(text(byText(el, /Gwnaed y cynllun hwn yn erbyn fersiwn 1\.0\.0/))).to.include('bellach yn dilyn fersiwn 2.0.0');
  });

  it('without the earlier version, keeps the plan as it was and says it was made with another', async () => {
    const el = await mountElement(
      'cf-development-plan',
      html`<cf-development-plan .framework=${second} .plan=${plan} .assessment=${self}></cf-development-plan>`,
    );
    await el.updateComplete;
    expect(inside(el).queryByText(CARRIED)).to.equal(null);
    expect(text(byText(el, /This plan was made with des-hr 1\.0\.0, not des-hr 2\.0\.0/))).to.include('All its actions are kept');
  });
});
