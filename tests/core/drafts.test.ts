import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankAssessment } from '../../src/core/ratings.js';
import { MAX_EVIDENCE, type Assessment } from '../../src/core/schema/assessment.js';
import { clearDraft, forgetDrafts, loadDraft, saveDraft, setAside, ASIDE_MARKER } from '../../src/core/storage/drafts.js';
import { parsePlan } from '../../src/core/parse-plan.js';
import { assessmentDrafts, DRAFT_FORMAT } from '../../src/core/storage/assessment-drafts.js';
import { createEnvelope, DRAFT_VERSION, readEnvelope } from '../../src/core/storage/envelope.js';
import { planDrafts } from '../../src/core/storage/plan-drafts.js';
import { memoryStore, webStorageStore, type KeyValueStorage } from '../../src/core/storage/stores.js';
import { loadFixture } from './helpers.js';

const framework = loadFixture('sample-bilingual');
const KEY = 'cf-draft:test';
/** Nothing read or written yet. */
const NONE = { revision: 0 };
const withRating = (level: string, evidence?: string): Assessment => ({
  ...blankAssessment(framework),
  ratings: { 'data-analysis': evidence === undefined ? { level } : { level, evidence } },
});

describe('draft envelope', () => {
  it('records versions, framework, revision and time, and reads back what it wrote', () => {
    const envelope = createEnvelope(assessmentDrafts, withRating('working', '<b>typed</b> & kept'), 3, new Date('2026-11-25T10:00:00Z'));
    assert.equal(envelope.format, DRAFT_FORMAT);
    assert.deepEqual(envelope.framework, { id: framework.id, version: framework.version });
    assert.equal(envelope.schemaVersion, 1);
    assert.equal(envelope.savedAt, '2026-11-25T10:00:00.000Z');
    const read = readEnvelope(assessmentDrafts, JSON.stringify(envelope));
    assert.ok(read.ok);
    assert.deepEqual(read.value, envelope);
  });

  it('refuses text that is not a draft, with located issues', () => {
    for (const raw of [
      '{not json',
      '{"format":"something-else"}',
      JSON.stringify({ ...createEnvelope(assessmentDrafts, withRating('working'), 1), schemaVersion: 9 }),
    ]) {
      const read = readEnvelope(assessmentDrafts, raw);
      assert.equal(read.ok, false, raw);
      assert.ok(read.issues.length > 0);
    }
    const badAssessment = { ...createEnvelope(assessmentDrafts, withRating('working'), 1), value: { ratings: 5 } };
    const read = readEnvelope(assessmentDrafts, JSON.stringify(badAssessment));
    assert.equal(read.ok, false);
    assert.ok(read.issues.length > 0 && read.issues.every((issue) => issue.path[0] === 'value'));
  });

  it('reads a draft of the first envelope version (the assessment under `assessment`)', () => {
    const assessment = withRating('working', 'written before the plan element');
    const rest: Record<string, unknown> = { ...createEnvelope(assessmentDrafts, assessment, 4) };
    delete rest.value;
    const read = readEnvelope(assessmentDrafts, JSON.stringify({ ...rest, draftVersion: 1, assessment }));
    assert.ok(read.ok);
    assert.equal(read.value.draftVersion, DRAFT_VERSION);
    assert.equal(read.value.revision, 4);
    assert.deepEqual(read.value.value, assessment);
    const broken = readEnvelope(assessmentDrafts, JSON.stringify({ ...rest, draftVersion: 1, assessment: { ratings: 5 } }));
    assert.ok(!broken.ok && broken.issues.every((issue) => issue.path[0] === 'assessment'));
  });

  it('keeps plans and assessments apart: a draft of one kind is never read as the other', () => {
    const plan = parsePlan({
      schemaVersion: 1,
      framework: { id: framework.id, version: framework.version },
      role: 'data-analyst',
      actions: { 'data-analysis': [{ id: 'a1', text: 'Shadow the <b>lead</b> analyst', kind: 'shadowing', due: '2027-03-31' }] },
    });
    assert.ok(plan.ok);
    const stored = JSON.stringify(createEnvelope(planDrafts, plan.value, 1));
    const read = readEnvelope(planDrafts, stored);
    assert.ok(read.ok);
    assert.deepEqual(read.value.value, plan.value);
    const misread = readEnvelope(assessmentDrafts, stored);
    assert.ok(!misread.ok && misread.issues[0]!.path[0] === 'format');
    assert.equal(readEnvelope(planDrafts, JSON.stringify(createEnvelope(assessmentDrafts, withRating('working'), 1))).ok, false);
  });
});

describe('saving and loading drafts', () => {
  it('saves revisions in order and loads the latest', async () => {
    const store = memoryStore();
    assert.deepEqual(await loadDraft(assessmentDrafts, store, KEY), { status: 'none' });
    const first = await saveDraft(assessmentDrafts, store, KEY, withRating('awareness'), NONE);
    assert.ok(first.status === 'saved');
    const second = await saveDraft(assessmentDrafts, store, KEY, withRating('working'), first.envelope);
    assert.ok(second.status === 'saved' && second.envelope.revision === 2);
    const loaded = await loadDraft(assessmentDrafts, store, KEY);
    assert.ok(loaded.status === 'found');
    assert.equal(loaded.envelope.revision, 2);
    assert.equal(loaded.envelope.value.ratings['data-analysis']!.level, 'working');
  });

  it('never overwrites a draft saved by another tab: it returns theirs instead', async () => {
    const store = memoryStore();
    const first = await saveDraft(assessmentDrafts, store, KEY, withRating('awareness'), NONE);
    assert.ok(first.status === 'saved');
    // Two tabs both loaded the first save; the first to save again wins.
    const tabA = await saveDraft(assessmentDrafts, store, KEY, withRating('working', 'A'), first.envelope);
    const tabB = await saveDraft(assessmentDrafts, store, KEY, withRating('expert', 'B'), first.envelope);
    assert.equal(tabA.status, 'saved');
    assert.ok(tabB.status === 'conflict');
    assert.equal(tabB.theirs!.revision, 2);
    assert.equal(tabB.theirs!.value.ratings['data-analysis']!.evidence, 'A');
    const stored = await loadDraft(assessmentDrafts, store, KEY);
    assert.ok(stored.status === 'found' && stored.envelope.value.ratings['data-analysis']!.evidence === 'A');
    // Once the person chooses to keep theirs, B saves on top of the draft it was shown.
    const kept = await saveDraft(assessmentDrafts, store, KEY, withRating('expert', 'B'), tabB.theirs!);
    assert.ok(kept.status === 'saved' && kept.envelope.revision === 3);
  });

  it('tells apart two fresh drafts with the same revision (after a clear), so neither is overwritten', async () => {
    const store = memoryStore();
    const tabA = await saveDraft(assessmentDrafts, store, KEY, withRating('working', 'A'), NONE);
    assert.ok(tabA.status === 'saved');
    await clearDraft(store, KEY);
    const tabB = await saveDraft(assessmentDrafts, store, KEY, withRating('expert', 'B'), NONE);
    assert.ok(tabB.status === 'saved' && tabB.envelope.revision === tabA.envelope.revision);
    const again = await saveDraft(assessmentDrafts, store, KEY, withRating('awareness', 'A again'), tabA.envelope);
    assert.ok(again.status === 'conflict');
    assert.equal(again.theirs!.value.ratings['data-analysis']!.evidence, 'B');
  });

  it('reads back a draft with more evidence than a form may submit, so nothing typed is lost', async () => {
    const store = memoryStore();
    const long = 'e'.repeat(MAX_EVIDENCE + 5_000);
    await saveDraft(assessmentDrafts, store, KEY, withRating('working', long), NONE);
    const loaded = await loadDraft(assessmentDrafts, store, KEY);
    assert.ok(loaded.status === 'found');
    assert.equal(loaded.envelope.value.ratings['data-analysis']!.evidence, long);
  });

  it('sets an unreadable draft aside, keeps it word for word, and starts afresh', async () => {
    const store = memoryStore();
    const raw = '{"format":"cf-assessment-draft","revision":1,"assessment":{"ratings":{"x":{"evidence":"half a sent';
    await store.update(KEY, () => raw);
    const loaded = await loadDraft(assessmentDrafts, store, KEY);
    assert.ok(loaded.status === 'unreadable');
    assert.ok(loaded.issues.length > 0);
    assert.ok(loaded.asideKey.startsWith(`${KEY}${ASIDE_MARKER}`));
    assert.equal(await store.get(loaded.asideKey), raw);
    assert.equal(await store.get(KEY), undefined);
    assert.equal((await saveDraft(assessmentDrafts, store, KEY, withRating('working'), NONE)).status, 'saved');
  });

  it('never overwrites an earlier copy set aside at the same moment', async () => {
    const store = memoryStore();
    const now = new Date('2026-11-25T10:00:00Z');
    const first = await setAside(store, KEY, 'one', now);
    const second = await setAside(store, KEY, 'two', now);
    assert.notEqual(first, second);
    assert.deepEqual([await store.get(first), await store.get(second)], ['one', 'two']);
  });

  it('treats an unreadable value met while saving as a conflict, not something to overwrite', async () => {
    const store = memoryStore();
    await store.update(KEY, () => 'garbage');
    const result = await saveDraft(assessmentDrafts, store, KEY, withRating('working'), NONE);
    assert.ok(result.status === 'conflict' && result.theirs === undefined);
    assert.equal(await store.get(KEY), 'garbage');
  });

  it('saves again after the draft was cleared elsewhere (nothing left to overwrite)', async () => {
    const store = memoryStore();
    const saved = await saveDraft(assessmentDrafts, store, KEY, withRating('working'), NONE);
    assert.ok(saved.status === 'saved');
    await clearDraft(store, KEY);
    assert.equal((await saveDraft(assessmentDrafts, store, KEY, withRating('expert'), saved.envelope)).status, 'saved');
  });

  it('passes a full storage error to the caller and leaves the old draft as it was', async () => {
    const values = new Map<string, string>();
    let full = false;
    const storage: KeyValueStorage = {
      get length() {
        return values.size;
      },
      key: (position) => [...values.keys()][position] ?? null,
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        values.set(key, value);
      },
      removeItem: (key) => void values.delete(key),
    };
    const store = webStorageStore(storage);
    const saved = await saveDraft(assessmentDrafts, store, KEY, withRating('awareness'), NONE);
    assert.ok(saved.status === 'saved');
    full = true;
    await assert.rejects(saveDraft(assessmentDrafts, store, KEY, withRating('working'), saved.envelope), { name: 'QuotaExceededError' });
    const loaded = await loadDraft(assessmentDrafts, store, KEY);
    assert.ok(loaded.status === 'found' && loaded.envelope.revision === 1);
  });
});

describe('forgetDrafts', () => {
  it('removes the drafts under each key and the copies set aside beside them, and nothing that merely starts alike', async () => {
    const store = memoryStore();
    const kept = ['cf-self-assessment:me', 'cf-self-assessment:me:aside:2026-03-02T10:00:00.000Z', 'cf-development-plan:me'];
    const others = ['cf-self-assessment:meg', 'cf-self-assessment:someone', 'elsewhere:me'];
    for (const key of [...kept, ...others]) await store.update(key, () => '{}');
    const removed = await forgetDrafts(store, ['cf-self-assessment:me', 'cf-development-plan:me', 'cf-gap-chart:me']);
    assert.equal(removed, 3);
    assert.deepEqual((await store.keys('')).sort(), [...others].sort());
  });
});
