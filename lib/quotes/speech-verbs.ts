/** Verbs and phrases that introduce what someone said, in the languages On Record reads. */

const VERBS = [
  // English
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'emphasizes', 'emphasises', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'remarked', 'declared',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'asserted', 'asserts', 'claimed', 'claims',
  'continued', 'concluded', 'wrote', 'writes', 'asked', 'replied', 'answered', 'commented', 'observed', 'underlined',
  'underscored', 'recalled', 'acknowledged', 'admitted', 'announced', 'suggested', 'confirmed', 'clarified',
  'mentioned', 'reiterated', 'believes', 'described', 'describing', 'called', 'calling', 'saying', 'adding',
  'noting', 'stressing', 'clarifying', 'emphasizing', 'emphasising', 'warning', 'insisting', 'explaining',
  'pointed out', 'said on', 'vowed', 'pledged', 'predicted', 'signalled', 'signaled', 'hinted', 'indicated',
  'complained', 'lamented', 'acknowledges', 'maintained', 'maintains', 'conceded', 'cautioned', 'assured', 'urged',
  // French, Spanish, Portuguese, German
  'a déclaré', 'a dit', 'a ajouté', 'a affirmé', 'a souligné', 'déclare', 'affirme', 'dijo', 'afirmó', 'señaló',
  'declaró', 'añadió', 'disse', 'afirmou', 'declarou', 'acrescentou', 'sagte', 'erklärte', 'betonte', 'fügte',
];

/** A regex alternation of the verbs, longest first so that "said on" wins over "said". */
export const SPEECH_VERB = [...VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');

/** Verbs that take a clause directly, without "that": "said the talks were useful". */
export const BARE_CLAUSE_VERBS = new Set(['said', 'says', 'told', 'tells', 'believes', 'suggested', 'warned', 'insisted']);

/** Participles that report speech of the sentence's subject: "..., adding that". */
export const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'stressing', 'clarifying', 'emphasizing', 'emphasising', 'warning', 'insisting', 'explaining', 'describing', 'calling']);

export const PRONOUNS: Record<string, 'female' | 'male' | null> = { he: 'male', she: 'female', they: null, il: 'male', elle: 'female', él: 'male', ella: 'female', ele: 'male', ela: 'female', er: 'male', sie: 'female' };

/** Role nouns for descriptive cues ("the diplomat noted") and the titles each one fits. */
export const DESCRIPTORS: Record<string, RegExp> = {
  diplomat: /minist|diplomat|ambassador|spokes|secretary of state|envoy|foreign|aide|adviser/i,
  spokeswoman: /spokes|press secretary|sprecher|porte-parole|portavoz/i,
  spokesman: /spokes|press secretary|sprecher|porte-parole|portavoz/i,
  spokesperson: /spokes|press secretary/i,
  minister: /minist/i,
  'foreign minister': /foreign minist|minister of foreign|secretary of state/i,
  president: /president/i,
  'prime minister': /prime minister|premier|chancellor/i,
  chancellor: /chancellor/i,
  secretary: /secretary/i,
  'top diplomat': /foreign minist|secretary of state|diplomat/i,
  envoy: /envoy|adviser|aide/i,
  adviser: /adviser|advisor|aide/i,
  aide: /adviser|advisor|aide/i,
  official: /./,
  leader: /president|prime|chancellor|leader/i,
  ambassador: /ambassador/i,
};
