// Case-insensitive text filters that match the user's text literally.
// Prisma sends `contains` and insensitive `equals` as ILIKE patterns without
// escaping them (prisma/prisma#19506): a `%` or `_` in the text would act as
// a wildcard, and a trailing backslash is a database error (22025).

/** The text as an ILIKE pattern that matches only itself; backslash is PostgreSQL's default LIKE escape. */
const literalPattern = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** Prisma string filter: the column contains `text`, any case. */
export const containsText = (text: string) => ({ contains: literalPattern(text), mode: 'insensitive' as const });

/** Prisma string filter: the column is `text`, any case. */
export const equalsText = (text: string) => ({ equals: literalPattern(text), mode: 'insensitive' as const });
