// The seed article, modelled completely: NBC News, 15 Feb 2022, on Russia's
// announced partial pull-back of troops near Ukraine. This is the sample data
// `npm start` serves and the tests assert against. The body is read from
// corpus/seed-article.txt; statement offsets are located in it, never typed.
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.ts';
import type { IngestArticleRaw } from './input.ts';

export const seedArticleUrl = 'https://www.nbcnews.com/news/world/russia-says-some-troops-returning-bases-ukraine-crisis-rcna16136';

const corpusFile = projectPath('corpus', 'seed-article.txt');

/** Ends the article prose; it and everything after it are not body text. */
const contributorLine = 'Tatyana Chistikova and Reuters contributed.';

const MONDAY = '2022-02-14';
const TUESDAY = '2022-02-15';

// Caption paragraphs as printed: caption, then the credit line. They are
// images, not body prose.
const satelliteImage = {
  caption:
    'This satellite image released by Maxar Technologies shows troop transport and ground attack helicopter deployments in Lake Donuzlav, Crimea on Feb. 13, 2022.',
  creditLine: 'Maxar Technologies / AFP – Getty Images',
};
const meetingImage = {
  caption: 'Russian President Vladimir Putin, meets with Defense Minister Sergei Shoigu, left, in Moscow, on Monday.',
  creditLine: 'Alexei Nikolsky / AP',
};

/** Offsets of `text` in `body` (end exclusive); throws when absent or, without `from`, ambiguous. */
function span(body: string, text: string, from?: number): { startOffset: number; endOffset: number } {
  const startOffset = body.indexOf(text, from ?? 0);
  if (startOffset === -1) throw new Error(`seed article: statement text not found in body: ${JSON.stringify(text)}`);
  if (from === undefined && body.indexOf(text, startOffset + 1) !== -1) {
    throw new Error(`seed article: statement text occurs more than once, pass a search start: ${JSON.stringify(text)}`);
  }
  return { startOffset, endOffset: startOffset + text.length };
}

/** The article prose paragraphs, exactly as in the file, without captions, contributor line and page furniture. */
function readBody(): string {
  const paragraphs = readFileSync(corpusFile, 'utf8').replace(/\r\n/g, '\n').split('\n\n');
  const end = paragraphs.indexOf(contributorLine);
  if (end === -1) throw new Error('seed article: contributor line not found');
  const isCaption = (paragraph: string, image: { caption: string; creditLine: string }) =>
    paragraph.startsWith(image.caption) && paragraph.endsWith(image.creditLine);
  const prose = paragraphs.slice(0, end);
  for (const image of [satelliteImage, meetingImage]) {
    if (prose.filter((paragraph) => isCaption(paragraph, image)).length !== 1) {
      throw new Error(`seed article: caption paragraph not found once: ${image.caption}`);
    }
  }
  return prose.filter((paragraph) => !isCaption(paragraph, satelliteImage) && !isCaption(paragraph, meetingImage)).join('\n\n');
}

export function seedArticle(): IngestArticleRaw {
  const body = readBody();
  /** Statement text plus its offsets in the body. */
  const said = (text: string, from?: number) => ({ text, ...span(body, text, from) });

  return {
    url: seedArticleUrl,
    // The corpus file carries no headline; this is the part of it we know.
    headline: 'Russia says some troops returning to bases',
    body,
    publishedAt: TUESDAY,
    language: 'en',
    publisher: 'org:nbc-news',
    contributors: [
      { entity: 'person:chistikova', role: 'CONTRIBUTOR' },
      { entity: 'org:reuters', role: 'CONTRIBUTOR' },
    ],
    about: ['event:crisis', 'event:pullback'],

    people: [
      {
        key: 'person:putin',
        name: 'Vladimir Putin',
        aliases: ['Putin', 'President Vladimir Putin', 'Vladimir Vladimirovich Putin'],
        description: 'President of Russia.',
        externalIds: ['wikidata:Q7747'],
        affiliations: [{ organization: 'org:government-russia', role: 'president' }],
      },
      {
        key: 'person:shoigu',
        name: 'Sergei Shoigu',
        aliases: ['Shoigu', 'Sergey Shoigu', 'Shoygu', 'Sergei Shoygu', 'Sergey Shoygu', 'Sergei Kuzhugetovich Shoigu'],
        description: 'Defense minister of Russia.',
        affiliations: [{ organization: 'org:russian-defense-ministry', role: 'defense minister' }],
      },
      {
        key: 'person:lavrov',
        name: 'Sergey Lavrov',
        aliases: ['Lavrov', 'Sergei Lavrov', 'Sergey Viktorovich Lavrov'],
        description: 'Foreign minister of Russia.',
        affiliations: [{ organization: 'org:russian-foreign-ministry', role: 'foreign minister' }],
      },
      {
        key: 'person:konashenkov',
        name: 'Igor Konashenkov',
        aliases: ['Konashenkov', 'Maj. Gen. Igor Konashenkov', 'Major General Igor Konashenkov'],
        description: 'Major general; spokesman for the Russian Defense Ministry.',
        // The article gives only the rank; the spokesman role is his office at the time.
        affiliations: [
          { organization: 'org:russian-defense-ministry', role: 'spokesman' },
          { organization: 'org:russian-armed-forces', role: 'major general' },
        ],
      },
      {
        key: 'person:zelenskyy',
        name: 'Volodymyr Zelenskyy',
        aliases: ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Oleksandrovych Zelenskyy'],
        description: 'President of Ukraine.',
        externalIds: ['wikidata:Q3874799'],
        affiliations: [{ organization: 'org:government-ukraine', role: 'president' }],
      },
      {
        key: 'person:nikiforov',
        name: 'Serhiy Nikiforov',
        aliases: ['Nikiforov', 'Serhii Nykyforov', 'Sergii Nykyforov', 'Nykyforov'],
        description: 'Spokesman for Ukrainian President Volodymyr Zelenskyy.',
        affiliations: [{ organization: 'org:office-of-president-ukraine', role: 'spokesman for Ukrainian President Volodymyr Zelenskyy' }],
      },
      {
        key: 'person:kuleba',
        name: 'Dmytro Kuleba',
        aliases: ['Kuleba', 'Dmitry Kuleba'],
        description: 'Foreign minister of Ukraine.',
        affiliations: [{ organization: 'org:ukraine-foreign-ministry', role: 'foreign minister' }],
      },
      {
        key: 'person:nikolsky',
        name: 'Alexei Nikolsky',
        aliases: ['Alexey Nikolsky', 'Aleksei Nikolsky'],
        description: 'Photographer.',
        // Read from the credit line "Alexei Nikolsky / AP".
        affiliations: [{ organization: 'org:ap', role: 'photographer' }],
      },
      {
        key: 'person:chistikova',
        name: 'Tatyana Chistikova',
        aliases: ['Tatiana Chistikova'],
        description: 'Journalist; contributor to NBC News coverage of the Russia–Ukraine crisis.',
      },
    ],

    organizations: [
      // Russia. "Russia" and "Moscow" as speakers are metonyms for its government.
      {
        key: 'org:government-russia',
        name: 'Government of Russia',
        kind: 'GOVERNMENT',
        aliases: ['Russia', 'Moscow', 'Russian government', 'the Russian government', 'Russian authorities'],
        description: 'The Russian state as an actor; "Russia" and "Moscow" in news text.',
      },
      {
        key: 'org:kremlin',
        name: 'Presidential Administration of Russia',
        kind: 'GOVERNMENT',
        parent: 'org:government-russia',
        aliases: ['the Kremlin', 'Kremlin', 'Executive Office of the President of Russia'],
        description: 'The Russian presidency; "the Kremlin" in news text.',
      },
      {
        key: 'org:russian-defense-ministry',
        name: 'Russian Defense Ministry',
        kind: 'MINISTRY',
        parent: 'org:government-russia',
        aliases: [
          'Ministry of Defence of the Russian Federation',
          'Russian Ministry of Defense',
          'Russian Defence Ministry',
          "Russia's defense ministry",
        ],
      },
      {
        key: 'org:russian-armed-forces',
        name: 'Armed Forces of the Russian Federation',
        kind: 'MILITARY',
        parent: 'org:russian-defense-ministry',
        aliases: ['Russian Armed Forces', 'Russian forces', 'Russian military', "Russia's military"],
      },
      {
        key: 'org:southern-military-district',
        name: 'Southern Military District',
        kind: 'MILITARY',
        parent: 'org:russian-armed-forces',
        aliases: ["Russia's Southern Military District", 'Russian Southern Military District'],
      },
      {
        key: 'org:western-military-district',
        name: 'Western Military District',
        kind: 'MILITARY',
        parent: 'org:russian-armed-forces',
        aliases: ["Russia's Western Military District", 'Russian Western Military District'],
      },
      {
        key: 'org:russian-foreign-ministry',
        name: 'Russian Foreign Ministry',
        kind: 'MINISTRY',
        parent: 'org:government-russia',
        aliases: [
          'Ministry of Foreign Affairs of the Russian Federation',
          'Russian Ministry of Foreign Affairs',
          "Russia's foreign ministry",
        ],
      },

      // Ukraine. "Kyiv" as a speaker is a metonym for its government.
      {
        key: 'org:government-ukraine',
        name: 'Government of Ukraine',
        kind: 'GOVERNMENT',
        aliases: ['Kyiv', 'Kiev', 'Ukrainian government', 'the Ukrainian government', 'Ukrainian authorities'],
        description: 'The Ukrainian state as an actor; "Kyiv" in news text.',
      },
      {
        key: 'org:office-of-president-ukraine',
        name: 'Office of the President of Ukraine',
        kind: 'GOVERNMENT',
        parent: 'org:government-ukraine',
        aliases: ['Presidential Office of Ukraine', 'Ukrainian presidential office', "Zelenskyy's office", 'Bankova'],
      },
      {
        key: 'org:ukraine-foreign-ministry',
        name: 'Ministry of Foreign Affairs of Ukraine',
        kind: 'MINISTRY',
        parent: 'org:government-ukraine',
        aliases: ['Ukrainian Foreign Ministry', "Ukraine's foreign ministry", 'Ukrainian Ministry of Foreign Affairs'],
      },

      // The West.
      {
        key: 'org:us-government',
        name: 'Government of the United States',
        kind: 'GOVERNMENT',
        aliases: ['Washington', 'United States', 'the United States', 'U.S. government', 'US government', 'American government'],
        description: 'The United States as an actor; "Washington" in news text.',
      },
      {
        key: 'org:the-west',
        name: 'the West',
        kind: 'BLOC',
        aliases: ['Western countries', 'Western nations', 'Western allies', 'Western governments'],
        description: 'The United States and its European and other allies, as a bloc.',
      },
      {
        key: 'org:nato',
        name: 'NATO',
        kind: 'ALLIANCE',
        aliases: ['North Atlantic Treaty Organization', 'North Atlantic Alliance'],
        externalIds: ['wikidata:Q7184'],
      },

      // Media, agencies and companies.
      {
        key: 'org:nbc-news',
        name: 'NBC News',
        kind: 'MEDIA',
        aliases: ['NBC', 'Nbcnews.com'],
      },
      { key: 'org:reuters', name: 'Reuters', kind: 'NEWS_AGENCY', aliases: ['Reuters News Agency'] },
      {
        key: 'org:ap',
        name: 'Associated Press',
        kind: 'NEWS_AGENCY',
        aliases: ['AP', 'The Associated Press'],
      },
      {
        key: 'org:afp',
        name: 'Agence France-Presse',
        kind: 'NEWS_AGENCY',
        aliases: ['AFP'],
      },
      {
        key: 'org:getty-images',
        name: 'Getty Images',
        kind: 'COMPANY',
        aliases: ['Getty'],
        description: 'Visual media company and photo agency.',
      },
      {
        key: 'org:maxar',
        name: 'Maxar Technologies',
        kind: 'COMPANY',
        aliases: ['Maxar'],
        description: 'Space technology company that releases commercial satellite imagery.',
      },
    ],

    places: [
      {
        key: 'place:ukraine',
        name: 'Ukraine',
        kind: 'COUNTRY',
        latitude: 49,
        longitude: 32,
        externalIds: ['wikidata:Q212'],
      },
      {
        key: 'place:russia',
        name: 'Russia',
        kind: 'COUNTRY',
        aliases: ['Russian Federation'],
        latitude: 61.5,
        longitude: 105.3,
        externalIds: ['wikidata:Q159'],
      },
      {
        key: 'place:moscow',
        name: 'Moscow',
        kind: 'CITY',
        parent: 'place:russia',
        latitude: 55.7558,
        longitude: 37.6173,
        externalIds: ['wikidata:Q649'],
      },
      {
        key: 'place:kyiv',
        name: 'Kyiv',
        kind: 'CITY',
        parent: 'place:ukraine',
        aliases: ['Kiev'],
        latitude: 50.4501,
        longitude: 30.5234,
        externalIds: ['wikidata:Q1899'],
      },
      // Parent Ukraine: the internationally recognized status (annexed by Russia in 2014).
      {
        key: 'place:crimea',
        name: 'Crimea',
        kind: 'REGION',
        parent: 'place:ukraine',
        aliases: ['Crimean Peninsula', 'Autonomous Republic of Crimea'],
        latitude: 45.3,
        longitude: 34.4,
      },
      {
        key: 'place:lake-donuzlav',
        name: 'Lake Donuzlav',
        kind: 'BODY_OF_WATER',
        parent: 'place:crimea',
        aliases: ['Donuzlav', 'Donuzlav Lake'],
        latitude: 45.4,
        longitude: 33.1,
      },
    ],

    events: [
      {
        key: 'event:crisis',
        name: 'Russia–Ukraine crisis',
        kind: 'CRISIS',
        description:
          'The monthslong standoff over Russia positioning some 130,000 troops around Ukraine and its demands on Washington and NATO, with the West warning Moscow could invade any day.',
        place: 'place:ukraine',
        participants: [
          { entity: 'org:government-russia', role: 'massed troops around Ukraine' },
          { entity: 'org:government-ukraine', role: 'threatened country' },
          { entity: 'org:the-west', role: 'warned of an invasion' },
          { entity: 'org:us-government', role: 'warned of an invasion' },
          { entity: 'org:nato', role: 'addressee of Russia’s demands' },
        ],
      },
      {
        key: 'event:buildup',
        name: 'Russian military build-up near Ukraine',
        kind: 'MILITARY_BUILDUP',
        parent: 'event:crisis',
        description:
          'Russia positioned some 130,000 troops around Ukraine on three sides; satellite images showed the build-up intensified in the days before 15 Feb 2022.',
        participants: [
          { entity: 'org:government-russia', role: 'positioned the troops' },
          { entity: 'org:russian-armed-forces', role: 'deployed forces' },
        ],
      },
      {
        key: 'event:exercises',
        name: 'Russian military exercises near Ukraine',
        kind: 'MILITARY_EXERCISE',
        parent: 'event:crisis',
        description:
          'Russian drills near Ukraine; some ended by 14–15 Feb 2022 while others continued, feared in the West as possible cover for an attack.',
        participants: [
          { entity: 'org:russian-defense-ministry', role: 'conducting ministry' },
          { entity: 'org:southern-military-district', role: 'participating units' },
          { entity: 'org:western-military-district', role: 'participating units' },
        ],
      },
      {
        key: 'event:pullback',
        name: 'Announced partial pull-back of Russian troops',
        // ANNOUNCEMENT, not TROOP_MOVEMENT: the article can vouch for the announcement only; Kyiv doubted the movement.
        kind: 'ANNOUNCEMENT',
        parent: 'event:crisis',
        startAt: TUESDAY,
        description:
          'The Russian Defense Ministry said some units of its southern and western military districts were returning to their bases after completing exercises near Ukraine.',
        participants: [
          { entity: 'org:russian-defense-ministry', role: 'announced the pull-back' },
          { entity: 'person:konashenkov', role: 'spokesman, in a video message' },
          { entity: 'org:southern-military-district', role: 'units pulling back' },
          { entity: 'org:western-military-district', role: 'units pulling back' },
        ],
      },
      {
        key: 'event:kuleba-press-conference',
        name: 'Kuleba news conference',
        kind: 'PRESS_CONFERENCE',
        parent: 'event:crisis',
        startAt: TUESDAY,
        description: 'Ukrainian Foreign Minister Dmytro Kuleba responds to the announced Russian pull-back.',
        participants: [
          { entity: 'person:kuleba', role: 'speaker' },
          { entity: 'org:ukraine-foreign-ministry', role: 'host' },
        ],
      },
      {
        key: 'event:putin-shoigu-meeting',
        name: 'Putin–Shoigu meeting',
        kind: 'MEETING',
        parent: 'event:crisis',
        startAt: MONDAY,
        place: 'place:moscow',
        description:
          'Defense Minister Sergei Shoigu tells President Vladimir Putin in televised remarks that some drills had ended and others were coming to a close.',
        participants: [
          { entity: 'person:putin', role: 'President' },
          { entity: 'person:shoigu', role: 'Defense Minister, reporting on the drills' },
        ],
      },
      {
        key: 'event:russia-west-talks',
        name: 'Diplomacy over Russia’s security demands',
        kind: 'DIPLOMACY',
        parent: 'event:crisis',
        description: 'Talks between Russia and Washington and NATO about the Russian demands at the heart of the crisis.',
        participants: [
          { entity: 'org:government-russia', role: 'party making the demands' },
          { entity: 'person:lavrov', role: 'Russian foreign minister' },
          { entity: 'org:us-government', role: 'negotiating party' },
          { entity: 'org:nato', role: 'negotiating party' },
        ],
      },
      {
        key: 'event:donuzlav-observation',
        name: 'Satellite observation of deployments at Lake Donuzlav',
        kind: 'OBSERVATION',
        parent: 'event:buildup',
        startAt: '2022-02-13',
        place: 'place:lake-donuzlav',
        description: 'Satellite imagery shows troop transport and ground attack helicopter deployments in Lake Donuzlav, Crimea.',
        participants: [{ entity: 'org:maxar', role: 'released the satellite image' }],
      },
    ],

    // In body order. Kinds: a speech verb with its reported clause is INDIRECT;
    // an attributed attitude ("have feared") is PARAPHRASE.
    statements: [
      {
        key: 'stmt:russia-troops-returning',
        ...said('some of its troops gathered near Ukraine were returning to their bases'),
        kind: 'INDIRECT',
        speaker: 'org:government-russia',
        verb: 'said',
        saidAt: TUESDAY,
        about: ['event:pullback'],
        mentions: ['place:ukraine'],
      },
      {
        key: 'stmt:kyiv-too-early',
        // The clause ends before "in a crisis that the West has warned…", the writer's framing.
        ...said('it was too early to tell whether this signaled any de-escalation'),
        kind: 'INDIRECT',
        speaker: 'org:government-ukraine',
        verb: 'said',
        saidAt: TUESDAY,
        about: ['event:pullback'],
      },
      {
        key: 'stmt:west-warning',
        ...said('could see Moscow invade its neighbor any day'),
        kind: 'INDIRECT',
        speaker: 'org:the-west',
        verb: 'warned',
        confidence: 0.9,
        about: ['event:crisis'],
        mentions: ['org:government-russia'],
      },
      {
        key: 'stmt:ministry-units-pulling-back',
        ...said(
          'some units of its southern and western military districts were pulling back after completing their exercises near Ukraine',
        ),
        kind: 'INDIRECT',
        speaker: 'org:russian-defense-ministry',
        verb: 'said',
        saidAt: TUESDAY,
        about: ['event:pullback', 'event:exercises'],
        mentions: ['org:southern-military-district', 'org:western-military-district', 'place:ukraine'],
      },
      {
        key: 'stmt:konashenkov-garrisons',
        ...said(
          'that have completed the tasks have already begun loading onto rail and road transport and will begin moving to their military garrisons today.',
        ),
        kind: 'DIRECT_QUOTE',
        speaker: 'person:konashenkov',
        speakerRole: 'Maj. Gen.',
        verb: 'said',
        venue: 'in a video message',
        saidAt: TUESDAY,
        about: ['event:pullback'],
      },
      {
        key: 'stmt:us-allies-fear-cover',
        ...said('might be used as cover for an attack'),
        kind: 'PARAPHRASE',
        // "the United States and its allies": the US government stands for the group.
        speaker: 'org:us-government',
        verb: 'feared',
        confidence: 0.8,
        about: ['event:exercises'],
      },
      {
        key: 'stmt:russia-denies-invasion',
        ...said('it is planning an invasion'),
        kind: 'DENIAL',
        speaker: 'org:government-russia',
        verb: 'denied',
        about: ['event:crisis'],
      },
      {
        key: 'stmt:nikiforov-cautious',
        ...said('we take these reports very cautiously'),
        kind: 'DIRECT_QUOTE',
        speaker: 'person:nikiforov',
        speakerRole: 'spokesman for Ukrainian President Volodymyr Zelenskyy',
        verb: 'told',
        venue: 'told NBC News',
        addressee: 'org:nbc-news',
        saidAt: TUESDAY,
        about: ['event:pullback'],
      },
      {
        key: 'stmt:nikiforov-moved-back',
        ...said('any troops moved can quickly be moved back.'),
        kind: 'DIRECT_QUOTE',
        speaker: 'person:nikiforov',
        speakerRole: 'spokesman for Ukrainian President Volodymyr Zelenskyy',
        verb: 'told',
        venue: 'told NBC News',
        addressee: 'org:nbc-news',
        saidAt: TUESDAY,
        about: ['event:pullback'],
      },
      {
        key: 'stmt:kuleba-believe',
        ...said('We’ll believe it when we see it,'),
        kind: 'DIRECT_QUOTE',
        speaker: 'person:kuleba',
        speakerRole: 'the country’s foreign minister',
        verb: 'said',
        venue: 'at a news conference',
        saidAt: TUESDAY,
        about: ['event:pullback'],
      },
      {
        key: 'stmt:kuleba-withdrawal',
        ...said('If we see the withdrawal, we believe in de-escalation.'),
        kind: 'DIRECT_QUOTE',
        speaker: 'person:kuleba',
        speakerRole: 'the country’s foreign minister',
        verb: 'said',
        venue: 'at a news conference',
        saidAt: TUESDAY,
        about: ['event:pullback'],
      },
      {
        key: 'stmt:officials-diplomacy',
        ...said('there might still be hope for diplomacy to resolve the monthslong standoff'),
        kind: 'INDIRECT',
        // Unnamed "Russian officials": attributed to the government they speak for.
        speaker: 'org:government-russia',
        speakerRole: 'Russian officials',
        verb: 'signaled',
        confidence: 0.8,
        about: ['event:russia-west-talks'],
        mentions: ['event:crisis'],
      },
      {
        key: 'stmt:washington-alarm',
        ...said('an invasion could come at any time'),
        kind: 'INDIRECT',
        speaker: 'org:us-government',
        verb: 'sounded alarm',
        about: ['event:crisis'],
      },
      {
        key: 'stmt:satellite-buildup',
        ...said('the build-up of Russian forces had intensified in recent days'),
        kind: 'INDIRECT',
        // Evidence, not speech: no speaker; "satellite images showed".
        verb: 'showed',
        venue: 'satellite images',
        about: ['event:buildup'],
        mentions: ['event:buildup', 'org:russian-armed-forces'],
      },
      {
        key: 'stmt:shoigu-drills',
        ...said('some of the country’s military drills had already ended and others were coming to a close'),
        kind: 'INDIRECT',
        speaker: 'person:shoigu',
        speakerRole: 'Moscow’s defense minister',
        verb: 'told',
        venue: 'in televised remarks',
        addressee: 'person:putin',
        saidAt: MONDAY,
        about: ['event:exercises'],
      },
      {
        key: 'stmt:lavrov-talks',
        ...said('Russia was ready to keep talking with Washington and NATO about its demands that are at the heart of the crisis'),
        kind: 'INDIRECT',
        speaker: 'person:lavrov',
        speakerRole: 'Foreign Minister',
        verb: 'indicated',
        // "also", right after the Monday paragraph: the same day.
        saidAt: MONDAY,
        about: ['event:russia-west-talks'],
        mentions: ['org:government-russia', 'org:us-government', 'org:nato', 'event:crisis'],
      },
    ],

    relations: [
      // The lede's "Russia said" is the ministry's announcement; Konashenkov's video gives its words.
      { from: 'stmt:russia-troops-returning', to: 'stmt:ministry-units-pulling-back', kind: 'REPEATS' },
      { from: 'stmt:konashenkov-garrisons', to: 'stmt:ministry-units-pulling-back', kind: 'SUPPORTS' },
      // Kyiv's answers.
      { from: 'stmt:kyiv-too-early', to: 'stmt:russia-troops-returning', kind: 'RESPONDS_TO' },
      { from: 'stmt:nikiforov-cautious', to: 'stmt:ministry-units-pulling-back', kind: 'RESPONDS_TO' },
      { from: 'stmt:nikiforov-moved-back', to: 'stmt:ministry-units-pulling-back', kind: 'RESPONDS_TO' },
      { from: 'stmt:kuleba-believe', to: 'stmt:ministry-units-pulling-back', kind: 'RESPONDS_TO' },
      { from: 'stmt:kuleba-withdrawal', to: 'stmt:ministry-units-pulling-back', kind: 'RESPONDS_TO' },
      { from: 'stmt:nikiforov-cautious', to: 'stmt:kyiv-too-early', kind: 'SUPPORTS' },
      { from: 'stmt:kuleba-believe', to: 'stmt:kyiv-too-early', kind: 'SUPPORTS' },
      // Invasion warnings and Russia's denial.
      { from: 'stmt:russia-denies-invasion', to: 'stmt:west-warning', kind: 'CONTRADICTS' },
      { from: 'stmt:russia-denies-invasion', to: 'stmt:washington-alarm', kind: 'CONTRADICTS' },
      { from: 'stmt:washington-alarm', to: 'stmt:west-warning', kind: 'SUPPORTS' },
      { from: 'stmt:satellite-buildup', to: 'stmt:washington-alarm', kind: 'SUPPORTS' },
      // Diplomacy.
      { from: 'stmt:lavrov-talks', to: 'stmt:officials-diplomacy', kind: 'SUPPORTS' },
    ],

    images: [
      {
        ...satelliteImage,
        agencies: ['org:maxar', 'org:afp', 'org:getty-images'],
        takenAt: '2022-02-13',
        place: 'place:lake-donuzlav',
        depicts: ['event:donuzlav-observation', 'event:buildup', 'place:lake-donuzlav', 'place:crimea'],
      },
      {
        ...meetingImage,
        photographer: 'person:nikolsky',
        agencies: ['org:ap'],
        takenAt: MONDAY,
        place: 'place:moscow',
        depicts: ['person:putin', 'person:shoigu', 'event:putin-shoigu-meeting', 'place:moscow'],
      },
    ],
  };
}
