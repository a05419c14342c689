// Temporary helper for sourcing: validates statement files against the schema.
import { readFileSync } from 'node:fs';
import { StatementSchema } from './schema.ts';
import topics from './topics.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };

let bad = 0;
for (const file of process.argv.slice(2)) {
  const arr = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  const ids = new Set<string>();
  for (const [i, raw] of arr.entries()) {
    const r = StatementSchema.safeParse(raw);
    const id = (raw as { id?: string }).id ?? `#${i}`;
    if (!r.success) {
      bad++;
      for (const iss of r.error.issues) console.log(`${file}: ${id}: ${iss.path.join('.')}: ${iss.message}`);
      continue;
    }
    const s = r.data;
    if (ids.has(s.id)) (bad++, console.log(`${file}: ${s.id}: duplicate id`));
    ids.add(s.id);
    for (const t of s.topics) if (!topics.some((x) => x.id === t)) (bad++, console.log(`${file}: ${s.id}: topics: unknown ${t}`));
    for (const st of s.stances) {
      const t = topics.find((x) => x.id === st.topic);
      if (!t?.dimensions.some((d) => d.id === st.dimension)) (bad++, console.log(`${file}: ${s.id}: stances: unknown ${st.topic}/${st.dimension}`));
    }
    for (const e of s.events) if (!events.some((x) => x.id === e)) (bad++, console.log(`${file}: ${s.id}: events: unknown ${e}`));
  }
  console.log(`${file}: ${arr.length} statements checked`);
}
process.exit(bad ? 1 : 0);
