/**
 * The harvest's progress on stderr: a bar redrawn in place on a terminal, plain lines every few seconds elsewhere
 * (a pipe, a log, CI=true), each with pages per second. Messages about single pages go above the bar.
 */

export interface ProgressStats {
  /** Pages harvested in this run. */
  pages: number;
  /** Pages passed over because an earlier run read them. */
  resumed: number;
  candidates: number;
  unreadable: number;
  /** Share of the input bytes read (0…1), or null when not known. */
  fraction: number | null;
}

export interface Progress {
  update(stats: ProgressStats): void;
  /** Prints a line about one page (above the bar on a terminal). */
  note(line: string): void;
  /** The last line, always printed. */
  finish(stats: ProgressStats): void;
}

const BAR = 24;

/** Formats one status line. */
export function progressLine(s: ProgressStats, seconds: number, rssMb: number): string {
  const rate = seconds > 0 ? s.pages / seconds : 0;
  const resumed = s.resumed ? ` (+${s.resumed} read before)` : '';
  return `${s.pages} pages${resumed} · ${rate.toFixed(1)} pages/s · ${s.candidates} candidates · ${s.unreadable} unreadable · ${Math.round(rssMb)} MB`;
}

/** A reporter writing to `out`; `tty` chooses the bar, `every` the time between plain lines (ms). */
export function createProgress(out: NodeJS.WriteStream, tty: boolean, every = 5000): Progress {
  const started = performance.now();
  let last = -Infinity;
  let drawn = false;
  const seconds = () => (performance.now() - started) / 1000;
  const rss = () => process.memoryUsage.rss() / 1e6;
  const bar = (f: number | null) => {
    if (f === null) return '';
    const filled = Math.round(Math.min(1, f) * BAR);
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${Math.floor(Math.min(1, f) * 100)}% `;
  };
  const clear = () => drawn && out.write('\r\x1b[2K');
  return {
    update(stats) {
      const now = performance.now();
      if (now - last < (tty ? 100 : every)) return;
      last = now;
      if (tty) {
        out.write(`\r\x1b[2K${bar(stats.fraction)}${progressLine(stats, seconds(), rss())}`);
        drawn = true;
      } else out.write(`data:harvest: ${progressLine(stats, seconds(), rss())}\n`);
    },
    note(line) {
      clear();
      drawn = false;
      out.write(`${line}\n`);
      last = -Infinity;
    },
    finish(stats) {
      clear();
      out.write(`data:harvest: ${progressLine(stats, seconds(), rss())} in ${seconds().toFixed(1)} s\n`);
    },
  };
}
