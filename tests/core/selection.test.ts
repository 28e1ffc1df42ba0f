import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selectSkills } from '../../src/core/analysis/selection.js';
import { blankAssessment, countRated, rebaseAssessment, unmatchedRatings } from '../../src/core/ratings.js';
import { loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const direct = loadFixture('direct');

describe('selectSkills', () => {
  it('groups every skill by category, in framework order', () => {
    const selection = selectSkills(framework);
    assert.deepEqual(
      selection.groups.map((group) => [group.category?.id, group.skills.map((skill) => skill.id)]),
      [
        ['technical', ['data-analysis', 'data-governance']],
        ['people', ['communicating-insight', 'stakeholder-engagement']],
      ],
    );
    assert.equal(selection.requirements.size, 0);
  });

  it('puts skills with no category last, and leaves none out', () => {
    const skills = [...framework.skills, { ...framework.skills[0]!, id: 'loose', category: undefined }];
    const selection = selectSkills({ ...framework, skills });
    assert.equal(selection.groups.at(-1)!.category, undefined);
    assert.deepEqual(
      selection.groups.at(-1)!.skills.map((skill) => skill.id),
      ['loose'],
    );
    assert.equal(selection.skillIds.length, skills.length);
  });

  it('keeps every DIRECT skill once, across its categories', () => {
    const selection = selectSkills(direct);
    assert.equal(selection.skillIds.length, direct.skills.length);
    assert.equal(new Set(selection.skillIds).size, direct.skills.length);
  });

  it('limits to a role level, with its merged requirements', () => {
    const selection = selectSkills(framework, { role: 'data-analyst-senior' });
    assert.deepEqual(selection.skillIds, ['data-analysis', 'data-governance', 'communicating-insight', 'stakeholder-engagement']);
    assert.equal(selection.requirements.get('data-analysis')!.level, 'practitioner');
    assert.equal(selection.requirements.get('data-governance')!.level, 'working');
  });

  it('reports an unknown role instead of showing every skill', () => {
    const selection = selectSkills(framework, { role: 'astronaut' });
    assert.equal(selection.unknownRole, 'astronaut');
    assert.deepEqual(selection.skillIds, []);
  });

  it('picks skills in the order given, once each, and names the unknown ones', () => {
    const selection = selectSkills(framework, { skills: ['stakeholder-engagement', 'nope', 'data-analysis', 'stakeholder-engagement'] });
    assert.deepEqual(selection.skillIds, ['stakeholder-engagement', 'data-analysis']);
    assert.deepEqual(selection.unknownSkills, ['nope']);
  });
});

describe('ratings', () => {
  it('counts not applicable and not observed as answers, and a blank as none', () => {
    const assessment = {
      ratings: {
        'data-analysis': { level: 'working' },
        'data-governance': { level: 'not-applicable' },
        'communicating-insight': { level: 'not-observed' },
        'stakeholder-engagement': { evidence: 'Only evidence so far' },
      },
    };
    assert.equal(
      countRated(
        assessment,
        framework.skills.map((skill) => skill.id),
      ),
      3,
    );
    assert.equal(countRated(assessment, ['data-analysis']), 1);
  });

  it('with a framework, counts only answers it still offers', () => {
    const assessment = { ratings: { 'data-analysis': { level: 'grand-master' }, 'data-governance': { level: 'working' } } };
    const ids = ['data-analysis', 'data-governance'];
    assert.equal(countRated(assessment, ids), 2);
    assert.equal(countRated(assessment, ids, framework), 1);
  });

  it('finds ratings for removed skills and for answers the scale no longer offers', () => {
    const assessment = {
      ratings: {
        'data-analysis': { level: 'working' },
        'gone-skill': { level: 'expert', evidence: 'kept' },
        'data-governance': { level: 'grand-master' },
      },
    };
    assert.deepEqual(unmatchedRatings(framework, assessment), ['gone-skill', 'data-governance']);
    const noSpecialAnswers = { ...framework, scale: { ...framework.scale, allowNotApplicable: false } };
    assert.deepEqual(unmatchedRatings(noSpecialAnswers, { ratings: { 'data-analysis': { level: 'not-applicable' } } }), ['data-analysis']);
  });

  it('rebases a draft onto a new framework version, keeping every rating', () => {
    const old = { ...blankAssessment(framework), ratings: { 'gone-skill': { level: 'expert' }, 'data-analysis': { level: 'working' } } };
    const newer = { ...framework, version: '2027.1' };
    const rebased = rebaseAssessment(old, newer);
    assert.deepEqual(rebased.framework, { id: framework.id, version: '2027.1' });
    assert.deepEqual(rebased.ratings, old.ratings);
    assert.equal(old.framework.version, framework.version, 'the input is not changed');
    assert.equal(rebaseAssessment(old, framework), old);
  });
});
