import { describe, expect, it } from 'vitest';
import type { Statement } from '../../data/schema';
import { statementWords } from '../../lib/present/format';
import { matchQuote } from '../../lib/related/quote-fidelity';
import { createStatementStore, memorySource } from '../../lib/related/statement-store';

/** A statement as the dataset holds it; only the fields the check reads matter. */
const statement = (id: string, person: string, date: string, text: string, translation = false): Statement => ({
  id,
  person,
  said: { date, precision: 'day', basis: 'source-text' },
  words: { text, lang: 'en', translation, indirect: false },
  summary: 'A statement used by this test only.',
  topics: ['russia-us-dialogue'],
  stances: [],
  events: [],
  source: { publisher: 'Test Wire', url: 'https://wire.example/a', published: date, title: 'A test story' },
  alsoIn: [],
});

const TRUMP = 'donald-trump';
const DEVIL = statement(
  't-2025',
  TRUMP,
  '2025-03-01',
  'I will not make a deal with the devil on trade, I promise you that.',
);

function storeOf(...statements: Statement[]) {
  const store = createStatementStore(memorySource(statements));
  void store.need([...new Set(statements.map((s) => s.person))], []);
  return store;
}

describe('the quote-fidelity check', () => {
  it('does not take a short phrase nobody is quoted as saying for a statement ("deal with the devil.")', () => {
    expect(matchQuote(storeOf(DEVIL), 'deal with the devil.', null, [TRUMP], '2017-06-01')).toBeNull();
    expect(matchQuote(storeOf(DEVIL), 'deal with the devil.', null, [TRUMP])).toBeNull();
  });

  it('never matches a statement made after the article', () => {
    const quote = 'I will not make a deal with the devil on trade';
    expect(matchQuote(storeOf(DEVIL), quote, TRUMP, [TRUMP], '2017-06-01')).toBeNull();
    expect(matchQuote(storeOf(DEVIL), quote, TRUMP, [TRUMP], '2025-03-02')?.fidelity).toBe('trimmed');
  });

  it('matches whole words only, and gives the record the verdict was made on', () => {
    expect(matchQuote(storeOf(DEVIL), 'a deal with the devils on trade', TRUMP, [TRUMP])?.fidelity).not.toBe('trimmed');
    const known = matchQuote(storeOf(DEVIL), DEVIL.words.text, TRUMP, [TRUMP]);
    expect(known).toMatchObject({ statementId: 't-2025', fidelity: 'verbatim', statement: DEVIL });
  });

  it('a long enough unattributed quote still matches among the people named', () => {
    const quote = 'I will not make a deal with the devil on trade';
    expect(matchQuote(storeOf(DEVIL), quote, null, [TRUMP])?.fidelity).toBe('trimmed');
  });
});

describe('statement words for display', () => {
  it('puts only the speaker’s own words in quotation marks', () => {
    expect(statementWords(DEVIL)).toBe(`“${DEVIL.words.text}”`);
    const translated = statement('l', 'sergei-lavrov', '2021-09-10', 'To gather in such a situation', true);
    expect(statementWords(translated)).toBe('To gather in such a situation');
  });
});
