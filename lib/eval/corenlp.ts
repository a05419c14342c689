/** The two things the PolNeAR converter reads from its CoreNLP XML: person-name tokens and coreference chains. */

export interface Token {
  start: number;
  end: number;
  ner: string;
  word: string;
}

export interface CoreNlp {
  tokens: Token[];
  /** Each chain lists its mentions as [first token, last token + 1] indices into `tokens`, representative first. */
  chains: { mentions: { from: number; to: number; head: number }[] }[];
}

const tag = (block: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(block)?.[1] ?? '';

/** Parses CoreNLP's XML output with regular expressions (its layout is fixed and flat enough for that). */
export function parseCoreNlp(xml: string): CoreNlp {
  const tokens: Token[] = [];
  const sentenceStart: number[] = [];
  for (const s of xml.matchAll(/<sentence id="(\d+)"[^>]*>([\s\S]*?)<\/sentence>/g)) {
    sentenceStart[Number(s[1])] = tokens.length;
    for (const t of s[2]!.matchAll(/<token id="\d+">([\s\S]*?)<\/token>/g)) {
      const b = t[1]!;
      tokens.push({
        start: Number(tag(b, 'CharacterOffsetBegin')),
        end: Number(tag(b, 'CharacterOffsetEnd')),
        ner: tag(b, 'NER'),
        word: tag(b, 'word'),
      });
    }
  }
  const chains: CoreNlp['chains'] = [];
  const coref = /<coreference>\s*(<coreference>[\s\S]*<\/coreference>)\s*<\/coreference>/.exec(xml)?.[1] ?? '';
  for (const c of coref.matchAll(/<coreference>([\s\S]*?)<\/coreference>/g)) {
    const mentions = [...c[1]!.matchAll(/<mention( representative="true")?>([\s\S]*?)<\/mention>/g)].map((m) => {
      const base = sentenceStart[Number(tag(m[2]!, 'sentence'))] ?? 0;
      const at = (name: string) => base + Number(tag(m[2]!, name)) - 1;
      return { rep: m[1] !== undefined, from: at('start'), to: at('end'), head: at('head') };
    });
    mentions.sort((a, b) => Number(b.rep) - Number(a.rep));
    chains.push({ mentions: mentions.map(({ from, to, head }) => ({ from, to, head })) });
  }
  return { tokens, chains };
}
