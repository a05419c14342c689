/** The evaluation's atom: one labelled thing found or missed, or one reported thing right or wrong. */

export type Stage =
  | 'people.dataset'
  | 'people.outside'
  | 'people.speakers'
  | 'officials'
  | 'notPeople'
  | 'events.dataset'
  | 'events.outside'
  | 'quotes'
  | 'speakers'
  | 'speakers.name'
  | 'speakers.pronoun'
  | 'speakers.descriptive'
  | 'speakers.continuation'
  | 'indirect'
  | 'indirect.speakers';

export interface Unit {
  item: string;
  stage: Stage;
  /** `label`: counts towards recall (found or missed); `report`: towards precision (right or wrong). */
  side: 'label' | 'report';
  right: boolean;
  expected: string | null;
  got: string | null;
  /** Stable across runs for labels ("item stage text#n"), so the baseline can name what used to be right. */
  key: string;
}

/** Collects the units of one item, numbering repeated keys. */
export class UnitList {
  readonly units: Unit[] = [];
  private readonly seen = new Map<string, number>();
  constructor(private readonly item: string) {}

  add(stage: Stage, side: Unit['side'], right: boolean, expected: string | null, got: string | null): void {
    const base = `${this.item} ${stage} ${side} ${side === 'label' ? expected : got}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    this.units.push({ item: this.item, stage, side, right, expected, got, key: n > 1 ? `${base}#${n}` : base });
  }
}
