import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../lib/eval/brat';
import { convertPolnear } from '../../lib/eval/polnear';
import { quotedSpans } from '../../lib/eval/quote-marks';

// A made-up article in PolNeAR's layout: text, BRAT spans, and the CoreNLP tokens and chains the converter reads.
const TEXT = 'Jane Roe said the plan was dead. “We are done,” she said. It was “a farce,” Roe added.';
const span = (s: string, from = 0) => [TEXT.indexOf(s, from), TEXT.indexOf(s, from) + s.length] as const;
const t = (label: string, s: string, n: number, from = 0) => `T${n}\t${label} ${span(s, from).join(' ')}\t${s}`;
const ANN = [
  t('Source', 'Jane Roe', 1),
  t('Cue', 'said', 2),
  t('Content', 'the plan was dead', 3),
  'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
  t('Source', 'she', 4),
  t('Cue', 'said', 5, 40),
  t('Content', '“We are done,”', 6),
  'E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4',
].join('\n');
const words = [...TEXT.matchAll(/[\p{L}]+|[^\s\p{L}]/gu)];
const token = (m: RegExpMatchArray, i: number) => {
  const person = ['Jane', 'Roe'].includes(m[0]) ? 'PERSON' : 'O';
  return `<token id="${i + 1}"><word>${m[0]}</word><CharacterOffsetBegin>${m.index}</CharacterOffsetBegin><CharacterOffsetEnd>${m.index! + m[0].length}</CharacterOffsetEnd><NER>${person}</NER></token>`;
};
const she = words.findIndex((m) => m[0] === 'she') + 1;
const CORENLP = `<root><document><sentences><sentence id="1"><tokens>${words.map(token).join('')}</tokens></sentence></sentences>
<coreference><coreference><mention representative="true"><sentence>1</sentence><start>1</start><end>3</end><head>2</head></mention>
<mention><sentence>1</sentence><start>${she}</start><end>${she + 1}</end><head>${she}</head></mention></coreference></coreference></document></root>`;

describe('PolNeAR converter', () => {
  const labels = convertPolnear({
    name: 'x',
    compartment: 'dev',
    text: TEXT,
    ann: ANN,
    corenlp: CORENLP,
    publisher: 'nyt',
    date: '2016-09-01',
    commit: 'c',
  });

  it('makes a quoted Content a direct quote, with the pronoun resolved through the coreference chain', () => {
    expect(labels.quotes).toEqual([{ quote: 'We are done,', speaker: 'Jane Roe', cue: 'pronoun' }]);
  });

  it('makes an unquoted Content an indirect statement, and a short unattributed quote a term', () => {
    expect(labels.indirect).toEqual([{ text: 'the plan was dead', speaker: 'Jane Roe' }]);
    expect(labels.terms).toEqual(['a farce,']);
  });

  it('reads BRAT offsets as code points', () => {
    const text = '😀 “Hi there,” Roe said.';
    const [attr] = parseBrat(
      'T1\tSource 14 17\tRoe\nT2\tContent 2 13\t“Hi there,”\nE1\tContent:T2 Source:T1',
      text,
      'x',
    );
    expect(text.slice(...attr!.source!.parts[0]!)).toBe('Roe');
  });

  it('reads a span whose text runs over two lines', () => {
    const text = 'Roe said: “One.\n“Two.”';
    const ann = 'T1\tSource 0 3\tRoe\nT2\tContent 10 22\t“One.\n“Two.”\nE1\tContent:T2 Source:T1';
    expect(parseBrat(ann, text, 'x')[0]!.contents[0]!.parts).toEqual([[10, 22]]);
  });

  it('finds curly, straight and doubled-apostrophe quotes, and keeps a nested quote inside', () => {
    const text = `"He said “no” twice," she said. ''Fine,'' he said.\n“Open to the end`;
    expect(quotedSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'He said “no” twice,',
      'Fine,',
      'Open to the end',
    ]);
  });
});
