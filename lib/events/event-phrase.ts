/** An event phrase as the finders report it: where it is, what its head names, and the words that name it. */
import type { EventClass } from '../lang/event-words';

export interface EventPhrase {
  start: number;
  end: number;
  /** Where the name (or the head) ends, before any participants. */
  nameEnd: number;
  cls: EventClass;
  how: 'named' | 'described' | 'round';
  /** Words of its name (before the head, and after "of"/"de"), and of its place (after "in"/"à"/"en"). */
  qualifiers: string[];
  places: string[];
}
