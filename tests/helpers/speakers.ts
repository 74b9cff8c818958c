// Articles with many distinct speakers, for the extractor's scaling tests and
// `npm run bench:extract`: one short attributed quote or reported statement
// per paragraph, each by a different person. Names are built from syllables
// (no digits, nothing from the lexicon), so the parser reads them as proper
// nouns the way it reads real names.
const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const vowels = ['a', 'e', 'i', 'o', 'u'];
const syllables = onsets.flatMap((c) => vowels.map((v) => `${c}${v}`));

/** The `n`th name of `count` syllables, distinct for every n below syllables.length ** count. */
function word(n: number, count: number): string {
  let rest = n;
  let out = '';
  for (let k = 0; k < count; k++) {
    out += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** "Firstname Surname" for speaker `i`: surnames differ for every speaker, so none is read as another's short name. */
export function speakerName(i: number): string {
  return `${word(i * 7 + 3, 2)}${['', 'n', 'r'][i % 3]} ${word(i, 3)}ov`;
}

const quotes = ['We will win', 'This is not over', 'The talks went well', 'Nobody expected this', 'We need more time'];
const clauses = ['the plan would fail', 'talks would continue', 'the vote was fair', 'prices would rise', 'the army had left'];

/** `count` paragraphs, each a short direct quote (“…,” said Name.) or, every other one, reported speech (Name said that …). */
export function distinctSpeakers(count: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = speakerName(i);
    paragraphs.push(i % 2 === 0 ? `“${quotes[i % quotes.length]},” said ${name}.` : `${name} said that ${clauses[i % clauses.length]}.`);
  }
  return paragraphs.join('\n\n');
}
