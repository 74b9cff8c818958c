// search: one ranked list over articles, statements, people, organizations,
// events, places and images, with highlighted snippets (src/db/search.ts).
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder, pageSize } from '../builder.ts';
import { refKey } from '../db/nodes.ts';
import { type SearchableType, searchableTypes, searchGraph, searchLimits } from '../db/search.ts';
import { Article } from './article.ts';
import { Event } from './event.ts';
import { Image } from './image.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';
import { loadBrandedNodes } from './references.ts';
import { Statement } from './statement.ts';

export const SearchableTypeEnum = builder.enumType('SearchableType', {
  description: 'A kind of thing search can return.',
  values: Object.fromEntries(searchableTypes.map((type) => [type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), { value: type }])) as {
    [K in Uppercase<SearchableType>]: { value: SearchableType };
  },
});

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything search finds: an article, statement, person, organization, event, place or image.',
  types: () => [Article, Statement, Person, Organization, Event, Place, Image],
});

type Hit = { node: object; score: number; snippet: string };

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description: [
        'Full-text and name search over the whole graph, most relevant first.',
        'Words match stemmed ("troops" finds "troop"), "quoted phrases" match in order, -word excludes, OR alternates,',
        'and the last word also matches as a prefix (search-as-you-type) unless the query ends in a space.',
        'Names of people, organizations, places and events also match despite typos, accents and spelling variants',
        '("Zelenskiy", "Shoygu"). A headline or name counts more than aliases, which count more than body text.',
        'Cursors are offsets into the ranking: stable while the data does not change.',
      ].join(' '),
      args: {
        query: t.arg.string({
          required: true,
          description: `What to look for (1–${searchLimits.queryLength} characters).`,
          // Not trimmed: a trailing space tells that the last word is complete.
          validate: z
            .string()
            .max(searchLimits.queryLength)
            .refine((value) => value.trim().length > 0, 'must not be empty'),
        }),
        types: t.arg({ type: [SearchableTypeEnum], description: 'Only these kinds of results (default: all).' }),
      },
      resolve: async (_root, args, ctx) => {
        const types = args.types?.length ? args.types : searchableTypes;
        let totalCount = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: pageSize.default, maxSize: pageSize.max },
          async ({ limit, offset }) => {
            const result = await searchGraph(ctx.db, args.query, types, limit, offset);
            totalCount = result.totalCount;
            const nodes = await loadBrandedNodes(ctx.db, result.hits);
            return result.hits.flatMap((hit): Hit[] => {
              const node = nodes.get(refKey(hit));
              return node ? [{ node, score: hit.score, snippet: hit.snippet }] : [];
            });
          },
        );
        return {
          ...connection,
          totalCount,
          edges: connection.edges.map((edge) => edge && { cursor: edge.cursor, ...edge.node }),
        } as never;
      },
    },
    {
      name: 'SearchConnection',
      description: 'A page of search results, best first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Results in all pages.',
          resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'One search result with its relevance and a highlighted snippet.',
      fields: (e) => ({
        score: e.float({
          description: 'Relevance: full-text rank or name similarity (0–1), whichever is higher; comparable within one search.',
          resolve: (edge) => (edge as unknown as Hit).score,
        }),
        snippet: e.string({
          description:
            'Where it matched, with matched words between <mark> and </mark>; fragments are joined by " … ". A name matched by similarity is marked whole. The text is HTML-escaped (`&`, `<`, `>`, `"` and `\'` as character references) and the marks are the only tags, so it can be shown as HTML or split on the marks and shown as text.',
          resolve: (edge) => (edge as unknown as Hit).snippet,
        }),
      }),
    },
  ),
}));
