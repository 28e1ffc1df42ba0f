import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAssessment } from '../../src/core/parse.js';
import { FIXTURES, loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const assessment = () => ({
  schemaVersion: 1,
  framework: { id: framework.id, version: framework.version },
  rater: 'self',
  ratings: {
    'data-analysis': { level: 'practitioner', evidence: 'Led the <b>census</b> analysis & wrote "the" report' },
    'data-governance': { level: 'not-applicable' },
  },
  updatedAt: '2026-11-25T09:30:00.000Z',
});

describe('parseAssessment', () => {
  it('accepts a valid assessment and keeps evidence exactly as typed, markup-like text included', () => {
    const result = parseAssessment(assessment(), framework);
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.equal(result.value.ratings['data-analysis']!.evidence, assessment().ratings['data-analysis'].evidence);
    assert.equal(result.value.status, 'draft');
  });

  it('keeps a rating for a skill the framework no longer has, with a warning', () => {
    const input = assessment();
    (input.ratings as Record<string, unknown>)['retired-skill'] = { level: 'expert', evidence: 'years of it' };
    const result = parseAssessment(input, framework);
    assert.ok(result.ok);
    assert.equal(result.value.ratings['retired-skill']!.evidence, 'years of it');
    assert.deepEqual(
      result.issues.map((issue) => [issue.key, issue.severity, issue.path]),
      [['rating.unmatched', 'warning', ['ratings', 'retired-skill']]],
    );
  });

  it('reports an unknown level for a known skill as an error with its path', () => {
    const input = assessment();
    input.ratings['data-analysis'].level = 'grandmaster';
    const result = parseAssessment(input, framework);
    assert.equal(result.ok, false);
    assert.deepEqual(result.issues[0]!.path, ['ratings', 'data-analysis', 'level']);
  });

  it('refuses not-observed when the scale does not allow it', () => {
    const strict = { ...framework, scale: { ...framework.scale, allowNotObserved: false } };
    const input = assessment();
    input.ratings['data-analysis'].level = 'not-observed';
    const result = parseAssessment(input, strict);
    assert.equal(result.ok, false);
    assert.equal(result.issues[0]!.key, 'rating.notAllowed');
  });

  it('reads an agreed assessment: who agreed, when, from which assessments, and a note per skill', () => {
    const agreed = {
      ...assessment(),
      rater: 'agreed',
      ratings: { 'data-analysis': { level: 'working', note: 'Lead the next release to reach practitioner.' } },
      agreement: {
        at: '2026-12-01T10:00:00.000Z',
        by: [{ name: 'Alex Jones' }, { id: 'm-7', name: 'Sam Patel' }],
        from: [
          { rater: 'self', label: 'Alex', at: '2026-11-20T09:00:00.000Z' },
          { rater: 'manager', label: 'Sam' },
        ],
      },
    };
    const result = parseAssessment(agreed, framework);
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.deepEqual(result.value.agreement, agreed.agreement);
    assert.equal(result.value.ratings['data-analysis']!.note, 'Lead the next release to reach practitioner.');
  });

  it('refuses an agreement with no date, an unknown rater or an unknown field, each at its path', () => {
    const bad = (agreement: unknown) => parseAssessment({ ...assessment(), rater: 'agreed', agreement }, framework);
    const paths = (agreement: unknown) => bad(agreement).issues.map((issue) => issue.path.join('.'));
    assert.deepEqual(paths({ from: [] }), ['agreement.at']);
    assert.deepEqual(paths({ at: 'yesterday', from: [] }), ['agreement.at']);
    assert.deepEqual(paths({ at: '2026-12-01T10:00:00Z', from: [{ rater: 'boss' }] }), ['agreement.from.0.rater']);
    assert.deepEqual(paths({ at: '2026-12-01T10:00:00Z', from: [], averaged: true }), ['agreement.averaged']);
  });

  it('warns when made against another framework version', () => {
    const input = { ...assessment(), framework: { id: framework.id, version: '2020.1' } };
    const result = parseAssessment(input, framework);
    assert.ok(result.ok);
    assert.equal(result.issues[0]!.key, 'assessment.frameworkMismatch');
  });

  it('reports bad rater, bad dates and prototype keys', () => {
    assert.equal(parseAssessment({ ...assessment(), rater: 'boss' }).issues[0]!.key, 'value.choice');
    assert.equal(parseAssessment({ ...assessment(), updatedAt: 'yesterday' }).issues[0]!.key, 'value.datetime');
    assert.equal(parseAssessment({ ...assessment(), updatedAt: '2026-13-45T99:00:00Z' }).issues[0]!.key, 'value.datetime');
    const polluted = JSON.stringify(assessment()).replace('"data-analysis"', '"__proto__"');
    assert.equal(parseAssessment(polluted).issues[0]!.key, 'key.forbidden');
    assert.equal(({} as Record<string, unknown>).level, undefined);
  });

  it('reads every sample assessment in tests/fixtures/assessments against its framework, without a problem', () => {
    const folder = new URL('assessments/', FIXTURES);
    const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
    assert.ok(files.length >= 2);
    for (const file of files) {
      // Named samples of one person ({ self, manager }), a team ({ people, assessments: [...] }), or one
      // person's history ({ about, history: [...] }, checked below: it is made to span framework versions).
      const content = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Record<string, unknown>;
      if (Array.isArray(content.history)) continue;
      const samples: Record<string, unknown> = Array.isArray(content.assessments) ? { ...content.assessments } : content;
      for (const [name, sample] of Object.entries(samples)) {
        const of = loadFixture((sample as { framework: { id: string } }).framework.id);
        const result = parseAssessment(sample, of);
        assert.ok(result.ok, `${file} ${name}: ${JSON.stringify(result.issues)}`);
        assert.deepEqual(result.issues, [], `${file} ${name}`);
      }
    }
  });

  it('reads a history across framework versions: the older one is read with warnings, never refused', () => {
    const { history } = JSON.parse(readFileSync(new URL('assessments/des-hr-history.json', FIXTURES), 'utf8')) as { history: unknown[] };
    const des = loadFixture('des-hr');
    const results = history.map((sample) => parseAssessment(sample, des));
    assert.ok(results.every((result) => result.ok));
    assert.deepEqual(
      results[0]!.issues.map((issue) => issue.key),
      ['assessment.frameworkMismatch', 'rating.unmatched'],
    );
    assert.deepEqual(
      results.slice(1).flatMap((result) => result.issues),
      [],
    );
  });
});
