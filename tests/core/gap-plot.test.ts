import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { SkillGap } from '../../src/core/analysis/gap.js';
import { gapAnalysis } from '../../src/core/analysis/gap.js';
import { indexFramework, indexRoles } from '../../src/core/framework-index.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import type { Framework } from '../../src/core/schema/framework.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import { gapModel } from '../../src/charts/gap-model.js';
import { gapPlot, RADAR_MAX, type GapPlot } from '../../src/charts/gap-plot.js';
import { gapText, seriesLabels } from '../../src/charts/gap-summary.js';
import { translate, type MessageKey, type MessageParams } from '../../src/i18n/index.js';
import { assessmentOf, FIXTURES, loadFixture } from './helpers.js';

const t = (locale: string) => (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
const en = t('en');
const des = loadFixture('des-hr');
const careers = loadFixture('public-service-careers');
const { self, manager, earlier } = JSON.parse(readFileSync(new URL('assessments/des-hr.json', FIXTURES), 'utf8')) as Record<
  'self' | 'manager' | 'earlier',
  Assessment
>;

/** The model of a role of a framework for these series, in English. */
function model(framework: Framework, roleId: string, series: { label?: string; assessment: Assessment }[]) {
  const index = indexFramework(framework);
  const skillName = (id: string) => pickLanguage(index.skills.get(id)!.name, 'en');
  return gapModel(index, indexRoles(framework).roles.get(roleId)!, series, { t: en, locale: 'en', skillName });
}
/** The plot of a model, with each gap worded by its status so that tests read what goes where. */
const plot = (built: ReturnType<typeof model>, variant: string, width = 960): GapPlot =>
  gapPlot(built.input, { variant, width, analyses: built.analyses, gapText: (gap: SkillGap) => gap.status });

/** A framework whose role needs `count` skills, each with a name of `words` words. */
function roleOf(count: number, words = 1): Framework {
  const framework = structuredClone(des) as Framework;
  const skills = Array.from({ length: count }, (_, i) => ({
    id: `skill-${i}`,
    name: Array(words).fill(`Skill${i}`).join(' '),
    levels: {},
  }));
  framework.skills.push(...skills);
  framework.roles.push({
    id: 'many',
    title: 'Many',
    requirements: skills.map((skill) => ({ skill: skill.id, level: 'practitioner', importance: 'essential' as const })),
  });
  return framework;
}

describe('gapModel', () => {
  it('gives one analysis per series, the skill names in the role’s order, and the summary', () => {
    const built = model(des, 'senior-hr-business-partner', [{ assessment: self }, { assessment: manager }]);
    const role = indexRoles(des).roles.get('senior-hr-business-partner')!;
    assert.equal(built.rated, true);
    assert.deepEqual(
      built.analyses,
      [self, manager].map((assessment) => gapAnalysis(des, assessment, role.id)),
    );
    assert.equal(built.names.length, role.requirements.length);
    assert.equal(built.names[0], pickLanguage(indexFramework(des).skills.get(role.requirements[0]!.skill)!.name, 'en'));
    assert.deepEqual(built.labels, ['Self-rating', 'Manager’s rating']);
    assert.match(built.summary, /^2 of 8 skills meet the role\./);
    assert.equal(built.input.series.length, 2);
  });

  it('without a series, shows what the role needs: one analysis of no ratings, no series drawn', () => {
    const built = model(careers, 'chief-operating-officer', []);
    assert.equal(built.rated, false);
    assert.equal(built.analyses.length, 1);
    assert.deepEqual(built.input.series, []);
    assert.deepEqual(built.labels, []);
    assert.equal(built.summary, 'No ratings yet: the chart shows what the role needs. 4 skills have no level stated for the role.');
  });
});

describe('seriesLabels', () => {
  it('names series by the host’s label, else their rater, dated only when two read the same', () => {
    assert.deepEqual(seriesLabels([{ assessment: self }, { assessment: manager }], en, 'en'), ['Self-rating', 'Manager’s rating']);
    assert.deepEqual(seriesLabels([{ assessment: self }, { assessment: manager }, { assessment: earlier }], en, 'en'), [
      'Self-rating, 20 Nov 2026',
      'Manager’s rating',
      'Self-rating, 14 May 2026',
    ]);
    assert.deepEqual(
      seriesLabels(
        [
          { label: 'Me', assessment: self },
          { label: 'Me then', assessment: earlier },
        ],
        en,
        'en',
      ),
      ['Me', 'Me then'],
    );
    // Two alike with no date to tell them apart stay alike, never "undefined".
    assert.deepEqual(seriesLabels([{ assessment: manager }, { assessment: manager }], en, 'en'), ['Manager’s rating', 'Manager’s rating']);
  });
});

describe('gapText', () => {
  it('words every status of a gap, in English and Welsh', () => {
    const gap = (status: SkillGap['status'], extra: Partial<SkillGap> = {}) => ({ skill: 's', status, ...extra }) as SkillGap;
    assert.deepEqual(
      [
        gap('met'),
        gap('above', { difference: 1 }),
        gap('below', { difference: -2 }),
        gap('not-applicable'),
        gap('unstated'),
        gap('unrated'),
        gap('unrated', { current: 'not-observed' }),
      ].map((entry) => gapText(entry, en)),
      ['Meets the role', '1 level above', '2 levels below', 'Not applicable', 'No level stated', 'Not rated', 'Not observed'],
    );
    assert.equal(gapText(gap('below', { difference: -2 }), t('cy')), translate('cy', 'gap.below', { count: 2 }));
  });
});

describe('gapPlot: which drawing', () => {
  it('draws a radar for 3 to 12 skills and bars beyond, or whichever is asked for', () => {
    const kind = (count: number, variant: string) => plot(model(roleOf(count), 'many', []), variant).kind;
    assert.deepEqual(
      [2, 3, RADAR_MAX, RADAR_MAX + 1].map((count) => kind(count, 'auto')),
      ['bars', 'radar', 'radar', 'bars'],
    );
    assert.deepEqual(
      [2, 3, 20].map((count) => kind(count, 'radar')),
      ['bars', 'radar', 'radar'],
      'a radar needs three spokes',
    );
    assert.deepEqual(
      [3, 8].map((count) => kind(count, 'bars')),
      ['bars', 'bars'],
    );
    assert.equal(kind(8, 'sideways'), 'radar', 'an unknown variant is auto');
  });

  it('with auto, draws bars where the names would overlap round the radar, and a radar when asked all the same', () => {
    const long = model(roleOf(12, 3), 'many', []);
    assert.equal(plot(long, 'auto', 400).kind, 'bars');
    assert.equal(plot(long, 'radar', 400).kind, 'radar');
    assert.equal(plot(long, 'auto', 960).kind, 'radar', 'they fit round a larger one');
  });

  it('gives a target per skill, the drawing’s size, and fits the width given', () => {
    const built = model(des, 'hr-business-partner', [{ assessment: self }]);
    for (const variant of ['radar', 'bars']) {
      const drawn = plot(built, variant, 640);
      assert.equal(drawn.targets.length, built.names.length);
      assert.ok(drawn.width <= 640, variant);
      for (const box of drawn.targets)
        assert.ok(box.x >= 0 && box.x + box.width <= drawn.width && box.y + box.height <= drawn.height, variant);
    }
  });
});

describe('gapPlot: the words in the drawing', () => {
  // Statuses stand for the words here: a label's last line is a note when it is one.
  const statuses = new Set(['met', 'above', 'below', 'unrated', 'not-applicable', 'unstated']);
  const notesOf = (drawn: GapPlot) =>
    drawn.kind === 'radar'
      ? drawn.layout.spokes.map(({ label }) => (statuses.has(label.lines.at(-1)!) ? label.lines.at(-1) : undefined))
      : [];

  it('on a radar, puts why under the name of a skill the first series does not show, or the role states no level for', () => {
    const rated = assessmentOf(careers, {
      'data-analysis': { level: 'expert' },
      'using-evidence': { level: 'not-observed' },
      'leading-people': { level: 'expert' },
    });
    const drawn = plot(model(careers, 'head-of-analysis-profession', [{ assessment: rated }]), 'radar');
    assert.equal(drawn.kind, 'radar');
    const notes = notesOf(drawn);
    // Data analysis (unstated, rated), statistical methods (unstated), using evidence (unstated, not observed),
    // leading people (met: no note), stakeholder engagement (not rated).
    assert.deepEqual(notes, ['unstated', 'unstated', 'unstated', undefined, 'unrated']);
    const unrated = plot(model(careers, 'head-of-analysis-profession', []), 'radar');
    assert.deepEqual(notesOf(unrated), ['unstated', 'unstated', 'unstated', undefined, undefined], 'nothing rated is no note');
  });

  it('in bars, notes the first series’ gap on every row, and says why a later series has no bar', () => {
    const drawn = plot(model(des, 'senior-hr-business-partner', [{ assessment: self }, { assessment: manager }]), 'bars');
    assert.equal(drawn.kind, 'bars');
    if (drawn.kind !== 'bars') return;
    const analyses = model(des, 'senior-hr-business-partner', [{ assessment: self }, { assessment: manager }]).analyses;
    assert.deepEqual(
      drawn.notes,
      analyses[0]!.skills.map((gap) => gap.status),
    );
    drawn.layout.rows.forEach((row, i) => {
      assert.equal(drawn.missing[i]![0], undefined, 'the first series’ note says why');
      assert.equal(drawn.missing[i]![1], row.bars[1] ? undefined : analyses[1]!.skills[i]!.status);
    });
    assert.ok(
      drawn.missing.some((row) => row[1] !== undefined),
      'the manager left a skill without a level',
    );
  });

  it('in bars with nothing rated, notes only the rows the role states no level for', () => {
    const drawn = plot(model(careers, 'head-of-analysis-profession', []), 'bars');
    assert.deepEqual(drawn.kind === 'bars' ? drawn.notes : [], ['unstated', 'unstated', 'unstated', undefined, undefined]);
  });
});
