import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerProblems, evidenceLeft } from '../../src/core/assessment-validity.js';
import { MAX_EVIDENCE } from '../../src/core/schema/assessment.js';
import { loadFixture } from './helpers.js';

const sample = loadFixture('sample-bilingual');
const skills = ['communicating-insight', 'stakeholder-engagement', 'data-analysis'];

describe('answerProblems', () => {
  it('finds nothing wrong with no answers when answers are not required', () => {
    assert.deepEqual(answerProblems(sample, {}, skills, { required: false }), []);
  });

  it('asks for an answer to every skill shown when required, in the order shown; not applicable and not observed count', () => {
    const problems = answerProblems(sample, { 'stakeholder-engagement': { level: 'not-applicable' } }, skills, { required: true });
    assert.deepEqual(problems, [
      { skill: 'communicating-insight', field: 'level', flag: 'valueMissing' },
      { skill: 'data-analysis', field: 'level', flag: 'valueMissing' },
    ]);
    const answered = Object.fromEntries(skills.map((skill) => [skill, { level: 'not-observed' }]));
    assert.deepEqual(answerProblems(sample, answered, skills, { required: true }), []);
  });

  it('does not count evidence alone, or a level the framework does not offer, as an answer', () => {
    const ratings = { 'communicating-insight': { evidence: 'Wrote it' }, 'stakeholder-engagement': { level: 'grand-master' } };
    assert.deepEqual(
      answerProblems(sample, ratings, skills.slice(0, 2), { required: true }).map((problem) => problem.skill),
      ['communicating-insight', 'stakeholder-engagement'],
    );
  });

  it('stops evidence over the limit, required or not, and keeps it whole', () => {
    const long = { 'data-analysis': { level: 'working', evidence: 'x'.repeat(MAX_EVIDENCE + 1) } };
    assert.deepEqual(answerProblems(sample, long, skills, { required: false }), [
      { skill: 'data-analysis', field: 'evidence', flag: 'tooLong' },
    ]);
    const atLimit = { 'data-analysis': { level: 'working', evidence: 'x'.repeat(MAX_EVIDENCE) } };
    assert.deepEqual(answerProblems(sample, atLimit, skills, { required: false }), []);
  });

  it('checks the length of the text the form edits only: a note in an agreement, evidence in a self-assessment', () => {
    const long = 'x'.repeat(MAX_EVIDENCE + 1);
    const ratings = { 'data-analysis': { level: 'working', evidence: long, note: long } };
    assert.deepEqual(answerProblems(sample, ratings, skills, { required: false, text: 'note' }), [
      { skill: 'data-analysis', field: 'note', flag: 'tooLong' },
    ]);
    const noteOnly = { 'data-analysis': { level: 'working', note: long } };
    assert.deepEqual(answerProblems(sample, noteOnly, skills, { required: false }), []);
  });

  it('stops at the first problem when only validity is wanted', () => {
    const problems = answerProblems(sample, {}, skills, { required: true, firstOnly: true });
    assert.deepEqual(
      problems.map((problem) => problem.skill),
      ['communicating-insight'],
    );
  });

  it('counts the characters left, negative when over', () => {
    assert.equal(evidenceLeft(0), MAX_EVIDENCE);
    assert.equal(evidenceLeft(MAX_EVIDENCE + 5), -5);
  });
});
