// Raw article texts for `npm run bench:ingest`: wire-style reports of about
// 15 statements each (direct quotes, reported speech with and without "that",
// content-first attributions, "according to"), by speakers drawn Zipf from a
// pool, so that a few people are in most articles and most in one or two, as
// in a real archive. Deterministic: the same seed gives the same texts.
import { Random } from '../corpus/random.ts';

const firstNames = [
  'Anna',
  'Dmytro',
  'Olena',
  'Maria',
  'Jens',
  'Ursula',
  'Emmanuel',
  'Olaf',
  'Kaja',
  'Petr',
  'Yulia',
  'Nikolai',
  'Oksana',
  'Taras',
  'Viktor',
  'Lloyd',
  'Karine',
  'Linda',
  'Josep',
  'Hanna',
  'Iryna',
  'Denys',
  'Ruslan',
  'Svitlana',
  'Tomas',
  'Greta',
  'Miguel',
  'Amara',
  'Kenji',
  'Priya',
  'Samuel',
  'Ingrid',
  'Rafael',
  'Leila',
  'Marco',
  'Nadia',
  'Owen',
  'Sofia',
  'Tariq',
];
const surnames = [
  'Kovalenko',
  'Lindqvist',
  'Moreau',
  'Brandt',
  'Novak',
  'Horvath',
  'Castillo',
  'Okafor',
  'Tanaka',
  'Sharma',
  'Whitfield',
  'Petrov',
  'Marchetti',
  'Haddad',
  'Jensen',
  'Dubois',
  'Schneider',
  'Romero',
  'Nakamura',
  'Adeyemi',
  'Fischer',
  'Kowalski',
  'Albrecht',
  'Santos',
  'Varga',
  'Eriksen',
  'Mbeki',
  'Rossi',
  'Lambert',
  'Hoffmann',
  'Ivanova',
  'Bauer',
  'Costa',
  'Demir',
];
const titles = ['Foreign Minister', 'Mayor', 'Senator', 'Defence Minister', 'Governor', 'Ambassador', 'Chief Executive', 'Judge'];
const organizations = [
  'the Ministry of Finance',
  'the City Council',
  'the United Nations',
  'the Central Bank',
  'the Electoral Commission',
  'the Health Department',
  'the Transport Authority',
  'the Grid Operator',
  'the Port Authority',
  'the Teachers Union',
];
const topics = [
  ['the budget', 'spending', 'taxes'],
  ['the bridge', 'the road', 'the tunnel'],
  ['the talks', 'the ceasefire', 'the agreement'],
  ['the strike', 'wages', 'the contract'],
  ['the election', 'the vote', 'the count'],
  ['the outbreak', 'the vaccine', 'the hospitals'],
  ['the harbour', 'shipping', 'the exports'],
  ['the power cuts', 'the grid', 'fuel prices'],
];
const places = ['Lviv', 'Gdansk', 'Porto', 'Tampere', 'Brno', 'Split', 'Cluj', 'Aarhus', 'Ghent', 'Malmo', 'Bilbao', 'Graz'];
const verbsPast = ['rise', 'fall', 'recover', 'stall', 'improve', 'double', 'hold', 'slow'];
const reasons = ['after a long winter', 'before the summer', 'despite the protests', 'because of the weather', 'within weeks'];

export type BenchArticle = { url: string; headline: string; publishedAt: string; text: string };

type Speaker = { first: string; last: string; title: string; org: string };

/** `count` articles from `seed`; article `i` is the same whatever `count` is. */
export function benchArticles(count: number, seed = 1): BenchArticle[] {
  const pool = new Random(seed);
  const speakers: Speaker[] = Array.from({ length: 4_000 }, () => ({
    first: pool.pick(firstNames),
    last: pool.pick(surnames),
    title: pool.pick(titles),
    org: pool.pick(organizations),
  }));
  return Array.from({ length: count }, (_, i) => article(new Random(seed * 1_000_003 + i), speakers, i));
}

function article(random: Random, speakers: readonly Speaker[], index: number): BenchArticle {
  const topic = random.pick(topics);
  const place = random.pick(places);
  const cast = Array.from({ length: random.int(3, 5) }, () => speakers[random.zipf(speakers.length)] as Speaker);
  const claim = () => `${random.pick(topic)} would ${random.pick(verbsPast)} by ${random.int(2, 40)} percent ${random.pick(reasons)}`;
  const quote = () =>
    `We expect ${random.pick(topic)} to ${random.pick(verbsPast)} by ${random.int(2, 40)} percent, and we will say so in ${place}`;
  const paragraphs: string[] = [];
  const [lead] = cast as [Speaker];
  paragraphs.push(
    `${place.toUpperCase()} — ${lead.title} ${lead.first} ${lead.last} said on Tuesday that ${claim()}, in a statement released by ${lead.org}.`,
  );
  const introduced = new Set([lead]);
  for (let n = 1; n < 15; n++) {
    const who = cast[n % cast.length] as Speaker;
    const name = `${who.first} ${who.last}`;
    if (!introduced.has(who)) {
      introduced.add(who);
      paragraphs.push(`"${quote()}," said ${who.title} ${name} of ${who.org}.`);
      continue;
    }
    const shape = random.int(0, 5);
    if (shape === 0) paragraphs.push(`"${quote()}," said ${name}, a spokesperson for ${who.org}.`);
    else if (shape === 1) paragraphs.push(`${who.last} told reporters in ${place} that ${claim()}.`);
    else if (shape === 2) paragraphs.push(`"${quote()}," ${who.last} said.`);
    else if (shape === 3) paragraphs.push(`The figures show that ${claim()}, ${name} said.`);
    else if (shape === 4) paragraphs.push(`${name} warned that ${claim()}.`);
    else paragraphs.push(`According to ${who.org}, ${claim()}.`);
  }
  const day = 1 + (index % 28);
  return {
    url: `https://bench.example/${index}`,
    headline: `${lead.last} on ${topic[0]} in ${place} (${index})`,
    publishedAt: `2026-0${1 + (index % 9)}-${String(day).padStart(2, '0')}T09:00:00Z`,
    text: paragraphs.join('\n\n'),
  };
}
