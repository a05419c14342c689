/** Decides which dataset person an alias hit stands for, from the words around it, the article so far and its date. */
import type { Person } from '../../data/schema';
import { roleAt } from '../dataset/roles';
import { foldKey } from '../text/normalize';
import { type SurnameContext, givenNameFits } from './alias-context';
import type { AliasHit } from './alias-matcher';
import { AMBIGUOUS_SURNAMES } from './common-surnames';

export interface PersonContext {
  people: Map<string, Person>;
}

export interface PersonOptions {
  date: string | null;
  lang: string | null;
}

const startsUpper = (s: string) => /^\p{Lu}/u.test(s);

/** True when one of the person's role titles fits what a title or descriptor requires. */
const holdsRole = (p: Person | undefined, role: RegExp) => !!p && p.roles.some((r) => role.test(r.title));

/** Picks the person a hit stands for, or null when the context does not decide. */
export function resolvePerson(
  hit: AliasHit,
  surface: string,
  fullBefore: Set<string>,
  ctx: PersonContext,
  opts: PersonOptions,
  around: SurnameContext | null,
): string | null {
  const { date, lang } = opts;
  let people = hit.targets.filter((t) => t.kind === 'person');
  if (people.length === 0) return null;
  const short = people.every((t) => t.short);
  if (short && !startsUpper(surface)) return null;
  const ambiguous = short && people.every((t) => t.ambiguous);
  // "XI" in "playing XI" or "Louis XI" is a roman numeral, not an alias written in mixed case.
  if (ambiguous && surface.length > 1 && surface === surface.toUpperCase()) return null;
  let decided = false;
  if (short && around) {
    // Another given name before the surname is another person ("Mike Johnson", "Stella Kim"). German capitalises
    // every noun ("Kremlchef Putin") and every sentence opens with a capital ("Everything Trump does"), so there
    // only aliases marked ambiguous are held to it.
    const { firstName, firstNameOpens, datasetRole: role } = around;
    if (firstName && (ambiguous || (lang !== 'de' && !firstNameOpens))) {
      people = people.filter((t) => {
        const p = ctx.people.get(t.id);
        return p && givenNameFits(firstName, [p.name, ...p.aliases.filter((a) => a.includes(' '))]);
      });
      decided = people.length > 0;
    }
    // A title or descriptor beside the surname must fit one of the person's roles ("Speaker Johnson").
    if (role) {
      people = people.filter((t) => holdsRole(ctx.people.get(t.id), role));
      decided = people.length > 0;
    }
    if (people.length === 0) return null;
  }
  // A surname is linked to whoever was named in full earlier in the article.
  const named = people.filter((t) => fullBefore.has(t.id));
  if (named.length === 1) return named[0]!.id;
  if (short && !decided && AMBIGUOUS_SURNAMES.has(foldKey(surface))) return null;
  if (people.length === 1 && (decided || !ambiguous)) return people[0]!.id;
  // Otherwise the article's date against the dated roles decides between the people who share the alias.
  if (!date || people.length < 2) return null;
  const inOffice = people.filter((t) => {
    const p = ctx.people.get(t.id);
    return p && roleAt(p, date);
  });
  return inOffice.length === 1 ? inOffice[0]!.id : null;
}
