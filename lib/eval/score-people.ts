/** Scores person and event mentions: dataset people, officials outside the dataset, false officials, events. */
import type { Analysis } from '../engine/analysis';
import type { Mention } from '../mentions/mention';
import type { Labels } from './labels';
import { eventMatches, namesMatch, normaliseText } from './match';
import type { UnitList } from './unit';

/** One mention per person or event the engine reports (mentions of the same one share a group). */
function distinct(mentions: Mention[], kind: Mention['kind']): Mention[] {
  const byGroup = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === kind && !byGroup.has(m.group)) byGroup.set(m.group, m);
  return [...byGroup.values()];
}

const shown = (m: Mention) => `${m.name}${m.id ? ` (${m.id})` : ''}${m.title ? ` [${m.title}]` : ''} as "${m.text}"`;

/** Adds the people, officials, notPeople and events units of one item; stages the labels lack are skipped. */
export function scorePeople(labels: Labels, a: Analysis, out: UnitList): void {
  const people = distinct(a.mentions, 'person');
  if (labels.people) {
    const labelled = labels.people;
    const isPerson = (m: Mention, p: (typeof labelled)[number]) =>
      (m.id !== null && m.id === p.datasetId) || (m.id === null && namesMatch(m.name, p.name));
    for (const p of labelled.filter((x) => x.datasetId)) {
      const got = people.find((m) => m.id === p.datasetId);
      out.add('people.dataset', 'label', !!got, p.name, got ? shown(got) : null);
    }
    for (const m of people.filter((x) => x.id !== null))
      out.add(
        'people.dataset',
        'report',
        labelled.some((p) => p.datasetId === m.id),
        null,
        shown(m),
      );
    const outside = labelled.filter((x) => x.official && !x.datasetId);
    for (const p of outside) {
      const got = people.find((m) => m.id === null && namesMatch(m.name, p.name));
      out.add('people.outside', 'label', !!got, p.name, got ? shown(got) : null);
    }
    for (const m of people.filter((x) => x.id === null))
      out.add(
        'people.outside',
        'report',
        outside.some((p) => namesMatch(m.name, p.name)),
        null,
        shown(m),
      );
    // Every person the engine reports is reported as an official; one not labelled as an official is a false one.
    const officials = labelled.filter((x) => x.official);
    for (const p of officials) {
      const got = people.find((m) => isPerson(m, p));
      out.add('officials', 'label', !!got, p.name, got ? shown(got) : null);
    }
    for (const m of people) {
      const p = labelled.find((x) => isPerson(m, x));
      out.add('officials', 'report', !!p?.official, p ? `${p.name} (not an official)` : 'no such person', shown(m));
    }
  }
  for (const s of labels.notPeople ?? []) {
    const n = normaliseText(s);
    const hit = a.mentions.find((m) => [m.text, m.name].some((t) => n.includes(normaliseText(t))));
    out.add('notPeople', 'label', !hit, s, hit ? shown(hit) : null);
  }
  if (labels.events) {
    const events = distinct(a.mentions, 'event');
    for (const stage of ['events.dataset', 'events.outside'] as const) {
      const inDataset = stage === 'events.dataset';
      const labelled = labels.events.filter((e) => (e.datasetId !== null) === inDataset);
      for (const e of labelled) {
        const got = events.find((m) => eventMatches(m, e));
        out.add(stage, 'label', !!got, e.name, got ? shown(got) : null);
      }
      for (const m of events.filter((x) => (x.id !== null) === inDataset))
        out.add(
          stage,
          'report',
          labelled.some((e) => eventMatches(m, e)),
          null,
          shown(m),
        );
    }
  }
}
