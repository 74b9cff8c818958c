// Name folding for entity resolution: two spellings match when their folded
// forms share a key. Shared by ingestion, the mutations and the name filters.

/** Lower case, no diacritics, no punctuation, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds common romanization variants of Slavic names onto one spelling:
 * Sergey/Sergei, Zelenskyy/Zelenskiy/Zelensky, Shoygu/Shoigu, Nikolay/Nikolai.
 * Deliberately small: a wrong merge is worse than a missed one.
 */
export function foldTransliteration(normalized: string): string {
  return normalized
    .split(' ')
    .map((word) =>
      word
        .replace(/(?:iy|yy|ii|yi)$/, 'y')
        .replace(/([aeou])y(?=[^aeiouy]|$)/g, '$1i')
        .replace(/ck/g, 'k'),
    )
    .join(' ');
}

/** Every key a name and its aliases can be matched by, deduplicated. */
export function nameKeys(names: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const normalized = normalizeName(name);
    if (!normalized) continue;
    keys.add(normalized);
    keys.add(foldTransliteration(normalized));
  }
  return [...keys];
}

/** Aliases with the canonical name and case-insensitive duplicates removed, first spelling kept. */
export function mergeAliases(name: string, ...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const result: string[] = [];
  for (const alias of lists.flat()) {
    const trimmed = alias.trim();
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

/** The name columns of a person, organization or place, with the folded keys derived from them. */
export function nameColumns(name: string, aliases: readonly string[] = []) {
  const trimmed = name.trim();
  const cleanAliases = mergeAliases(trimmed, aliases);
  return { name: trimmed, aliases: cleanAliases, normalizedNames: nameKeys([trimmed, ...cleanAliases]) };
}
