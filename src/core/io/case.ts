/**
 * 1EdTech CASE 1.1 packages (`{ CFDocument, CFItems, CFAssociations, CFRubrics }`) in and out.
 *
 * - CFDocument: title, version (`1.0` when absent), description, language, `subject[0]` as profession,
 *   `licenseURI` as licence, creator and an https `officialSourceURL` as source (a creator that only
 *   repeats the title is none: the exporter writes that when there is no source). CASE has no field for
 *   the framework id or the scale's not-applicable / not-observed flags: they travel in the CASE 1.1
 *   extension point, `CFDocument.extensions.careerFramework`; without it the id is the title's slug.
 * - Items under the document by `isChildOf` (origin the child): leaves with a rubric criterion or
 *   `hasSkillLevel` links (all leaves when none has) are skills, every other item a category.
 *   Name = abbreviatedStatement || fullStatement; description = fullStatement when the abbreviation is
 *   the name, else notes. Ids: humanCodingScheme (`id.changed` if it had to change), else the name's slug.
 * - Scale: the items skills point at with `hasSkillLevel`, ordered by `precedes`, then sequenceNumber;
 *   failing those, the rubric criterion levels by score (when all have one) or position, ids from the
 *   `quality` slug. A skill linked to some level items only is not applicable at the others.
 *   Descriptors: the skill's rubric criterion levels, matched to scale levels by label.
 * - Text is plain both ways: `- ` / `• ` lines make a list, `1. ` lines a numbered list, others paragraphs.
 * - Order is CFItems order. Other association types are reported and ignored.
 *
 * The exporter writes all of this (categories, skills and levels as CFItems of type Category, Skill,
 * Level; one rubric per skill), so importing an export gives the framework back. Not representable, so
 * lost: roles, families, pathways, learning; emphasis; languages other than `framework.language ?? 'en'`;
 * not-applicable notes; the source note; non-https source URLs.
 */
export type * from './case-types.js';
export { exportCase } from './case-export.js';
export { importCase } from './case-import.js';
