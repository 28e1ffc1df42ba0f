/** The shapes of a 1EdTech CASE 1.1 package, as `exportCase` writes them (see case.ts for the mapping). */
export interface CaseLinkUri {
  title: string;
  identifier: string;
  uri: string;
}
export interface CaseRecord {
  identifier: string;
  uri: string;
  lastChangeDateTime: string;
}
export interface CaseDocument extends CaseRecord {
  creator: string;
  title: string;
  caseVersion?: '1.1';
  version?: string;
  description?: string;
  language?: string;
  subject?: string[];
  officialSourceURL?: string;
  licenseURI?: CaseLinkUri;
  /** `levelLinks`: every skill links (hasSkillLevel) to each level that applies to it, so a missing link means "not applicable". */
  extensions?: {
    careerFramework?: { frameworkId?: string; allowNotApplicable?: boolean; allowNotObserved?: boolean; levelLinks?: boolean };
  };
}
export interface CaseItem extends CaseRecord {
  fullStatement: string;
  abbreviatedStatement?: string;
  humanCodingScheme?: string;
  CFItemType?: string;
  notes?: string;
  language?: string;
  listEnumeration?: string;
  CFDocumentURI?: CaseLinkUri;
}
export interface CaseAssociation extends CaseRecord {
  associationType: string;
  originNodeURI: CaseLinkUri;
  destinationNodeURI: CaseLinkUri;
  sequenceNumber?: number;
  CFDocumentURI?: CaseLinkUri;
}
export interface CaseRubricCriterionLevel extends CaseRecord {
  description?: string;
  quality?: string;
  score?: number;
  feedback?: string;
  position?: number;
}
export interface CaseRubricCriterion extends CaseRecord {
  CFItemURI?: CaseLinkUri;
  description?: string;
  weight?: number;
  position?: number;
  rubricId?: string;
  CFRubricCriterionLevels: CaseRubricCriterionLevel[];
}
export interface CaseRubric extends CaseRecord {
  title: string;
  description?: string;
  CFRubricCriteria: CaseRubricCriterion[];
}
export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions?: Record<string, unknown>;
  CFRubrics?: CaseRubric[];
}
export interface CaseExportOptions {
  /** Where the package will be served: uris become `<uriBase>/CFItems/<identifier>`, `urn:uuid:<identifier>` without it. */
  readonly uriBase?: string;
  /** `lastChangeDateTime` of every record; the fixed default keeps exports reproducible. */
  readonly now?: string;
}
