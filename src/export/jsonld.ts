// The graph as schema.org JSON-LD: an article as NewsArticle, an event as
// Event (superEvent/subEvent), people, organizations, places, images
// (ImageObject with creditText and creator) and statements as Quotation
// (spokenByCharacter and creator, about, isPartOf). Every @id is the
// document's own /ld/<global id> address, so a consumer can follow it.
// schema-dts types every object: tsc checks each property against the
// vocabulary, and tests/jsonld.test.ts checks the served documents against
// schema-dts's declaration file at run time.
import type {
  EventLeaf,
  GeoCoordinates,
  ImageObjectLeaf,
  NewsArticleLeaf,
  Organization,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  PropertyValue,
  QuotationLeaf,
  Thing,
  WithContext,
} from 'schema-dts';

type Named = { id: string; name: string };
type Agent = Named & { __typename: 'Person' | 'Organization' };
type EntityRef = Named & { __typename: 'Person' | 'Organization' | 'Event' | 'Place' };
type Nodes<T> = { nodes: T[] };
type ExternalId = { source: string; value: string };

export type StatementData = {
  id: string;
  kind: string;
  text: string;
  saidAt: string | null;
  verb: string | null;
  venue: string | null;
  speaker: Agent | null;
  article: { id: string; url: string; headline: string } | null;
  about: Nodes<{ event: Named }>;
};

type PlaceData = Named & { kind: string; latitude: number | null; longitude: number | null; parent: Named | null };

export type ImageData = {
  id: string;
  url: string | null;
  caption: string;
  creditLine: string | null;
  takenAt: string | null;
  photographer: Named | null;
  agencies: Nodes<{ organization: Named }>;
  place: Named | null;
};

export type ArticleData = {
  id: string;
  url: string;
  headline: string;
  body: string;
  language: string;
  publishedAt: string | null;
  publisher: Named | null;
  place: PlaceData | null;
  contributors: Nodes<{ role: string; contributor: Agent }>;
  images: Nodes<ImageData>;
  events: Nodes<{ event: Named }>;
  mentions: Nodes<{ entity: EntityRef }>;
  statements: Nodes<StatementData>;
};

export type EventData = Named & {
  description: string | null;
  startAt: string | null;
  endAt: string | null;
  place: PlaceData | null;
  parent: Named | null;
  children: Nodes<Named & { startAt: string | null; endAt: string | null }>;
  participants: Nodes<{ role: string | null; participant: Agent | null }>;
  articles: Nodes<{ article: { id: string; url: string; headline: string; publishedAt: string | null } }>;
  statements: Nodes<{ statement: StatementData }>;
  depictedIn: Nodes<{ image: ImageData }>;
};

export type PersonData = Named & {
  aliases: string[];
  description: string | null;
  externalIds: ExternalId[];
  affiliations: Nodes<{ role: string; organization: Named | null }>;
};

export type OrganizationData = Named & {
  aliases: string[];
  description: string | null;
  kind: string;
  externalIds: ExternalId[];
  parent: Named | null;
};

export type ImageDocumentData = ImageData & {
  article: { id: string; url: string; headline: string } | null;
  depicts: Nodes<{ entity: EntityRef }>;
};

export type PlaceDocumentData = PlaceData & { aliases: string[]; externalIds: ExternalId[] };

/** Where documents live: `${base}/ld/<global id>`. */
export type LdBase = string;

const context = 'https://schema.org' as const;

export const ldPath = '/ld/';

const at = (base: LdBase, id: string) => `${base}${ldPath}${encodeURIComponent(id)}`;

/** `value` without empty lists (absent values are undefined, which JSON leaves out). */
function drop<T extends object>(value: NoInfer<T>): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

function agentRef(base: LdBase, agent: Agent): PersonLeaf | OrganizationLeaf {
  return agent.__typename === 'Person'
    ? { '@type': 'Person', '@id': at(base, agent.id), name: agent.name }
    : { '@type': 'Organization', '@id': at(base, agent.id), name: agent.name };
}

const personRef = (base: LdBase, person: Named): PersonLeaf => ({ '@type': 'Person', '@id': at(base, person.id), name: person.name });
const organizationRef = (base: LdBase, organization: Named): OrganizationLeaf => ({
  '@type': 'Organization',
  '@id': at(base, organization.id),
  name: organization.name,
});
const eventRef = (base: LdBase, event: Named): EventLeaf => ({ '@type': 'Event', '@id': at(base, event.id), name: event.name });
const placeRef = (base: LdBase, place: Named): PlaceLeaf => ({ '@type': 'Place', '@id': at(base, place.id), name: place.name });
const articleRef = (base: LdBase, article: { id: string; url: string; headline: string; publishedAt?: string | null }): NewsArticleLeaf =>
  drop<NewsArticleLeaf>({
    '@type': 'NewsArticle',
    '@id': at(base, article.id),
    url: article.url,
    headline: article.headline,
    datePublished: article.publishedAt ?? undefined,
  });

function entityRef(base: LdBase, entity: EntityRef): Thing {
  switch (entity.__typename) {
    case 'Event':
      return eventRef(base, entity);
    case 'Place':
      return placeRef(base, entity);
    default:
      return agentRef(base, entity as Agent);
  }
}

/** Wikidata ids become sameAs links; every other external id an identifier. */
function externalIds(ids: ExternalId[]): { sameAs: string[]; identifier: PropertyValue[] } {
  return {
    sameAs: ids.filter((id) => id.source === 'wikidata').map((id) => `https://www.wikidata.org/wiki/${id.value}`),
    identifier: ids
      .filter((id) => id.source !== 'wikidata')
      .map((id): PropertyValue => ({ '@type': 'PropertyValue', propertyID: id.source, value: id.value })),
  };
}

function place(base: LdBase, data: PlaceData): PlaceLeaf {
  const geo: GeoCoordinates | undefined =
    data.latitude !== null && data.longitude !== null
      ? { '@type': 'GeoCoordinates', latitude: data.latitude, longitude: data.longitude }
      : undefined;
  return drop<PlaceLeaf>({
    ...placeRef(base, data),
    geo,
    containedInPlace: data.parent ? placeRef(base, data.parent) : undefined,
  });
}

function image(base: LdBase, data: ImageData): ImageObjectLeaf {
  return drop<ImageObjectLeaf>({
    '@type': 'ImageObject',
    '@id': at(base, data.id),
    contentUrl: data.url ?? undefined,
    caption: data.caption,
    creditText: data.creditLine ?? undefined,
    creator: [
      ...(data.photographer ? [personRef(base, data.photographer)] : []),
      ...data.agencies.nodes.map((node) => organizationRef(base, node.organization)),
    ],
    dateCreated: data.takenAt ?? undefined,
    contentLocation: data.place ? placeRef(base, data.place) : undefined,
  });
}

/** How each statement kind is named in a Quotation's genre. */
const kindNames: Record<string, string> = {
  DIRECT_QUOTE: 'direct quote',
  INDIRECT: 'indirect speech',
  PARAPHRASE: 'paraphrase',
  DENIAL: 'denial',
};

function quotation(base: LdBase, data: StatementData): QuotationLeaf {
  const speaker = data.speaker ? agentRef(base, data.speaker) : undefined;
  return drop<QuotationLeaf>({
    '@type': 'Quotation',
    '@id': at(base, data.id),
    identifier: data.id,
    text: data.text,
    genre: kindNames[data.kind] ?? data.kind,
    spokenByCharacter: speaker,
    creator: speaker,
    dateCreated: data.saidAt ?? undefined,
    about: data.about.nodes.map((node) => eventRef(base, node.event)),
    isPartOf: data.article ? articleRef(base, data.article) : undefined,
  });
}

/** Authors are `author`; editors who are people `editor` (schema.org's editor is a Person); everyone else `contributor`. */
function credits(base: LdBase, contributors: ArticleData['contributors']) {
  const isAuthor = (node: { role: string }) => node.role === 'AUTHOR';
  const isEditor = (node: { role: string; contributor: Agent }) => node.role === 'EDITOR' && node.contributor.__typename === 'Person';
  return {
    author: contributors.nodes.filter(isAuthor).map((node) => agentRef(base, node.contributor)),
    editor: contributors.nodes.filter(isEditor).map((node) => personRef(base, node.contributor)),
    contributor: contributors.nodes.filter((node) => !isAuthor(node) && !isEditor(node)).map((node) => agentRef(base, node.contributor)),
  };
}

export function articleDocument(base: LdBase, data: ArticleData): WithContext<NewsArticleLeaf> {
  return drop<WithContext<NewsArticleLeaf>>({
    '@context': context,
    '@type': 'NewsArticle',
    '@id': at(base, data.id),
    identifier: data.id,
    url: data.url,
    headline: data.headline,
    articleBody: data.body,
    inLanguage: data.language,
    datePublished: data.publishedAt ?? undefined,
    publisher: data.publisher ? organizationRef(base, data.publisher) : undefined,
    ...credits(base, data.contributors),
    contentLocation: data.place ? place(base, data.place) : undefined,
    image: data.images.nodes.map((node) => image(base, node)),
    about: data.events.nodes.map((node) => eventRef(base, node.event)),
    mentions: data.mentions.nodes.map((node) => entityRef(base, node.entity)),
    hasPart: data.statements.nodes.map((node) => quotation(base, node)),
  });
}

export function eventDocument(base: LdBase, data: EventData): WithContext<EventLeaf> {
  return drop<WithContext<EventLeaf>>({
    '@context': context,
    '@type': 'Event',
    '@id': at(base, data.id),
    identifier: data.id,
    name: data.name,
    description: data.description ?? undefined,
    startDate: data.startAt ?? undefined,
    endDate: data.endAt ?? undefined,
    location: data.place ? place(base, data.place) : undefined,
    superEvent: data.parent ? eventRef(base, data.parent) : undefined,
    subEvent: data.children.nodes.map((child) =>
      drop<EventLeaf>({ ...eventRef(base, child), startDate: child.startAt ?? undefined, endDate: child.endAt ?? undefined }),
    ),
    attendee: data.participants.nodes.flatMap((node) => (node.participant ? [agentRef(base, node.participant)] : [])),
    image: data.depictedIn.nodes.map((node) => image(base, node.image)),
    subjectOf: [
      ...data.articles.nodes.map((node) => articleRef(base, node.article)),
      ...data.statements.nodes.map((node) => quotation(base, node.statement)),
    ],
  });
}

export function personDocument(base: LdBase, data: PersonData): WithContext<PersonLeaf> {
  return drop<WithContext<PersonLeaf>>({
    '@context': context,
    ...personRef(base, data),
    identifier: [data.id, ...externalIds(data.externalIds).identifier],
    alternateName: data.aliases,
    description: data.description ?? undefined,
    sameAs: externalIds(data.externalIds).sameAs,
    affiliation: data.affiliations.nodes.flatMap((node) => (node.organization ? [organizationRef(base, node.organization)] : [])),
    jobTitle: [...new Set(data.affiliations.nodes.map((node) => node.role))],
  });
}

/** The schema.org type closest to each organization kind. */
const organizationTypes = {
  GOVERNMENT: 'GovernmentOrganization',
  MINISTRY: 'GovernmentOrganization',
  AGENCY: 'GovernmentOrganization',
  MEDIA: 'NewsMediaOrganization',
  NEWS_AGENCY: 'NewsMediaOrganization',
  NGO: 'NGO',
  COMPANY: 'Corporation',
  POLITICAL_PARTY: 'PoliticalParty',
} as const satisfies Record<string, Exclude<Organization, string>['@type']>;

export function organizationDocument(base: LdBase, data: OrganizationData): WithContext<Organization> {
  const type = organizationTypes[data.kind as keyof typeof organizationTypes] ?? 'Organization';
  // Checked as a plain Organization: every property used is Organization's, which its subtypes inherit.
  const properties: Omit<OrganizationLeaf, '@type'> = {
    '@id': at(base, data.id),
    name: data.name,
    identifier: [data.id, ...externalIds(data.externalIds).identifier],
    alternateName: data.aliases,
    description: data.description ?? undefined,
    sameAs: externalIds(data.externalIds).sameAs,
    parentOrganization: data.parent ? organizationRef(base, data.parent) : undefined,
  };
  return drop({ '@context': context, '@type': type, ...properties }) as WithContext<Organization>;
}

export function statementDocument(base: LdBase, data: StatementData): WithContext<QuotationLeaf> {
  return { '@context': context, ...quotation(base, data) };
}

export function placeDocument(base: LdBase, data: PlaceDocumentData): WithContext<PlaceLeaf> {
  return drop<WithContext<PlaceLeaf>>({
    '@context': context,
    ...place(base, data),
    identifier: [data.id, ...externalIds(data.externalIds).identifier],
    alternateName: data.aliases,
    sameAs: externalIds(data.externalIds).sameAs,
  });
}

export function imageDocument(base: LdBase, data: ImageDocumentData): WithContext<ImageObjectLeaf> {
  return drop<WithContext<ImageObjectLeaf>>({
    '@context': context,
    ...image(base, data),
    identifier: data.id,
    isPartOf: data.article ? articleRef(base, data.article) : undefined,
    about: data.depicts.nodes.map((node) => entityRef(base, node.entity)),
  });
}
