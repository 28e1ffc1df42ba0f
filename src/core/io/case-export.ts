/** A framework as a CASE 1.1 package (see case.ts for the mapping): deterministic, so the same framework gives the same file. */
import { isNotApplicable } from '../levels.js';
import type { Framework } from '../schema/framework.js';
import { isHttpsUrl } from '../schema/ids.js';
import { pickLanguage, type RichText, type Text } from '../schema/text.js';
import type {
  CaseAssociation,
  CaseExportOptions,
  CaseItem,
  CaseLinkUri,
  CasePackage,
  CaseRubric,
  CaseRubricCriterionLevel,
} from './case-types.js';
import { richToText } from './rich-to-text.js';

/**
 * 128 bits from four FNV-1a lanes with different offset bases, each finished with murmur3's fmix32 so
 * near-equal inputs differ everywhere. Not cryptographic (the core runs in browsers without imports):
 * it only has to be stable and well spread.
 */
function hash128(input: string): string {
  let hex = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane, 0x9e3779b9)) >>> 0;
    for (let i = 0; i < input.length; i++) h = Math.imul(h ^ input.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    hex += ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

/** A UUID with the version (5) and variant bits CASE's pattern asks for, the same on every export. */
function uuidOf(...parts: string[]): string {
  const hex = hash128(parts.join('\u0000'));
  const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The framework as a CASE package. Deterministic: the same framework always gives the same package. */
export function exportCase(framework: Framework, options: CaseExportOptions = {}): CasePackage {
  const now = options.now ?? '1970-01-01T00:00:00Z';
  const language = framework.language ?? 'en';
  const text = (value: Text) => pickLanguage(value, language);
  const plain = (value: RichText | undefined) => (value === undefined ? undefined : richToText(pickLanguage(value, language)) || undefined);
  const base = options.uriBase?.replace(/\/+$/, '');
  const uri = (collection: string, identifier: string) => (base ? `${base}/${collection}/${identifier}` : `urn:uuid:${identifier}`);
  const own = (kind: string, id = '') => uuidOf(framework.id, kind, id);
  const stamp = (collection: string, identifier: string) => ({ identifier, uri: uri(collection, identifier), lastChangeDateTime: now });

  const title = text(framework.title);
  const docLink: CaseLinkUri = { title, identifier: own('document'), uri: uri('CFDocuments', own('document')) };
  const items: CaseItem[] = [];
  const links = new Map<string, CaseLinkUri>();
  const addItem = (kind: string, id: string, type: string, name: string, description: string | undefined) => {
    const record = stamp('CFItems', own(kind, id));
    links.set(`${kind}:${id}`, { title: name, identifier: record.identifier, uri: record.uri });
    const statements = description === undefined ? { fullStatement: name } : { fullStatement: description, abbreviatedStatement: name };
    items.push({ ...record, ...statements, humanCodingScheme: id, CFItemType: type, CFDocumentURI: docLink });
  };
  for (const { id, name, description } of framework.categories) addItem('category', id, 'Category', text(name), plain(description));
  for (const { id, name, description } of framework.skills) addItem('skill', id, 'Skill', text(name), plain(description));
  const levels = framework.scale.levels;
  for (const level of levels) addItem('level', level.id, 'Level', text(level.label), plain(level.description));
  const link = (kind: string, id: string | undefined) => (id === undefined ? undefined : links.get(`${kind}:${id}`));

  const associations: CaseAssociation[] = [];
  const siblings = new Map<string, number>();
  const associate = (type: string, origin: CaseLinkUri, destination: CaseLinkUri, sequenceNumber: number) => {
    const record = stamp('CFAssociations', own('association', `${type} ${origin.identifier} ${destination.identifier}`));
    const ends = { originNodeURI: origin, destinationNodeURI: destination };
    associations.push({ ...record, associationType: type, ...ends, sequenceNumber, CFDocumentURI: docLink });
  };
  const childOf = (child: CaseLinkUri, parent = docLink) => {
    const position = (siblings.get(parent.identifier) ?? 0) + 1;
    siblings.set(parent.identifier, position);
    associate('isChildOf', child, parent, position);
  };
  for (const category of framework.categories) childOf(link('category', category.id)!, link('category', category.parent));
  for (const skill of framework.skills) childOf(link('skill', skill.id)!, link('category', skill.category));
  // The scale's order, and the levels each skill has: all but those it is not applicable at.
  for (let i = 1; i < levels.length; i++) associate('precedes', link('level', levels[i - 1]!.id)!, link('level', levels[i]!.id)!, i);
  for (const skill of framework.skills) {
    levels.forEach((level, i) => {
      if (!isNotApplicable(skill.levels[level.id])) associate('hasSkillLevel', link('skill', skill.id)!, link('level', level.id)!, i + 1);
    });
  }

  const rubrics = framework.skills.map((skill): CaseRubric => {
    const rubric = stamp('CFRubrics', own('rubric', skill.id));
    const criterionLevels = levels.flatMap((level, i): CaseRubricCriterionLevel[] => {
      const entry = skill.levels[level.id];
      if (isNotApplicable(entry)) return [];
      const description = plain(entry);
      const record = stamp('CFRubricCriterionLevels', own('criterion-level', `${skill.id} ${level.id}`));
      return [
        { ...record, ...(description === undefined ? {} : { description }), quality: text(level.label), score: i + 1, position: i + 1 },
      ];
    });
    const criterion = stamp('CFRubricCriteria', own('criterion', skill.id));
    return {
      ...rubric,
      title: text(skill.name),
      CFRubricCriteria: [
        {
          ...criterion,
          CFItemURI: link('skill', skill.id)!,
          position: 1,
          rubricId: rubric.identifier,
          CFRubricCriterionLevels: criterionLevels,
        },
      ],
    };
  });

  const { source, licence, profession, scale } = framework;
  const description = plain(framework.description);
  const licenceId = own('licence');
  return {
    CFDocument: {
      identifier: docLink.identifier,
      uri: docLink.uri,
      lastChangeDateTime: now,
      caseVersion: '1.1',
      title,
      version: framework.version,
      // CASE requires a creator: without a source, the title stands in (and is not read back as one).
      creator: source ? text(source.name) : title,
      ...(description === undefined ? {} : { description }),
      ...(framework.language === undefined ? {} : { language: framework.language }),
      ...(profession === undefined ? {} : { subject: [text(profession)] }),
      ...(isHttpsUrl(source?.url) && { officialSourceURL: source.url }),
      ...(licence && { licenseURI: { title: licence.name, identifier: licenceId, uri: licence.url ?? uri('CFLicenses', licenceId) } }),
      extensions: {
        careerFramework: {
          frameworkId: framework.id,
          allowNotApplicable: scale.allowNotApplicable,
          allowNotObserved: scale.allowNotObserved,
          levelLinks: true,
        },
      },
    },
    CFItems: items,
    CFAssociations: associations,
    CFRubrics: rubrics,
  };
}
