import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gradePlainChange, gradeTextChange, textSimilarity } from '../../src/core/versions/text-change.js';

const grade = (before: string, after: string) => gradePlainChange(before, after).change;

describe('gradePlainChange: wording or meaning', () => {
  it('says nothing changed for the same text', () => {
    assert.equal(grade('Advises managers on casework.', 'Advises managers on casework.'), 'same');
  });

  it('keeps the wording for case, punctuation, spacing, small words, plurals and one typing slip', () => {
    assert.equal(grade('Advises managers on casework', 'advises managers, on casework.'), 'wording');
    assert.equal(grade('Advises  managers on casework', 'Advises the managers on casework'), 'wording');
    assert.equal(grade('Advises manager on casework', 'Advises managers on casework'), 'wording');
    assert.equal(grade('Advises managers on casewrok', 'Advises managers on casework'), 'wording');
    assert.equal(grade('Organisational design and change', 'Organisational design & change'), 'wording');
  });

  it('grades a new, dropped or swapped content word as meaning', () => {
    assert.equal(grade('Advises managers on casework', 'Advises directors on casework'), 'meaning');
    assert.equal(grade('Advises managers on casework', 'Advises managers on casework and tribunals'), 'meaning');
    assert.equal(grade('Advises managers on casework and tribunals', 'Advises managers on casework'), 'meaning');
  });

  it('grades a negation, an obligation or a number as meaning, however short', () => {
    assert.equal(grade('Leads the review', 'Does not lead the review'), 'meaning');
    assert.equal(grade('Can lead the review', 'Must lead the review'), 'meaning');
    assert.equal(grade('Leads the review', 'Never leads the review'), 'meaning');
    assert.equal(grade('A 12-month plan', 'A 18-month plan'), 'meaning');
    assert.equal(grade('Mae’n arwain yr adolygiad', 'Nid yw’n arwain yr adolygiad'), 'meaning');
  });

  it('does not take a short word with one letter changed for the same word', () => {
    assert.equal(grade('Sets pay', 'Sets tax'), 'meaning');
  });
});

describe('gradeTextChange: rich and localised text', () => {
  it('grades a list made a paragraph, or new emphasis, as wording', () => {
    assert.equal(
      gradeTextChange([{ ul: ['Leads reviews', 'Sets standards'] }], [{ p: 'Leads reviews. Sets standards.' }]).change,
      'wording',
    );
    assert.equal(gradeTextChange('Leads reviews', [{ p: [{ strong: 'Leads' }, ' reviews'] }]).change, 'wording');
  });

  it('says the same for the same structure', () => {
    assert.equal(gradeTextChange([{ ul: ['Leads reviews'] }], [{ ul: ['Leads reviews'] }]).change, 'same');
  });

  it('takes the strongest change over the languages both versions have', () => {
    const before = { en: 'Leads reviews', cy: 'Yn arwain adolygiadau' };
    assert.equal(gradeTextChange(before, { en: 'Leads reviews.', cy: 'Yn arwain adolygiadau' }).change, 'wording');
    assert.equal(gradeTextChange(before, { en: 'Leads reviews', cy: 'Nid yw’n arwain adolygiadau' }).change, 'meaning');
  });

  it('counts a translation added as wording, and text with no language in common as meaning', () => {
    assert.equal(gradeTextChange('Leads reviews', { en: 'Leads reviews', cy: 'Yn arwain adolygiadau' }).change, 'wording');
    assert.equal(gradeTextChange({ cy: 'Yn arwain' }, { en: 'Leads' }).change, 'meaning');
  });

  it('compares plain text in the language each version declares', () => {
    const languages = { before: 'cy', after: 'cy' };
    assert.equal(gradeTextChange('Yn arwain', { cy: 'Yn arwain.' }, languages).change, 'wording');
  });

  it('grades text that appears or goes as meaning', () => {
    assert.equal(gradeTextChange(undefined, 'Leads reviews').change, 'meaning');
    assert.equal(gradeTextChange('Leads reviews', undefined).change, 'meaning');
    assert.equal(gradeTextChange(undefined, undefined).change, 'same');
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same content words, 0 for none in common', () => {
    assert.equal(textSimilarity('Leads the reviews', 'reviews, leads'), 1);
    assert.equal(textSimilarity('Leads reviews', 'Writes policy'), 0);
    assert.equal(textSimilarity('Leads reviews', 'Leads policy'), 1 / 3);
  });
});
