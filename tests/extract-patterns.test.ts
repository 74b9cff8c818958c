// The extractor's rules, one family at a time, on small texts written for
// these tests (not the evaluation corpus).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.ts';
import type { Extraction } from '../src/extract/types.ts';

const nameOf = (x: Extraction, key: string | null) => (key ? (x.entities.find((e) => e.key === key)?.name ?? key) : null);
const said = (x: Extraction) =>
  x.statements.map((s) => ({
    kind: s.kind,
    text: s.text,
    speaker: nameOf(x, s.speaker),
    verb: s.verb,
    venue: s.venue,
    addressee: nameOf(x, s.addressee),
  }));
const find = (x: Extraction, text: string) => {
  const found = said(x).find((s) => s.text === text);
  if (!found) throw new Error(`no statement "${text}" in ${JSON.stringify(said(x), null, 1)}`);
  return found;
};

describe('page furniture, bylines and contributors', () => {
  const text = `By Jane Porter and Omar Haddad

The city council voted on Monday to close the old bridge.

Share this article

Sign up for our daily newsletter

Reporting by Lena Fischer; Editing by Mark Holt

Related Stories

Another story about something else`;
  const x = extractArticle(text);

  it('keeps only the prose as body', () => {
    expect(x.article.body).toBe('The city council voted on Monday to close the old bridge.');
  });

  it('drops share and newsletter prompts and everything after a teaser heading', () => {
    const dropped = x.dropped.map((d) => [text.slice(d.start, d.end), d.reason]);
    expect(dropped).toEqual(
      expect.arrayContaining([
        ['Share this article', 'share prompt'],
        ['Sign up for our daily newsletter', 'newsletter prompt'],
        ['Related Stories', 'teasers'],
        ['Another story about something else', 'after the end of the article'],
      ]),
    );
  });

  it('turns bylines and credit lines into contributors with roles', () => {
    expect(x.contributors.map((c) => `${nameOf(x, c.entity)}:${c.role}`)).toEqual([
      'Jane Porter:AUTHOR',
      'Omar Haddad:AUTHOR',
      'Lena Fischer:AUTHOR',
      'Mark Holt:EDITOR',
    ]);
  });
});

describe('image captions and credit lines', () => {
  const images = (text: string) => {
    const x = extractArticle(`The storm hit the coast overnight, officials said.\n\n${text}\n\nRepairs began on Friday.`);
    return x.images.map((image) => ({
      caption: image.caption,
      creditLine: image.creditLine,
      photographer: nameOf(x, image.photographer),
      agencies: image.agencies.map((a) => nameOf(x, a)),
    }));
  };

  it('reads "Name / Agency" as photographer and agency', () => {
    expect(images('Workers clear debris in Galveston, Texas, on Thursday. Maria Lopez / Reuters')).toEqual([
      {
        caption: 'Workers clear debris in Galveston, Texas, on Thursday.',
        creditLine: 'Maria Lopez / Reuters',
        photographer: 'Maria Lopez',
        agencies: ['Reuters'],
      },
    ]);
  });

  it('reads "Agency – Getty Images" as agencies only', () => {
    expect(images('A satellite image shows the flooded port. Planet Labs / AFP – Getty Images')[0]).toMatchObject({
      photographer: null,
      agencies: ['Planet Labs', 'AFP', 'Getty Images'],
    });
  });

  it('reads "Photo: …" and "(AP Photo/Name)" credits', () => {
    expect(images('Residents wait for buses near the pier. Photo: Tom Becker/EPA')[0]).toMatchObject({
      creditLine: 'Photo: Tom Becker/EPA',
      photographer: 'Tom Becker',
      agencies: ['EPA'],
    });
    expect(images('A man walks past a fallen tree. (AP Photo/Sara Kim)')[0]).toMatchObject({ photographer: 'Sara Kim', agencies: ['AP'] });
  });

  it('keeps captions out of the body and records what they show', () => {
    const x = extractArticle(
      'The storm hit the coast overnight.\n\nMayor Ellen Park speaks in Galveston on Friday. Maria Lopez / Reuters\n\nRepairs began.',
    );
    expect(x.article.body).toBe('The storm hit the coast overnight.\n\nRepairs began.');
    expect(x.images[0]?.depicts.map((k) => nameOf(x, k))).toEqual(expect.arrayContaining(['Ellen Park', 'Galveston']));
  });
});

describe('direct quotes', () => {
  it('finds curly and straight quotes with the words between the marks', () => {
    const x = extractArticle('“The bridge is unsafe,” said Tom Reed, the city engineer.\n\n"We will rebuild it," Reed added.');
    expect(find(x, 'The bridge is unsafe,')).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Tom Reed', verb: 'said' });
    expect(find(x, 'We will rebuild it,')).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Tom Reed', verb: 'added' });
  });

  it('splits a quote interrupted by its attribution into two statements by the same speaker', () => {
    const x = extractArticle('“We are ready,” the minister, Anna Berg, said. “But we need time.”');
    expect(said(x).filter((s) => s.kind === 'DIRECT_QUOTE')).toEqual([
      expect.objectContaining({ text: 'We are ready,', speaker: 'Anna Berg' }),
      expect.objectContaining({ text: 'But we need time.', speaker: 'Anna Berg' }),
    ]);
  });

  it('finds partial quotes inside a sentence', () => {
    const x = extractArticle('Health Minister Paul Grant told reporters that the plan was “a step in the right direction” for patients.');
    expect(find(x, 'a step in the right direction')).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Paul Grant' });
  });

  it('follows a quote over several paragraphs to its attribution', () => {
    const x = extractArticle(
      '“The first year was hard. Nobody believed in us.\n\n“Then the orders came in,” said Maria Santos, the founder.',
    );
    expect(find(x, 'The first year was hard. Nobody believed in us.')).toMatchObject({ speaker: 'Maria Santos' });
    expect(find(x, 'Then the orders came in,')).toMatchObject({ speaker: 'Maria Santos' });
  });

  it('keeps nested single quotes inside the quote', () => {
    const x = extractArticle('“My son told me, ‘Dad, you have to leave,’ and he was right,” said Peter Olsen.');
    expect(find(x, 'My son told me, ‘Dad, you have to leave,’ and he was right,')).toMatchObject({ speaker: 'Peter Olsen' });
  });

  it('reads British single quotes and leaves apostrophes alone', () => {
    const x = extractArticle("'We didn't expect this,' Mr Jones said. 'It's the worst flood in years.'");
    expect(said(x).filter((s) => s.kind === 'DIRECT_QUOTE')).toEqual([
      expect.objectContaining({ text: "We didn't expect this,", speaker: 'Jones' }),
      expect.objectContaining({ text: "It's the worst flood in years.", speaker: 'Jones' }),
    ]);
  });

  it('ignores short scare quotes without a speaker', () => {
    const x = extractArticle('Forecasters warned of a “bomb cyclone” moving up the coast.');
    expect(x.statements.filter((s) => s.kind === 'DIRECT_QUOTE')).toEqual([]);
  });
});

describe('speaker attribution', () => {
  it('reads "X said:" before a quote and "according to X"', () => {
    const x = extractArticle(
      'Police chief Dana White said: “The suspect is in custody.” The man was arrested at home, according to Dana White.',
    );
    expect(find(x, 'The suspect is in custody.')).toMatchObject({ speaker: 'Dana White' });
    expect(find(x, 'The man was arrested at home')).toMatchObject({ kind: 'INDIRECT', speaker: 'Dana White', verb: 'according to' });
  });

  it('peels titles and ranks off the name and keeps them as roles', () => {
    const x = extractArticle('“The drills are over,” Maj. Gen. Ivan Petrov said in a video message.');
    expect(find(x, 'The drills are over,')).toMatchObject({ speaker: 'Ivan Petrov', venue: 'in a video message' });
    expect(x.article.people?.find((p) => p.name === 'Ivan Petrov')?.affiliations?.map((a) => a.role)).toContain('Maj. Gen.');
  });

  it('takes the person after a description following the verb: "said Acme spokesman John Doe"', () => {
    const x = extractArticle(
      '“We will not back down,” said Acme spokesman John Doe.\n\n“It was a hard call,” said Dr. Ana Lima, a pollster working for Brightline Research.',
    );
    expect(find(x, 'We will not back down,')).toMatchObject({ speaker: 'John Doe' });
    expect(find(x, 'It was a hard call,')).toMatchObject({ speaker: 'Ana Lima' });
  });

  it('reads single and hyphenated names and quote-only verbs after a quote', () => {
    const x = extractArticle(
      '“We are not done yet,” Francis said.\n\n“You have called them names,” Kelly charged.\n\n“It is a fine tax,” said Douglas Holtz-Eakin, a former adviser.\n\n“We are anxious,” said another forum user, Johanna Bayer.',
    );
    expect(find(x, 'We are not done yet,')).toMatchObject({ speaker: 'Francis' });
    expect(find(x, 'You have called them names,')).toMatchObject({ speaker: 'Kelly', verb: 'charged' });
    expect(find(x, 'It is a fine tax,')).toMatchObject({ speaker: 'Douglas Holtz-Eakin' });
    expect(find(x, 'We are anxious,')).toMatchObject({ speaker: 'Johanna Bayer' });
  });

  it('does not look for the attribution of a quote past its sentence', () => {
    const x = extractArticle('Lee Parsons said he would “take a look” at the plan. Tom Cruz said the plan was weak.');
    expect(find(x, 'take a look')).toMatchObject({ speaker: 'Lee Parsons' });
  });

  it('reads "X continued:" closing a paragraph as the attribution of the quote opening the next', () => {
    const x = extractArticle('Jane Roe continued:\n\n“This is the final word on the subject from me.”');
    expect(find(x, 'This is the final word on the subject from me.')).toMatchObject({ speaker: 'Jane Roe' });
  });

  it('gives a paragraph that is only a quotation to the speaker of the paragraph before', () => {
    const x = extractArticle('Ana Lima said the plan would fail.\n\n“It is a waste of money and of everyone’s time.”');
    expect(find(x, 'It is a waste of money and of everyone’s time.')).toMatchObject({ speaker: 'Ana Lima' });
  });

  it('resolves "he" and "she" to the right earlier speaker', () => {
    const x = extractArticle(
      '“Prices will rise,” said Mr. John Carter, a trader.\n\n“We disagree,” said Mrs. Ruth Adams, an economist.\n\n“Demand is falling,” she said.\n\n“Supply is short,” he said.',
    );
    expect(find(x, 'Demand is falling,')).toMatchObject({ speaker: 'Ruth Adams' });
    expect(find(x, 'Supply is short,')).toMatchObject({ speaker: 'John Carter' });
  });

  it('resolves a description to the person who holds that role', () => {
    const x = extractArticle(
      'Karl Weber, spokesman for the Interior Ministry, said the border would stay open.\n\nLater, Anna Roth said talks would resume.\n\n“There is no change,” the spokesman said.',
    );
    expect(find(x, 'There is no change,')).toMatchObject({ speaker: 'Karl Weber' });
  });

  it('takes the name from an appositive after a description', () => {
    const x = extractArticle('“We will respond,” the country’s prime minister, Lars Berg, said at a news conference.');
    expect(find(x, 'We will respond,')).toMatchObject({ speaker: 'Lars Berg', venue: 'at a news conference' });
  });

  it('treats countries, capitals and seats of power as organization speakers', () => {
    const x = extractArticle(
      'Kyiv said the talks had failed. The Kremlin said the offer stood. Washington has warned that sanctions could follow. Ukraine is a large country.',
    );
    expect(find(x, 'the talks had failed')).toMatchObject({ speaker: 'Government of Ukraine' });
    expect(find(x, 'the offer stood')).toMatchObject({ speaker: 'Kremlin' });
    expect(find(x, 'sanctions could follow')).toMatchObject({ speaker: 'Government of the United States', verb: 'warned' });
    expect(x.entities.find((e) => e.name === 'Government of Ukraine')?.type).toBe('ORGANIZATION');
  });
});

describe('reported speech', () => {
  const x = extractArticle(
    'Energy Minister Sofia Lind told parliament on Tuesday that prices would fall. Acme Corp. warned that shipments could be delayed, and the company denied it had broken the rules. Lind also indicated that a deal was close. Retailers have feared that demand might collapse.',
  );

  it('reads an attribution inside its clause: "a provision, Corker said, that is meant to …"', () => {
    const x = extractArticle('Ann Corker spoke first. The bill is a provision, Corker said, that is meant to help farmers.');
    expect(find(x, 'The bill is a provision, Corker said, that is meant to help farmers')).toMatchObject({
      kind: 'INDIRECT',
      speaker: 'Ann Corker',
    });
  });

  it('reads "told Y that" with venue and addressee', () => {
    expect(find(x, 'prices would fall')).toMatchObject({ kind: 'INDIRECT', speaker: 'Sofia Lind', verb: 'told', venue: 'told parliament' });
  });

  it('reads denials, warnings and indications with their kinds', () => {
    expect(find(x, 'it had broken the rules')).toMatchObject({ kind: 'DENIAL', speaker: 'Acme Corp.', verb: 'denied' });
    expect(find(x, 'shipments could be delayed')).toMatchObject({ kind: 'INDIRECT', speaker: 'Acme Corp.', verb: 'warned' });
    expect(find(x, 'a deal was close')).toMatchObject({ kind: 'INDIRECT', speaker: 'Sofia Lind', verb: 'indicated' });
  });

  it('reads a clause attributed after it: ", officials said" and ", according to a study"', () => {
    const y = extractArticle(
      'The river rose two metres overnight, officials said. Ice cover fell by a third, according to a study published on Monday. Sales doubled in March, said Carla Diaz, the chief executive.',
    );
    expect(find(y, 'The river rose two metres overnight')).toMatchObject({ kind: 'INDIRECT', speaker: null, verb: 'said' });
    expect(find(y, 'Ice cover fell by a third')).toMatchObject({ speaker: null, verb: 'according to' });
    expect(find(y, 'Sales doubled in March')).toMatchObject({ speaker: 'Carla Diaz', verb: 'said' });
  });

  it('reads "told NBC News" as addressee and venue', () => {
    const y = extractArticle('Ali Hassan, the mayor of the town, told NBC News that the water supply was safe.');
    expect(find(y, 'the water supply was safe')).toMatchObject({ speaker: 'Ali Hassan', addressee: 'NBC News', venue: 'told NBC News' });
  });

  it('keeps an attitude held by unnamed people as an unattributed paraphrase', () => {
    expect(find(x, 'demand might collapse')).toMatchObject({ kind: 'PARAPHRASE', speaker: null, verb: 'feared' });
  });
});

describe('reported speech: shapes found on real news', () => {
  it('reads "X is likely to say" and "X declined to say" for the subject of the predicate', () => {
    const x = extractArticle('Clara Voss is likely to stress that the bank would pause its rate increases.');
    expect(find(x, 'the bank would pause its rate increases')).toMatchObject({ speaker: 'Clara Voss', verb: 'stress' });
  });

  it('does not read "too early to tell" as speech', () => {
    const x = extractArticle('Officials in Kyiv said it was too early to tell whether this signaled a retreat.');
    expect(x.statements.some((s) => s.text.startsWith('whether'))).toBe(false);
  });

  it('keeps a clause after "said" whose long subject resolves to no one, unattributed', () => {
    const x = extractArticle(
      'Numerous farmers interviewed at markets across the valley this week said they had no problem with the new tariff.',
    );
    expect(find(x, 'they had no problem with the new tariff')).toMatchObject({ kind: 'INDIRECT', speaker: null, verb: 'said' });
  });

  it('does not read the name after a quotation\'s "said" as a reported clause', () => {
    const x = extractArticle('“The numbers do not add up,” said Ivo Marsh, who supports the plan but is not working for it.');
    expect(x.statements.map((s) => s.kind)).toEqual(['DIRECT_QUOTE']);
  });

  it('reads a clause opening on a short quotation whose words go on after it', () => {
    const x = extractArticle('Ivo Marsh said “it makes me angry” every time he drives past the plant.');
    expect(find(x, '“it makes me angry” every time he drives past the plant')).toMatchObject({ speaker: 'Ivo Marsh' });
  });

  it('reads "But according to X, …" and "…: According to X, …" as the clause after the attribution', () => {
    const x = extractArticle('But according to reports in the local press, the mayor could not win over the council.');
    expect(find(x, 'the mayor could not win over the council')).toMatchObject({ verb: 'according to' });
    const y = extractArticle('The shift has not gone unnoticed: According to recent polls, the senator holds only 14 percent.');
    expect(find(y, 'the senator holds only 14 percent')).toMatchObject({ verb: 'according to' });
  });

  it('finds the "that" after a long venue or addressee', () => {
    const x = extractArticle(
      'Rep. Dana Kell noted in a guest column in Saturday’s Daily Ledger that anger over the economy is fueling the campaign.',
    );
    expect(find(x, 'anger over the economy is fueling the campaign')).toMatchObject({ speaker: 'Dana Kell', verb: 'noted' });
  });

  it('reads a noun phrase as what was announced, recalled or denied', () => {
    const x = extractArticle(
      'The Harbor Singers announced a benefit concert for the flood victims. Mayor Ruth Ode recalled her father’s generosity to the town. Lena Marsh said nothing about the budget.',
    );
    expect(find(x, 'a benefit concert for the flood victims')).toMatchObject({ verb: 'announced' });
    expect(find(x, 'her father’s generosity to the town')).toMatchObject({ speaker: 'Ruth Ode', verb: 'recalled' });
    expect(find(x, 'nothing about the budget')).toMatchObject({ speaker: 'Lena Marsh', verb: 'said' });
  });

  it('does not read the object of "said" or "told" as content', () => {
    const x = extractArticle('Lena Park told the committee. Omar Diaz said the word twice.');
    expect(x.statements).toEqual([]);
  });

  it('reads a speech verb the tagger takes for a plural noun ("claims", "notes") after a name', () => {
    const x = extractArticle('The Valley Courier claims the council’s refusal to act is itself a form of neglect.');
    expect(find(x, 'the council’s refusal to act is itself a form of neglect')).toMatchObject({ verb: 'claims' });
  });
});

describe('participles and honorifics', () => {
  it('reads a participle modifying the noun before it as that noun speaking', () => {
    const x = extractArticle(
      'Senator Ivo Marsh told reporters on Friday he would vote no, with Governor Ana Ruiz telling reporters the bill was dead.',
    );
    expect(find(x, 'the bill was dead')).toMatchObject({ speaker: 'Ana Ruiz', verb: 'telling' });
    const y = extractArticle('The poll left 62 percent of voters saying the economy is growing worse.');
    expect(find(y, 'the economy is growing worse')).toMatchObject({ verb: 'saying' });
  });

  it('gives "a statement saying …" to whoever issued the statement', () => {
    const x = extractArticle('On Saturday, Ivo Marsh issued a statement saying that the judge was a remarkable person.');
    expect(find(x, 'the judge was a remarkable person')).toMatchObject({ speaker: 'Ivo Marsh', verb: 'saying' });
  });

  it('reads a participle after "and" or a dash for the sentence\'s speaker', () => {
    const x = extractArticle('Mayor Tom Reyes praised the crews and vowing to rebuild the bridge by spring.');
    expect(find(x, 'to rebuild the bridge by spring')).toMatchObject({ speaker: 'Tom Reyes' });
    const y = extractArticle('Dana Kell changed her pick on the spot – saying she now backs the visiting team.');
    expect(find(y, 'she now backs the visiting team')).toMatchObject({ speaker: 'Dana Kell' });
  });

  it('reads "is telling X that …" as speech, but not "it is telling that …"', () => {
    const x = extractArticle('Ivo Marsh is telling a packed crowd in Windham that he has few memories of his first run.');
    expect(find(x, 'he has few memories of his first run')).toMatchObject({ speaker: 'Ivo Marsh' });
    const y = extractArticle('Ivo Marsh lost the vote. It is telling that nobody came to the count.');
    expect(y.statements).toEqual([]);
  });

  it('takes a surname after Mr. or Ms. for a person, with the gender the honorific gives', () => {
    const x = extractArticle('Ms. Acosta said the fund was empty. Mr. Okafor, 69, said he had been flooded with angry email.');
    expect(find(x, 'the fund was empty')).toMatchObject({ speaker: 'Acosta' });
    expect(x.entities.find((e) => e.name === 'Acosta')?.type).toBe('PERSON');
    expect(find(x, 'he had been flooded with angry email')).toMatchObject({ speaker: 'Okafor' });
  });

  it('leaves a sentence-opening adverb out of the name after it', () => {
    const x = extractArticle('Certainly Ivo Marsh said he would win. Kelly Ayotte said she would too.');
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ivo Marsh', 'Kelly Ayotte']));
  });
});

describe('reported clauses: where they open and end', () => {
  it('finds the "that" after "told" and an addressee holding a possessive or a comma', () => {
    const x = extractArticle('Ivo Marsh told The Ledger’s editorial board in Salem, Oregon, on Monday that he backs the plan.');
    expect(find(x, 'he backs the plan')).toMatchObject({ speaker: 'Ivo Marsh', verb: 'told' });
  });

  it('reads "said so", "said yes" and "said no" followed by more words', () => {
    const x = extractArticle('Ivo Marsh said so in December. Dana Kell said no to the war.');
    expect(find(x, 'so')).toMatchObject({ speaker: 'Ivo Marsh' });
    expect(find(x, 'no')).toMatchObject({ speaker: 'Dana Kell' });
  });

  it('reads the verb after a speech verb in a relative clause as what was said', () => {
    const x = extractArticle('Ivo Marsh finished third, in a race that he said defied every expectation.');
    expect(find(x, 'defied every expectation')).toMatchObject({ speaker: 'Ivo Marsh', verb: 'said' });
    const y = extractArticle('The troops left in 2011, a decision they say allowed the militias to grow.');
    expect(find(y, 'allowed the militias to grow')).toMatchObject({ verb: 'say' });
  });

  it('runs a clause on through "because", "although" and an appositive relative clause', () => {
    const x = extractArticle(
      'Dana Kell said the vote was lost, because the rain kept voters home. Ivo Marsh acknowledged that Kell, who did win the county, would face a recount.',
    );
    expect(find(x, 'the vote was lost, because the rain kept voters home')).toMatchObject({ speaker: 'Dana Kell' });
    expect(find(x, 'Kell, who did win the county, would face a recount')).toMatchObject({ speaker: 'Ivo Marsh' });
    // A subordinate clause with a speech act of its own is another statement.
    const y = extractArticle('Acme Corp. said its trucks were back on the road, although Ivo Marsh said it was too early to say.');
    expect(find(y, 'its trucks were back on the road')).toMatchObject({ speaker: 'Acme Corp.' });
  });

  it('runs a clause on over an aside between dashes, and ends it at a single dash', () => {
    const x = extractArticle(
      'Dana Kell said the levy — a tax her party once opposed — would pass. Ivo Marsh said the dam would hold — for now, at least.',
    );
    expect(find(x, 'the levy — a tax her party once opposed — would pass')).toMatchObject({ speaker: 'Dana Kell' });
    expect(find(x, 'the dam would hold')).toMatchObject({ speaker: 'Ivo Marsh' });
  });

  it('runs a clause on past a comma before its second verb, and past a semicolon, to the end of the sentence', () => {
    const x = extractArticle(
      'A lawyer for Acme Corp. said the audit had nothing to do with the merger, had begun after the sale and been closed in May. Dana Kell said the trouble was not the fee; the trouble was the deadline.',
    );
    expect(find(x, 'the audit had nothing to do with the merger, had begun after the sale and been closed in May')).toMatchObject({
      verb: 'said',
    });
    expect(find(x, 'the trouble was not the fee; the trouble was the deadline')).toMatchObject({ speaker: 'Dana Kell' });
    // The verb after a relative clause's comma is its host's, not more of what was said.
    const y = extractArticle('Ivo Marsh, who said the mayor misled him in 2019, described the meeting on the radio.');
    expect(find(y, 'the mayor misled him in 2019')).toMatchObject({ verb: 'said' });
  });

  it('reads a day with a possessive after the verb as the clause’s first word', () => {
    const x = extractArticle('Dana Kell, a nurse from Salem, said Thursday’s vote had changed her mind.');
    expect(find(x, 'Thursday’s vote had changed her mind')).toMatchObject({ speaker: 'Dana Kell', verb: 'said' });
  });

  it('reads "say that would …": the demonstrative opens the clause', () => {
    const x = extractArticle('Most farmers in the valley say that would ruin the harvest.');
    expect(find(x, 'that would ruin the harvest')).toMatchObject({ verb: 'say' });
  });
});

describe('a place-like head before a media word', () => {
  it('reads "the North Valley Journal reported" as an organization speaking', () => {
    const x = extractArticle('The mayor sold the land to his cousin, the North Valley Journal reported.');
    expect(find(x, 'The mayor sold the land to his cousin')).toMatchObject({ speaker: 'North Valley Journal', verb: 'reported' });
  });
});

describe('speech cues the tagger reads as something else', () => {
  it('reads a present-tense speech verb tagged as a noun after its subject', () => {
    const x = extractArticle(
      'Legal observers note that the board never voted on the plan. The lawsuit claims the landlord ignored the repairs.',
    );
    expect(find(x, 'the board never voted on the plan')).toMatchObject({ verb: 'note' });
    expect(find(x, 'the landlord ignored the repairs')).toMatchObject({ verb: 'claims' });
    // After a possessive or a determiner the word is a noun.
    const y = extractArticle('Dana Kell repeated her claim that the count was rigged. Ivo Marsh dismissed the claims by the union.');
    expect(y.statements.map((s) => s.verb)).not.toContain('claim');
    expect(y.statements.map((s) => s.verb)).not.toContain('claims');
  });

  it('reads a speech participle that opens its sentence or follows "since", "from" or "in addition to"', () => {
    const x = extractArticle(
      'Noting that the bridge had been closed twice, Dana Kell asked for a new survey. In addition to stating that the levy was legal, the court ordered a refund.',
    );
    expect(find(x, 'the bridge had been closed twice')).toMatchObject({ verb: 'Noting' });
    expect(find(x, 'the levy was legal')).toMatchObject({ verb: 'stating' });
  });
});

describe('relations', () => {
  it('links a statement made in response to an earlier one', () => {
    const x = extractArticle(
      'The Health Ministry said hospitals would close at night. Responding to the ministry, union leader Jo Kaur said the plan would cost lives.',
    );
    const byText = (text: string) => x.article.statements?.find((s) => s.text === text)?.key;
    expect(x.article.relations).toEqual([
      { from: byText('the plan would cost lives'), to: byText('hospitals would close at night'), kind: 'RESPONDS_TO' },
    ]);
  });
});

describe('entities', () => {
  const x = extractArticle(
    'Maria Costa, director of the World Food Programme, said aid had reached Gaza. Costa spoke after meeting Defense Secretary Tom Hale in Cairo.',
  );

  it('recognizes people, organizations and places, and merges a surname with the full name', () => {
    const byType = (type: string) => x.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(byType('PERSON')).toEqual(expect.arrayContaining(['Maria Costa', 'Tom Hale']));
    expect(byType('ORGANIZATION')).toContain('World Food Programme');
    expect(byType('PLACE')).toEqual(expect.arrayContaining(['Gaza', 'Cairo']));
    expect(x.entities.find((e) => e.name === 'Maria Costa')?.mentions).toHaveLength(2);
  });

  it('reads affiliations from appositives and titles', () => {
    const costa = x.article.people?.find((p) => p.name === 'Maria Costa');
    expect(costa?.affiliations).toContainEqual({ role: 'director of the World Food Programme', organization: 'org:world-food-programme' });
    expect(x.article.people?.find((p) => p.name === 'Tom Hale')?.affiliations?.map((a) => a.role)).toContain('Defense Secretary');
  });

  it('is deterministic', () => {
    const text = 'Maria Costa said aid had reached Gaza.';
    expect(extractArticle(text)).toEqual(extractArticle(text));
  });
});

describe('input that is no prose', () => {
  it('reads around a run of 70,000 characters without a space, keeping offsets into the text', () => {
    const run = 'x'.repeat(70_000);
    const text = `The minister said the talks would resume. ${run} “We are ready,” said Anna Korov.`;
    const x = extractArticle(text);
    expect(find(x, 'We are ready,')).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Anna Korov' });
    const quote = x.statements.find((s) => s.text === 'We are ready,');
    expect(text.slice(quote?.span.start, quote?.span.end)).toBe('We are ready,');
    expect(x.statements.some((s) => s.text.includes('xxx'))).toBe(false);
  });

  it('finds every quote of a page of back-to-back quotations', () => {
    // 2,000 quotes in one paragraph: each is looked up against the others, so this also bounds that work.
    const x = extractArticle(`Anna Korov said: ${'“We will stay the course.” '.repeat(2000)}`);
    expect(x.statements.filter((s) => s.kind === 'DIRECT_QUOTE')).toHaveLength(2000);
  });
});
