import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  barsLayout,
  barsPaths,
  labelsOverlap,
  loosePoints,
  markerPath,
  radarLayout,
  wrapLabel,
  type GapChartInput,
} from '../../src/charts/gap-geometry.js';
import { gapChartInput } from '../../src/charts/gap-input.js';
import { describeGap, describeUnstated } from '../../src/charts/gap-summary.js';
import { gapAnalysis } from '../../src/core/analysis/gap.js';
import { indexFramework, indexRoles } from '../../src/core/framework-index.js';
import type { Assessment } from '../../src/core/schema/assessment.js';
import { pickLanguage } from '../../src/core/schema/text.js';
import { translate, type MessageKey, type MessageParams } from '../../src/i18n/index.js';
import { assessmentOf, loadFixture } from './helpers.js';

const input = (overrides: Partial<GapChartInput> = {}): GapChartInput => ({
  skills: ['North', 'East', 'South', 'West'],
  levels: 4,
  required: [2, 4, 1, 3],
  series: [[4, 2, undefined, 3]],
  ...overrides,
});

describe('radar geometry', () => {
  it('puts one spoke per skill clockwise from the top, and each level on its own ring', () => {
    const layout = radarLayout(input(), { radius: 100 });
    const { x, y } = layout.centre;
    assert.deepEqual(
      layout.spokes.map(({ end }) => [Math.round(end.x - x), Math.round(end.y - y)]),
      [
        [0, -100],
        [100, 0],
        [0, 100],
        [-100, 0],
      ],
    );
    assert.deepEqual(layout.rings, [25, 50, 75, 100]);
    // Required: North at level 2 of 4 is half way up its spoke; West at 3 is three quarters out.
    assert.deepEqual(layout.required.points[0], { x, y: y - 50 });
    assert.deepEqual(layout.required.points[3], { x: x - 75, y });
    assert.match(layout.required.path, /Z$/, 'a full outline is closed');
  });

  it('draws nothing (never zero) where a series has no level, breaking its outline there', () => {
    const layout = radarLayout(input(), { radius: 100 });
    const [series] = layout.series;
    assert.equal(series!.points[2], undefined);
    assert.doesNotMatch(series!.path, /Z/);
    // The run wraps past the last spoke: West, then North, then East, one stroke from after the gap.
    const { x, y } = layout.centre;
    assert.equal(series!.path, `M${x - 75} ${y}L${x} ${y - 100}L${x + 50} ${y}`);
    const lonely = radarLayout(input({ series: [[undefined, 2, undefined, undefined]] }), { radius: 100 }).series[0]!;
    assert.equal(lonely.path, `M${x + 50} ${y}`, 'a single point is a move, drawn by its marker');
    assert.equal(radarLayout(input({ series: [[undefined, undefined, undefined, undefined]] })).series[0]!.path, '');
  });

  it('anchors labels away from the circle and keeps their targets at least 24 px', () => {
    const layout = radarLayout(input(), { radius: 100 });
    assert.deepEqual(
      layout.spokes.map(({ label }) => label.anchor),
      ['middle', 'start', 'middle', 'end'],
    );
    const [north, east, south, west] = layout.spokes.map(({ label }) => label);
    assert.ok(north!.box.y + north!.box.height <= layout.centre.y - 100, 'the top label sits above the circle');
    assert.ok(south!.box.y >= layout.centre.y + 100, 'the bottom label sits below it');
    assert.ok(east!.box.x >= layout.centre.x + 100 && west!.box.x + west!.box.width <= layout.centre.x - 100);
    for (const { label } of layout.spokes) assert.ok(label.box.width >= 24 && label.box.height >= 24);
    for (const { label } of layout.spokes) {
      assert.ok(label.box.x >= 0 && label.box.x + label.box.width <= layout.width, 'labels stay inside the drawing');
    }
  });

  it('is deterministic', () => {
    assert.deepEqual(radarLayout(input()), radarLayout(input()));
  });
});

describe('bar geometry', () => {
  it('gives each skill its own row, a bar per series from the axis to its level, and the requirement as a marker', () => {
    const data = input({
      series: [
        [4, 2, undefined, 3],
        [1, 1, 1, 1],
      ],
    });
    const layout = barsLayout(data, { width: 640 });
    const { x: x0 } = layout.axis;
    const step = layout.ticks[1]!.x - layout.ticks[0]!.x;
    assert.equal(layout.ticks.length, 4);
    assert.ok(Math.abs(layout.ticks[0]!.x - x0 - step) < 0.2, 'level 1 is one step from the axis');
    layout.rows.forEach((row, i) => {
      if (i > 0) assert.equal(row.box.y, layout.rows[i - 1]!.box.y + layout.rows[i - 1]!.box.height, 'rows do not overlap');
      assert.ok(row.box.height >= 24);
      assert.ok(Math.abs(row.required! - (x0 + step * data.required[i]!)) < 0.2);
      row.bars.forEach((bar, s) => {
        const value = data.series[s]![i];
        if (value === undefined) assert.equal(bar, undefined);
        else assert.ok(Math.abs(bar!.width - step * value) < 0.2, `row ${i} series ${s}`);
      });
      assert.ok(row.bars[0] === undefined || row.bars[0].y < row.bars[1]!.y, 'series stack in order');
    });
  });

  it('marks the first series’ shortfall only where it falls short', () => {
    const layout = barsLayout(input(), { width: 640 });
    const [north, east, south, west] = layout.rows;
    assert.equal(north!.gap, undefined, 'above the requirement');
    assert.ok(east!.gap, 'two levels short');
    assert.ok(Math.abs(east!.gap.x - (east!.bars[0]!.x + east!.bars[0]!.width)) < 0.2, 'the band starts where the bar ends');
    assert.ok(Math.abs(east!.gap.x + east!.gap.width - east!.required!) < 0.2);
    assert.equal(south!.gap, undefined, 'not rated: no gap is drawn, and no bar');
    assert.equal(south!.bars[0], undefined);
    assert.equal(west!.gap, undefined, 'met');
  });

  it('draws each kind of shape as one path: a closed box per bar and per shortfall, a line and a marker per requirement', () => {
    const layout = barsLayout(
      input({
        required: [2, 4, undefined, 3],
        series: [
          [4, 2, undefined, 3],
          [1, undefined, 1, 1],
        ],
      }),
      { width: 640 },
    );
    const paths = barsPaths(layout);
    const box = ({ x, y, width, height }: { x: number; y: number; width: number; height: number }) =>
      `M${x} ${y}h${width}v${height}h${-width}Z`;
    const boxes = (s: number) => layout.rows.flatMap((row) => (row.bars[s] ? [box(row.bars[s])] : [])).join('');
    assert.equal(paths.bars.length, 2);
    assert.equal(paths.bars[0], boxes(0));
    assert.equal(paths.bars[1], boxes(1));
    assert.equal((paths.bars[0]!.match(/Z/g) ?? []).length, 3, 'nothing for the skill not rated');
    assert.equal(paths.gaps, box(layout.rows[1]!.gap!), 'East alone falls short');
    // South states no level: no line and no marker there.
    assert.equal((paths.required.match(/M/g) ?? []).length, 3);
    assert.ok(!paths.required.includes(`${layout.rows[2]!.box.y + 4}V`));
    assert.equal(
      paths.requiredMarkers,
      [0, 1, 3].map((i) => markerPath(3, { x: layout.rows[i]!.required!, y: layout.rows[i]!.box.y + 5 }, 4)).join(''),
    );
    assert.deepEqual(barsPaths(barsLayout(input({ series: [] }))).bars, [], 'no series, no bars');
  });

  it('grows the drawing with the number of skills, not with its width', () => {
    const many = input({ skills: Array.from({ length: 150 }, (_, i) => `Skill ${i}`), required: [], series: [] });
    const layout = barsLayout(many, { width: 800 });
    assert.equal(layout.rows.length, 150);
    assert.equal(layout.width, 800);
    assert.ok(layout.height > 150 * 24);
  });
});

describe('labels and markers', () => {
  it('wraps names at spaces and ends what does not fit with an ellipsis', () => {
    assert.deepEqual(wrapLabel('Organisation Development and Design (OD&D)', 18, 3), ['Organisation', 'Development and', 'Design (OD&D)']);
    assert.deepEqual(wrapLabel('Organisation Development and Design (OD&D)', 18, 2), ['Organisation', 'Development and…']);
    assert.deepEqual(wrapLabel('Supercalifragilistic', 10), ['Supercali…']);
    assert.deepEqual(wrapLabel('  Resourcing ', 18), ['Resourcing']);
  });

  it('gives each series a different marker shape', () => {
    const shapes = [0, 1, 2, 3].map((series) => markerPath(series, { x: 10, y: 10 }));
    assert.equal(new Set(shapes).size, 4);
    assert.equal(markerPath(4, { x: 10, y: 10 }), shapes[0]);
  });
});

describe('gap chart data and summary', () => {
  const framework = loadFixture('des-hr');
  const index = indexFramework(framework);
  const role = indexRoles(framework).roles.get('hr-business-partner')!;
  const assess = (ratings: Assessment['ratings']): Assessment => assessmentOf(framework, ratings);
  const name = (id: string) => index.skills.get(id)!.name as string;
  const t = (locale: string) => (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  // HR Business Partner needs: business-facing-hr, employee-relations, performance-management and
  // employee-wellbeing-and-engagement at practitioner, OD&D and talent management at supervised
  // practitioner, then (desirable) L&D at supervised practitioner and reward at awareness.
  const ratings = {
    'business-facing-hr': { level: 'practitioner' },
    'employee-relations': { level: 'awareness' },
    'performance-management': { level: 'expert' },
    'employee-wellbeing-and-engagement': { level: 'supervised-practitioner' },
    'talent-management': { level: 'not-applicable' },
    'learning-and-development': { level: 'not-observed' },
  };

  it('draws the levels the analysis gives, and nothing for not rated, not observed or not applicable', () => {
    const analysis = gapAnalysis(framework, assess(ratings), role.id)!;
    const data = gapChartInput(
      index,
      role,
      [analysis],
      role.requirements.map((r) => name(r.skill)),
    );
    assert.equal(data.levels, 5);
    assert.deepEqual(data.required, [3, 3, 3, 3, 2, 2, 2, 1]);
    assert.deepEqual(data.series[0], [3, 1, 4, 2, undefined, undefined, undefined, undefined]);
    assert.deepEqual(
      analysis.skills.map((gap) => gap.status),
      ['met', 'below', 'above', 'below', 'unrated', 'not-applicable', 'unrated', 'unrated'],
    );
  });

  it('sums up in English: how many meet the role, the largest gap, what is not rated or not applicable', () => {
    const analysis = gapAnalysis(framework, assess(ratings), role.id)!;
    assert.equal(
      describeGap(analysis, name, t('en')),
      '2 of 7 skills meet the role. The largest gap is Employee Relations: 2 levels below. 2 skills are not rated yet. 1 skill is marked not observed. 1 skill is marked not applicable.',
    );
    const one = gapAnalysis(
      framework,
      assess({
        ...ratings,
        'employee-relations': { level: 'supervised-practitioner' },
        'performance-management': { level: 'practitioner' },
      }),
      role.id,
    )!;
    assert.match(describeGap(one, name, t('en')), /^2 of 7 skills meet the role\. The largest gap is Employee Relations: 1 level below\./);
    const single = gapAnalysis(framework, assess({ 'business-facing-hr': { level: 'expert' } }), role.id)!;
    assert.match(describeGap(single, name, t('en')), /^1 of 8 skills meets the role\. 7 skills are not rated yet\.$/);
  });

  it('counts “not observed” as an answer, apart from skills not rated', () => {
    const observed = Object.fromEntries(role.requirements.map((r) => [r.skill, { level: 'not-observed' }]));
    assert.equal(
      describeGap(gapAnalysis(framework, assess(observed), role.id)!, name, t('en')),
      'None of the 8 skills meets the role yet. 8 skills are marked not observed.',
    );
  });

  it('says so when nothing is rated, when nothing meets the role, and when everything does', () => {
    const none = gapAnalysis(framework, assess({}), role.id)!;
    assert.equal(describeGap(none, name, t('en')), 'None of the 8 skills is rated yet.');
    const low = Object.fromEntries(role.requirements.map((r) => [r.skill, { level: 'awareness' }]));
    const short = gapAnalysis(framework, assess({ ...low, 'reward-and-recognition': { level: 'not-applicable' } }), role.id)!;
    assert.equal(
      describeGap(short, name, t('en')),
      'None of the 7 skills meets the role yet. The largest gap is Business Facing HR: 2 levels below. 1 skill is marked not applicable.',
    );
    const high = Object.fromEntries(role.requirements.map((r) => [r.skill, { level: 'expert' }]));
    assert.equal(describeGap(gapAnalysis(framework, assess(high), role.id)!, name, t('en')), 'All 8 skills meet the role.');
  });

  it('sums up in Welsh with its plural forms', () => {
    const analysis = gapAnalysis(framework, assess(ratings), role.id)!;
    assert.equal(
      describeGap(analysis, name, t('cy')),
      'Mae 2 o’r 7 sgil yn bodloni’r rôl. Y bwlch mwyaf yw Employee Relations: 2 lefel yn is. Mae 2 sgil heb eu graddio eto. Mae 1 sgil heb ei harsylwi. Mae 1 sgil wedi’i nodi’n amherthnasol.',
    );
    const oneUnrated = gapAnalysis(
      framework,
      assess({
        ...ratings,
        'talent-management': { level: 'practitioner' },
        'learning-and-development': { level: 'awareness' },
        'reward-and-recognition': { level: 'awareness' },
      }),
      role.id,
    )!;
    assert.match(describeGap(oneUnrated, name, t('cy')), /Mae 1 sgil heb ei graddio eto\.$/);
    assert.equal(describeGap(gapAnalysis(framework, assess({}), role.id)!, name, t('cy')), 'Nid oes yr un o’r 8 sgil wedi’i graddio eto.');
    const observedNone = Object.fromEntries(role.requirements.map((r) => [r.skill, { level: 'not-observed' }]));
    assert.equal(
      describeGap(gapAnalysis(framework, assess(observedNone), role.id)!, name, t('cy')),
      'Nid oes yr un o’r 8 sgil yn bodloni’r rôl eto. Mae 8 sgil heb eu harsylwi.',
    );
  });
});

describe('gap chart: skills the role names without a level', () => {
  const framework = loadFixture('public-service-careers');
  const index = indexFramework(framework);
  // Head of the analysis profession: data analysis, statistical methods (desirable) and using evidence
  // with no level stated; leading people and stakeholder engagement at expert.
  const role = indexRoles(framework).roles.get('head-of-analysis-profession')!;
  const name = (id: string) => pickLanguage(index.skills.get(id)!.name, 'en');
  const t = (locale: string) => (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const ratings = {
    'data-analysis': { level: 'expert' },
    'using-evidence': { level: 'awareness' },
    'leading-people': { level: 'expert' },
    'stakeholder-engagement': { level: 'working' },
  };
  const analysis = gapAnalysis(framework, assessmentOf(framework, ratings), role.id)!;

  it('draws no requirement for them (never zero), while the rating itself is drawn', () => {
    const data = gapChartInput(
      index,
      role,
      [analysis],
      role.requirements.map((r) => name(r.skill)),
    );
    assert.deepEqual(data.required, [undefined, undefined, undefined, 4, 4]);
    assert.deepEqual(data.series[0], [4, undefined, 1, 4, 2]);
    const radar = radarLayout(data, { radius: 100 });
    assert.deepEqual(radar.required.points.map(Boolean), [false, false, false, true, true]);
    assert.doesNotMatch(radar.required.path, /Z/, 'the outline is left open at their spokes');
    assert.equal(radar.required.path.split('L').length, 2, 'one stroke, between the two skills with a level');
    const bars = barsLayout(data);
    assert.deepEqual(
      bars.rows.map((row) => row.required === undefined),
      [true, true, true, false, false],
    );
    assert.ok(
      bars.rows.slice(0, 3).every((row) => row.gap === undefined),
      'no shortfall band without a level',
    );
  });

  it('marks a required point no stroke reaches, between skills with no level', () => {
    const radar = radarLayout(input({ required: [undefined, 3, undefined, 2] }), { radius: 100 });
    assert.deepEqual(loosePoints(radar.required), [radar.required.points[1], radar.required.points[3]]);
    assert.deepEqual(loosePoints(radarLayout(input(), { radius: 100 }).required), []);
    assert.deepEqual(loosePoints(radarLayout(input({ required: [undefined, 3, 2, undefined] })).required), []);
  });

  it('says how many have no level stated, and counts them neither as met nor as gaps', () => {
    assert.equal(
      describeGap(analysis, name, t('en')),
      '1 of 2 skills meets the role. The largest gap is Stakeholder engagement: 2 levels below. 3 skills have no level stated for the role.',
    );
    assert.equal(
      describeGap(analysis, name, t('cy')),
      'Mae 1 o’r 2 sgil yn bodloni’r rôl. Y bwlch mwyaf yw Stakeholder engagement: 2 lefel yn is. Mae 3 sgil heb lefel wedi’i nodi ar gyfer y rôl.',
    );
    // Not observed on a skill with no level is not counted as "marked not observed" against the role.
    const observed = gapAnalysis(framework, assessmentOf(framework, { 'data-analysis': { level: 'not-observed' } }), role.id)!;
    assert.equal(describeGap(observed, name, t('en')), 'None of the 2 skills is rated yet. 3 skills have no level stated for the role.');
    const chief = gapAnalysis(framework, assessmentOf(framework, { 'leading-people': { level: 'expert' } }), 'chief-operating-officer')!;
    assert.equal(describeGap(chief, name, t('en')), '4 skills have no level stated for the role.');
    assert.deepEqual(describeUnstated(gapAnalysis(framework, assessmentOf(framework, {}), 'head-of-analysis')!, t('en')), []);
  });

  it('is plural-aware for one skill with no level, in English and Welsh', () => {
    const edited = structuredClone(loadFixture('des-hr'));
    const partner = edited.roles.find((entry) => entry.id === 'hr-business-partner')!;
    partner.requirements = partner.requirements!.map((requirement) =>
      requirement.skill === 'employee-relations' ? { skill: requirement.skill, importance: requirement.importance } : requirement,
    );
    const one = gapAnalysis(
      edited,
      assessmentOf(edited, { 'employee-relations': { level: 'awareness' }, 'business-facing-hr': { level: 'practitioner' } }),
      'hr-business-partner',
    )!;
    const hrName = (id: string) => indexFramework(edited).skills.get(id)!.name as string;
    assert.equal(
      describeGap(one, hrName, t('en')),
      '1 of 7 skills meets the role. 6 skills are not rated yet. 1 skill has no level stated for the role.',
    );
    assert.match(describeGap(one, hrName, t('cy')), /Mae 1 sgil heb lefel wedi’i nodi ar gyfer y rôl\.$/);
  });
});

describe('radar fit', () => {
  it('tells when labels overlap: long names round a small radar', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Organisation development and design area ${i}`);
    assert.equal(labelsOverlap(radarLayout(input({ skills: long, required: [], series: [] }), { radius: 60 })), true);
    assert.equal(labelsOverlap(radarLayout(input(), { radius: 150 })), false);
  });
});

describe('radar notes', () => {
  it('puts a note on its own line under the name, which keeps at most two lines', () => {
    const layout = radarLayout(
      input({ skills: ['Organisation Development and Design (OD&D)', 'East', 'South', 'West'], notes: ['Not rated'] }),
    );
    assert.deepEqual(layout.spokes[0]!.label.lines, ['Organisation', 'Development and…', 'Not rated']);
    assert.deepEqual(layout.spokes[1]!.label.lines, ['East']);
  });
});
