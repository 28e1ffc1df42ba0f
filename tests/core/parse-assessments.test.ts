import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAssessments, parseOneAssessment } from '../../src/core/parse-assessments.js';
import { AssessmentReader } from '../../src/core/assessment-reader.js';
import { assessmentOf, loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const valid = assessmentOf(framework, { 'data-analysis': { level: 'practitioner' } });
const invalid = { schemaVersion: 1, ratings: 'none' };

describe('parseAssessments', () => {
  it('keeps the valid ones, with their labels and places, and the issues of the rest', () => {
    const read = parseAssessments([valid, invalid, { label: 'Manager', assessment: { ...valid, rater: 'manager' } }], framework);
    assert.deepEqual(
      read.assessments.map(({ label, position, assessment }) => [label, position, assessment.rater]),
      [
        [undefined, 0, 'self'],
        ['Manager', 2, 'manager'],
      ],
    );
    assert.ok(read.issues.length > 0);
    assert.ok(read.issues.every((issue) => issue.severity === 'error'));
  });

  it('reads undefined and null as none, and anything else that is not a list as one located issue', () => {
    assert.deepEqual(parseAssessments(undefined), { assessments: [], issues: [] });
    assert.deepEqual(parseAssessments(null), { assessments: [], issues: [] });
    assert.deepEqual(parseAssessments(valid, undefined, 'team').issues, [
      { key: 'value.type', path: ['team'], severity: 'error', params: { expected: 'array' } },
    ]);
  });

  it('checks against the framework when given one: a wrong level is refused', () => {
    const wrong = assessmentOf(framework, { 'data-analysis': { level: 'no-such-level' } });
    assert.equal(parseAssessments([wrong]).assessments.length, 1);
    assert.equal(parseAssessments([wrong], framework).assessments.length, 0);
  });

  it('a label that is not a string is left off, not shown', () => {
    const read = parseAssessments([{ label: 42, assessment: valid }]);
    assert.equal(read.assessments.length, 1);
    assert.equal('label' in read.assessments[0]!, false);
  });
});

describe('AssessmentReader', () => {
  it('reads in slices that add up to reading at once', () => {
    const given = Array.from({ length: 30 }, (_, i) => (i % 7 === 3 ? invalid : valid));
    const reader = new AssessmentReader(given, framework);
    let slices = 0;
    while (!reader.readFor(0)) slices++;
    assert.ok(slices > 0, 'a zero budget still reads one at a time');
    assert.deepEqual(reader.read, parseAssessments(given, framework));
  });
});

describe('parseOneAssessment', () => {
  it('gives the value when valid, the issues when not, and nothing for nothing', () => {
    assert.equal(parseOneAssessment(valid, framework).value?.rater, 'self');
    assert.equal(parseOneAssessment(invalid).value, undefined);
    assert.ok(parseOneAssessment(invalid).issues.length > 0);
    assert.deepEqual(parseOneAssessment(undefined), { issues: [] });
  });
});
