import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { readCsvRows } from '../../src/core/io/csv.js';
import { ImportLog } from '../../src/core/io/report.js';
import { parseAssessment } from '../../src/core/parse.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import '../../src/define.js';
import type { CfCalibration } from '../../src/elements/calibration/calibration.js';
import type { ViewChangeEvent } from '../../src/events/view-change-event.js';
import { runFormControlSuite } from './form-control-suite.js';
import { allByRole, byLabel, byRole, byText, describedBy, inside, maybeByRole, reported, text } from './harness.js';
import { heightsAcrossFirstSave, loadFixture, mountElement, nextEvent, shadowText, until } from './helpers.js';

const sample = await loadFixture('sample-bilingual');

const mount = (template: ReturnType<typeof html>): Promise<CfCalibration> => mountElement('cf-calibration', template);

function assessmentOf(rater: Assessment['rater'], ratings: Assessment['ratings'], extra: Partial<Assessment> = {}): Assessment {
  return { schemaVersion: 1, framework: { id: sample.id, version: sample.version }, rater, status: 'submitted', ratings, ...extra };
}

const self = assessmentOf(
  'self',
  {
    'data-analysis': { level: 'practitioner', evidence: 'Led the census analysis.' },
    'data-governance': { level: 'working' },
    'communicating-insight': { level: 'expert' },
  },
  { subject: { id: 'p-1', name: 'Alex Jones' }, updatedAt: '2026-11-20T09:00:00.000Z' },
);
const manager = assessmentOf(
  'manager',
  {
    'data-analysis': { level: 'working', evidence: 'Needed support on the method.' },
    'data-governance': { level: 'working' },
    'stakeholder-engagement': { level: 'awareness' },
  },
  { subject: { id: 'p-1', name: 'Alex Jones' }, updatedAt: '2026-11-24T15:00:00.000Z' },
);
const pair = [
  { label: 'You', assessment: self },
  { label: 'Sam', assessment: manager },
];

/** A skill of the conversation: the group named after the skill (its legend). */
const skillGroup = (el: CfCalibration, skill: string) => byRole(el, 'group', { name: skill });
/** The skills shown, in order: the groups that hold a note. */
const skillsShown = (el: CfCalibration) =>
  allByRole(el, 'group')
    .filter((group) => group.querySelector('textarea'))
    .map((group) => text(group.querySelector('legend')!));
/** A skill's agreed level: the radio with this label in the "Agreed level" group of the skill. */
const agree = (el: CfCalibration, skill: string, level: string | RegExp) =>
  byRole<HTMLInputElement>(byRole(skillGroup(el, skill), 'group', { name: 'Agreed level' }), 'radio', { name: level });
const noteOf = (el: CfCalibration, skill: string) => byLabel<HTMLTextAreaElement>(el, `Note: ${skill}`);

function type(field: HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function posted(form: HTMLFormElement, name = 'agreement'): Assessment {
  const parsed = parseAssessment(new FormData(form).get(name) as string, sample);
  expect(parsed.ok, JSON.stringify(parsed.issues)).to.equal(true);
  return (parsed as { value: Assessment }).value;
}

describe('cf-calibration: side by side', () => {
  it('says what each said and how far apart, in words, for every skill anyone rated', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    expect(skillsShown(el)).to.deep.equal(['Data analysis', 'Data governance', 'Communicating insight', 'Stakeholder engagement']);
    const analysis = skillGroup(el, 'Data analysis');
    expect(allByRole(analysis, 'listitem').map(text)).to.deep.equal(['You: Practitioner', 'Sam: Working']);
    expect(text(analysis)).to.include('One level apart.');
    expect(describedBy(analysis).map(text).join(' ')).to.include('One level apart.');
    expect(text(skillGroup(el, 'Data governance'))).to.include('The same rating.');
    expect(text(skillGroup(el, 'Communicating insight'))).to.include('Not rated by Sam.');
    expect(shadowText(el)).to.include('The ratings differ on 3 skills.');
    expect(shadowText(el)).to.include('0 of 4 skills agreed');
  });

  it('never chooses a level for them, and names who gave each answer beside it', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    expect(allByRole<HTMLInputElement>(el, 'radio').filter((radio) => radio.checked)).to.have.length(0);
    expect(agree(el, 'Data analysis', 'Practitioner (You)').value).to.equal('practitioner');
    expect(agree(el, 'Data governance', 'Working (You, Sam)').value).to.equal('working');
  });

  it('names an unnamed assessment after its rater, and numbers two alike', async () => {
    const peer = assessmentOf('peer', { 'data-analysis': { level: 'expert' } });
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${[self, peer, { ...peer }]}></cf-calibration>`);
    expect(allByRole(skillGroup(el, 'Data analysis'), 'listitem').map(text)).to.deep.equal([
      'Self-rating: Practitioner',
      'Peer’s rating (1): Expert',
      'Peer’s rating (2): Expert',
    ]);
    expect(text(skillGroup(el, 'Data analysis'))).to.include('One level apart.');
  });

  it('shows each side’s evidence only on demand', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    const disclosure = byText(skillGroup(el, 'Data analysis'), 'What each of you wrote').closest('details')!;
    expect(disclosure.open).to.equal(false);
    (disclosure.querySelector('summary') as HTMLElement).click();
    await el.updateComplete;
    expect(disclosure.open).to.equal(true);
    expect(text(disclosure)).to.include('You Led the census analysis.');
    expect(text(disclosure)).to.include('Sam Needed support on the method.');
    expect(maybeByRole(skillGroup(el, 'Data governance'), 'group', { name: /What each of you wrote/ })).to.equal(null);
    expect(text(skillGroup(el, 'Data governance'))).not.to.include('What each of you wrote');
  });

  it('asks for two assessments, reports one that cannot be read, and warns when they are of different people', async () => {
    const one = await mount(html`<cf-calibration .framework=${sample} .assessments=${[self]}></cf-calibration>`);
    expect(shadowText(one)).to.include('Give two or more assessments of the same person');
    const broken = await mount(
      html`<cf-calibration .framework=${sample} .assessments=${[self, { ...manager, rater: 'boss' }]}></cf-calibration>`,
    );
    const alert = await reported(broken);
    expect(text(alert)).to.include('could not be read');
    expect(text(alert)).to.include('rater');
    const other = assessmentOf('manager', {}, { subject: { id: 'p-2', name: 'Bo Smith' } });
    const mixed = await mount(html`<cf-calibration .framework=${sample} .assessments=${[self, other]}></cf-calibration>`);
    expect(shadowText(mixed)).to.include('not all of the same person: Alex Jones, Bo Smith');
  });

  it('keeps ratings for skills the framework does not have, and lists them apart', async () => {
    const older = { ...self, ratings: { ...self.ratings, 'retired-skill': { level: 'expert' } } };
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${[older, manager]}></cf-calibration>`);
    const apart = inside(el)
      .getByText(/Ratings for skills this framework does not have/)
      .closest('section')!;
    expect(text(apart)).to.include('retired-skill');
    expect(text(apart)).to.include('Self-rating: Expert');
  });
});

describe('cf-calibration: filters', () => {
  it('shows only where the ratings differ, or only the role’s skills, and tells the host', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair} role-id="policy-adviser"></cf-calibration>`);
    const differ = byRole<HTMLInputElement>(el, 'checkbox', { name: 'Only the skills where the ratings differ' });
    const told = nextEvent(el, 'cf-view-change');
    differ.click();
    const event = (await told) as unknown as ViewChangeEvent<boolean>;
    expect([event.property, event.value]).to.deep.equal(['onlyDifferences', true]);
    await el.updateComplete;
    expect(skillsShown(el)).not.to.include('Data governance');
    expect(el.onlyDifferences).to.equal(true);
    differ.click();
    await el.updateComplete;
    byRole<HTMLInputElement>(el, 'checkbox', { name: 'Only the skills the role needs' }).click();
    await el.updateComplete;
    const role = sample.roles.find((r) => r.id === 'policy-adviser')!;
    const needed = (role.requirements ?? role.levels?.[0]?.requirements ?? []).map((req) => req.skill);
    expect(skillsShown(el).length).to.equal(needed.length);
  });

  it('keeps an agreed level when its skill is filtered out, and shows a skill with a problem whatever the filter', async () => {
    const el = await mount(
      html`<form>
        <cf-calibration name="agreement" required .framework=${sample} .assessments=${pair} only-differences></cf-calibration>
      </form>`,
    );
    expect(skillsShown(el)).not.to.include('Data governance');
    agree(el, 'Data analysis', /^Working/).click();
    expect(el.reportValidity()).to.equal(false);
    await until(() => skillsShown(el).includes('Data governance'), 'the unagreed skill to be shown');
    expect(allByRole(el, 'alert').some((alert) => /There is a problem/.test(text(alert)))).to.equal(true);
    el.onlyDifferences = false;
    await el.updateComplete;
    expect(posted(el.form!).ratings['data-analysis']).to.deep.equal({ level: 'working' });
  });
});

describe('cf-calibration: the outcome', () => {
  it('posts an agreed assessment: the levels and notes, who agreed, when, and from which assessments', async () => {
    const el = await mount(
      html`<form>
        <cf-calibration
          name="agreement"
          .framework=${sample}
          .assessments=${pair}
          .agreedBy=${[{ name: 'Alex Jones' }, { name: 'Sam Patel' }]}
        ></cf-calibration>
      </form>`,
    );
    agree(el, 'Data analysis', /^Working/).click();
    type(noteOf(el, 'Data analysis'), 'Lead the Q1 release to reach practitioner.');
    const value = posted(el.form!);
    expect(value.rater).to.equal('agreed');
    expect(value.subject).to.deep.equal({ id: 'p-1', name: 'Alex Jones' });
    expect(value.ratings).to.deep.equal({ 'data-analysis': { level: 'working', note: 'Lead the Q1 release to reach practitioner.' } });
    expect(value.agreement!.by).to.deep.equal([{ name: 'Alex Jones' }, { name: 'Sam Patel' }]);
    expect(value.agreement!.from).to.deep.equal([
      { rater: 'self', label: 'You', at: '2026-11-20T09:00:00.000Z' },
      { rater: 'manager', label: 'Sam', at: '2026-11-24T15:00:00.000Z' },
    ]);
    expect(value.agreement!.at).to.equal(value.updatedAt);
    await el.updateComplete;
    expect(shadowText(el)).to.include('1 of 4 skills agreed');
    // The sources are untouched: nothing is averaged into them.
    expect(self.ratings['data-analysis']).to.deep.equal({ level: 'practitioner', evidence: 'Led the census analysis.' });
  });

  it('agrees, in one go, every skill where the ratings are the same, and says how many', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    byRole(el, 'button', { name: 'Agree every skill where the ratings are the same' }).click();
    await el.updateComplete;
    expect(agree(el, 'Data governance', /^Working/).checked).to.equal(true);
    expect(agree(el, 'Data analysis', /^Working/).checked).to.equal(false);
    expect(el.assessment!.ratings).to.deep.equal({ 'data-governance': { level: 'working' } });
    expect(allByRole(el, 'status').map(text)).to.include('1 skill agreed where the ratings are the same.');
  });

  it('stops a note over the limit, keeps it whole, and takes focus to it', async () => {
    const el = await mount(html`<form><cf-calibration name="agreement" .framework=${sample} .assessments=${pair}></cf-calibration></form>`);
    const long = 'n'.repeat(10_001);
    type(noteOf(el, 'Data analysis'), long);
    expect(el.checkValidity()).to.equal(false);
    expect(el.reportValidity()).to.equal(false);
    await until(() => el.shadowRoot!.activeElement === noteOf(el, 'Data analysis'), 'focus on the note');
    expect(el.validationMessage).to.include('The note for Data analysis must be 10,000 characters or fewer');
    expect(noteOf(el, 'Data analysis').value).to.equal(long);
  });

  it('downloads JSON that reads back, and CSV with the notes', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    agree(el, 'Data analysis', /^Working/).click();
    type(noteOf(el, 'Data analysis'), '=shared goal');
    const back = parseAssessment(JSON.parse(el.toJson()), sample);
    expect(back.ok && back.value.ratings).to.deep.equal({ 'data-analysis': { level: 'working', note: '=shared goal' } });
    const [header, row] = readCsvRows(el.toCsv(), new ImportLog()).map((line) => line.cells);
    expect(header!.at(-1)).to.equal('Note');
    expect([row![7], row![9], row!.at(-1)]).to.deep.equal(['Data analysis', 'Working', "'=shared goal"]);
    expect(allByRole(el, 'button').map(text)).to.include.members([
      'Print the record',
      'Download the agreement (JSON)',
      'Download the agreement (CSV)',
    ]);
  });

  it('prints as a record of the conversation: who, when, each rating, the agreed level and the note, no controls', async () => {
    const el = await mount(
      html`<cf-calibration .framework=${sample} .assessments=${pair} .agreedBy=${[{ name: 'Sam Patel' }]}></cf-calibration>`,
    );
    agree(el, 'Data analysis', /^Working/).click();
    type(noteOf(el, 'Data analysis'), 'Agreed after the review.');
    await el.updateComplete;
    const recordOf = () => el.shadowRoot!.querySelector<HTMLElement>('[part="record"]');
    const radio = agree(el, 'Data analysis', /^Working/);
    // On screen the record is not drawn at all: it is drawn when the page prints.
    expect(recordOf(), 'not on screen').to.equal(null);
    await emulateMedia({ media: 'print' });
    try {
      await until(() => recordOf()?.checkVisibility() === true, 'the record to be shown in print');
      const record = recordOf()!;
      expect(radio.checkVisibility(), 'no controls in print').to.equal(false);
      const table = byRole(record, 'table');
      const rows = [...table.querySelectorAll('tr')].map((row) => [...row.cells].map((cell) => text(cell)));
      expect(rows[0]).to.deep.equal(['Skill', 'You', 'Sam', 'Agreed level', 'Note']);
      expect(rows[1]).to.deep.equal(['Data analysis', 'Practitioner', 'Working', 'Working', 'Agreed after the review.']);
      expect(rows[2]![3]).to.equal('Not agreed');
      expect(text(record)).to.match(/Agreed on .+ By Sam Patel\. From: You \(20 Nov 2026\), Sam \(24 Nov 2026\)\./);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await until(() => recordOf() === null, 'the record to go once printed');
  });

  it('draws the record as soon as the browser is about to print, before the page is laid out for it', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    agree(el, 'Data analysis', /^Working/).click();
    await el.updateComplete;
    const recordOf = () => el.shadowRoot!.querySelector<HTMLElement>('[part="record"]');
    expect(recordOf()).to.equal(null);
    // The browser lays the printed page out when the `beforeprint` listeners return: the record must be there then, not an update later.
    window.dispatchEvent(new Event('beforeprint'));
    try {
      // Still screen media here, where the record is hidden: its rows are read as they stand.
      const row = recordOf()!.querySelectorAll('tr')[1]!;
      expect([...row.cells].map((cell) => text(cell))).to.deep.equal(['Data analysis', 'Practitioner', 'Working', 'Working', '']);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(recordOf()).to.equal(null);
  });

  it('shows the record, with no inputs, when read-only', async () => {
    const agreed = assessmentOf(
      'agreed',
      { 'data-analysis': { level: 'working', note: 'Agreed.' } },
      {
        updatedAt: '2026-12-01T10:00:00.000Z',
        agreement: { at: '2026-12-01T10:00:00.000Z', from: [{ rater: 'self' }, { rater: 'manager' }] },
      },
    );
    const el = await mount(
      html`<cf-calibration readonly .framework=${sample} .assessments=${pair} .assessment=${agreed}></cf-calibration>`,
    );
    expect(allByRole(el, 'radio')).to.have.length(0);
    expect(allByRole(el, 'textbox')).to.have.length(0);
    expect(text(byRole(el, 'table'))).to.include('Agreed.');
    expect(text(byRole(el, 'region', { name: 'Record of the conversation' }))).to.include('Agreed on 1 Dec 2026.');
  });
});

describe('cf-calibration: keyboard', () => {
  it('moves through a skill as a native form does: arrows choose the level, Tab goes on to the note', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration>`);
    agree(el, 'Data analysis', /^Awareness/).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.assessment!.ratings['data-analysis']).to.deep.equal({ level: 'working' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(noteOf(el, 'Data analysis'));
    await sendKeys({ type: 'Agreed' });
    expect(el.assessment!.ratings['data-analysis']).to.deep.equal({ level: 'working', note: 'Agreed' });
  });
});

describe('cf-calibration: drafts', () => {
  const key = () => `test-${Math.random().toString(36).slice(2)}`;

  it('holds the place of its “Agreement saved at” line, so the first save moves nothing below it', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair} autosave-key=${key()}></cf-calibration>`);
    agree(el, 'Data analysis', /^Working/).click();
    const [before, after] = await heightsAcrossFirstSave(el, 'Agreement saved at');
    expect(after).to.be.closeTo(before, 0.5);
  });

  it('keeps the agreement as a draft, and restores it after a reload', async () => {
    const draftKey = key();
    const first = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair} autosave-key=${draftKey}></cf-calibration>`);
    agree(first, 'Data analysis', /^Working/).click();
    type(noteOf(first, 'Data analysis'), 'Typed before the reload');
    await until(() => shadowText(first).includes('Agreement saved at'), 'the draft to save');
    first.remove();
    const again = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair} autosave-key=${draftKey}></cf-calibration>`);
    await until(() => noteOf(again, 'Data analysis').value === 'Typed before the reload', 'the draft to be restored');
    expect(agree(again, 'Data analysis', /^Working/).checked).to.equal(true);
    expect(shadowText(again)).to.include('The agreement saved at');
    await again.clearDraft();
  });
});

describe('cf-calibration: Welsh', () => {
  it('speaks Welsh on a Welsh page', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="cy"><cf-calibration .framework=${sample} .assessments=${[self, manager]}></cf-calibration></div>`,
    );
    const el = host.querySelector('cf-calibration')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Hunanasesiad');
    expect(shadowText(el)).to.include('Un lefel ar wahân.');
    expect(shadowText(el)).to.include('Cytuno ar bob sgil lle mae’r sgoriau yr un fath');
  });
});

describe('cf-calibration: accessibility', () => {
  for (const [name, template] of [
    ['two assessments', () => html`<cf-calibration .framework=${sample} .assessments=${pair} role-id="policy-adviser"></cf-calibration>`],
    ['in Welsh', () => html`<div lang="cy"><cf-calibration .framework=${sample} .assessments=${pair}></cf-calibration></div>`],
    ['read-only', () => html`<cf-calibration readonly .framework=${sample} .assessments=${pair}></cf-calibration>`],
    ['one assessment only', () => html`<cf-calibration .framework=${sample} .assessments=${[self]}></cf-calibration>`],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const host = await fixture<HTMLElement>(template());
      const el = (host.matches('cf-calibration') ? host : host.querySelector('cf-calibration')!) as CfCalibration;
      await el.updateComplete;
      await expect(host).to.be.accessible();
    });
  }

  it('has no axe violations with errors shown and evidence open', async () => {
    const el = await mount(html`<cf-calibration .framework=${sample} .assessments=${pair} required></cf-calibration>`);
    type(noteOf(el, 'Data analysis'), 'y'.repeat(10_001));
    el.shadowRoot!.querySelector('details')!.open = true;
    el.reportValidity();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

runFormControlSuite<CfCalibration>({
  tag: 'cf-calibration',
  render: ({ name, required, id }) =>
    html`<cf-calibration
      id=${id ?? nothing}
      name=${name}
      ?required=${required}
      .framework=${sample}
      .assessments=${pair}
    ></cf-calibration>`,
  setInitial: (el) => (el.assessment = assessmentOf('agreed', { 'data-analysis': { level: 'working', note: 'Initial' } })),
  showsInitial: (el) =>
    agree(el, 'Data analysis', /^Working/).checked &&
    !agree(el, 'Data governance', /^Working/).checked &&
    noteOf(el, 'Data analysis').value === 'Initial',
  change: (el) => {
    agree(el, 'Data analysis', /^Expert/).click();
    type(noteOf(el, 'Data analysis'), 'Changed');
    agree(el, 'Data governance', /^Awareness/).click();
  },
  complete: (el) => {
    for (const skill of ['Data analysis', 'Data governance', 'Communicating insight', 'Stakeholder engagement'])
      agree(el, skill, 'Not applicable').click();
  },
  state: {
    value: JSON.stringify(assessmentOf('agreed', { 'data-analysis': { level: 'expert', note: 'From history' } })),
    restored: (el) => agree(el, 'Data analysis', /^Expert/).checked && noteOf(el, 'Data analysis').value === 'From history',
  },
  controls: (el) => [...allByRole(el, 'radio'), ...allByRole(el, 'textbox')],
  showsErrors: (el) =>
    allByRole(el, 'alert').some((alert) => /There is a problem/.test(text(alert))) || inside(el).queryAllByText('Error:').length > 0,
});
