/** Surnames that are also common words or names of months and places: linked only when the full name is in the article. */
export const AMBIGUOUS_SURNAMES = new Set([
  'may', 'price', 'miller', 'waltz', 'rice', 'bush', 'brown', 'king', 'young', 'white', 'black', 'green', 'cook',
  'baker', 'long', 'hill', 'ward', 'wood', 'hunt', 'rich', 'little', 'day', 'law', 'hope', 'page', 'bruce', 'kerry',
  'lee', 'kim', 'park', 'moon', 'chung', 'ma', 'lin', 'wang', 'li', 'sun', 'jordan', 'paris', 'lima', 'costa',
  'power', 'graham', 'grant', 'ross', 'scott', 'burns', 'johnson', 'sanchez', 'lula',
]);
