// "Clear my saved answers": every draft the library keeps in the browser under a key goes, in every element
// that keeps drafts, and nothing else does.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CfSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import { DRAFT_PREFIXES } from '../../src/core/storage/draft-prefixes.js';
import { clearSavedAnswers } from '../../src/shared/saved-answers.js';
import { draftStore } from '../../src/shared/draft-store.js';
import { byRole } from './harness.js';
import { loadFixture, shadowText, until } from './helpers.js';

const sample = await loadFixture('sample-bilingual');
const uniqueKey = () => `clear-${Math.random().toString(36).slice(2)}`;

describe('clearSavedAnswers', () => {
  it('removes a form’s draft, a plan’s and the copies set aside under the key, and leaves other keys', async () => {
    const key = uniqueKey();
    const other = uniqueKey();
    const form = await fixture<CfSelfAssessment>(html`<cf-self-assessment .framework=${sample} autosave-key=${key}></cf-self-assessment>`);
    byRole(byRole(form, 'group', { name: 'Data analysis' }), 'radio', { name: 'Expert' }).click();
    await until(() => shadowText(form).includes('Draft saved at'), 'the draft to save', 3000);
    const store = await draftStore();
    await store.update(`${DRAFT_PREFIXES.plan}:${key}`, () => '{"a plan":true}');
    await store.update(`${DRAFT_PREFIXES.assessment}:${key}:aside:2026-03-02T10:00:00.000Z`, () => '{"set aside":true}');
    await store.update(`${DRAFT_PREFIXES.assessment}:${other}`, () => '{"another person":true}');
    form.remove();

    expect(await clearSavedAnswers(key)).to.equal(3);
    expect(await store.keys(`${DRAFT_PREFIXES.assessment}:${key}`)).to.deep.equal([]);
    expect(await store.keys(`${DRAFT_PREFIXES.plan}:${key}`)).to.deep.equal([]);
    expect(await store.get(`${DRAFT_PREFIXES.assessment}:${other}`)).to.equal('{"another person":true}');

    // A new form under the key starts empty: nothing to restore.
    const again = await fixture<CfSelfAssessment>(html`<cf-self-assessment .framework=${sample} autosave-key=${key}></cf-self-assessment>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(again.assessment?.ratings['data-analysis']).to.equal(undefined);
    expect(shadowText(again)).not.to.include('restored');
    await clearSavedAnswers(other);
  });

  it('with no key, removes every draft the library keeps, and nothing else in its store', async () => {
    const store = await draftStore();
    const ours = [`${DRAFT_PREFIXES.assessment}:${uniqueKey()}`, `${DRAFT_PREFIXES.plan}:${uniqueKey()}`];
    for (const key of ours) await store.update(key, () => '{}');
    await store.update('not-ours', () => 'kept');
    expect(await clearSavedAnswers()).to.be.at.least(2);
    for (const key of ours) expect(await store.get(key)).to.equal(undefined);
    expect(await store.get('not-ours')).to.equal('kept');
    await store.delete('not-ours');
  });
});
