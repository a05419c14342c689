/** Groups mentions into one entry per person or event, ordered by how often the article names them. */
import type { Mention } from '../mentions/mention';

export interface MentionGroup {
  group: string;
  id: string | null;
  name: string;
  title: string | null;
  count: number;
  first: number;
}

/** Groups by mention group; the first title seen is the one shown. */
export function groupMentions(mentions: Mention[]): { people: MentionGroup[]; events: MentionGroup[] } {
  const groups = new Map<string, MentionGroup & { kind: Mention['kind'] }>();
  for (const m of mentions) {
    const g = groups.get(m.group);
    if (g) {
      g.count++;
      g.title ??= m.title;
    } else
      groups.set(m.group, {
        group: m.group,
        id: m.id,
        name: m.name,
        title: m.title,
        count: 1,
        first: m.start,
        kind: m.kind,
      });
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const strip = ({ kind: _k, ...g }: MentionGroup & { kind: string }) => g;
  return {
    people: sorted.filter((g) => g.kind === 'person').map(strip),
    events: sorted.filter((g) => g.kind === 'event').map(strip),
  };
}
