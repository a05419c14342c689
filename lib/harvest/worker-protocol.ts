/** The messages between the harvest's main thread and its workers. */

/** What every worker is started with. */
export interface WorkerSettings {
  dataDir: string;
  baseUrl: string | null;
  /** Statement dates after this (UTC) day are out of the dataset's range. */
  today: string;
  /** The time the harvest's flags are created at. */
  now: string;
}

/** One page to harvest: a file the worker reads itself (bounded), or bytes read from an archive. */
export interface PageTask {
  id: number;
  name: string;
  path: string | null;
  bytes: Uint8Array | null;
  url: string | null;
  charset: string | null;
  relative: string | null;
}
