import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Tally } from '../batch/progress.js';
import type { ResolvedOptions } from '../options.js';
import type { SkippedCounts } from './record.js';

/**
 * Shard mode, for engines that hand out files (Dask, Slurm arrays, a retried or duplicated task):
 * `deboil shard.warc.gz -o out.jsonl` writes to a temporary name beside the output, owned by this
 * host and process, and renames it when complete. The final name therefore exists only when complete:
 * a retried task finds it and is done (exit 0), a killed task leaves only its temporary file, and the
 * next run for that output removes the temporaries of tasks that are dead.
 */
const PART = '.deboil-part.';
/** A temporary file of another host cannot be checked for life: it is stale once this old. */
const FOREIGN_STALE_MS = 24 * 60 * 60 * 1000;

export function partName(output: string): string {
  return `${output}${PART}${hostname()}.${process.pid}`;
}

/**
 * Whether a process of this host still runs. A killed task whose parent died too stays a zombie until
 * something reaps it, and a container's first process often never does; a zombie answers signal 0 but
 * writes nothing more, so Linux's process table is asked for its state.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The state follows the command name, which is in parentheses and may itself hold spaces or ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** Removes the temporaries of `output` left by dead tasks; returns how many. */
export async function cleanStaleParts(output: string, now = Date.now()): Promise<number> {
  const dir = dirname(output);
  const prefix = `${basename(output)}${PART}`;
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const owner = name.slice(prefix.length);
    const dot = owner.lastIndexOf('.');
    const host = owner.slice(0, dot);
    const pid = Number(owner.slice(dot + 1));
    const path = join(dir, name);
    const dead =
      host === hostname()
        ? !(Number.isInteger(pid) && pid > 0 && alive(pid))
        : now - ((await stat(path).catch(() => null))?.mtimeMs ?? now) > FOREIGN_STALE_MS;
    if (
      dead &&
      (await unlink(path).then(
        () => true,
        () => false,
      ))
    )
      removed++;
  }
  return removed;
}

/** Whether the output of a shard is already complete (its final name exists). */
export async function shardDone(output: string): Promise<boolean> {
  return (await stat(output).catch(() => null))?.isFile() ?? false;
}

export async function commitShard(part: string, output: string): Promise<void> {
  await rename(part, output);
}

/** A short hash of everything that shapes the output besides the input bytes and the version. */
export function optionsHash(options: ResolvedOptions, extra: Record<string, unknown>): string {
  const canonical = JSON.stringify({ ...options, ...extra }, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

export interface ShardSummary {
  output: string;
  /** True when the output was already complete and nothing was done. */
  skipped: boolean;
  records: number;
  /** Records by what they are: an article, a page with no body (`status: no-content`), an error record. */
  byStatus: { article: number; 'no-content': number; error: number };
  /** Articles behind a wall, by `access` (paywall, login-wall, consent-wall); open pages are not counted. */
  byAccess: Record<string, number>;
  byCode: Record<string, number>;
  passedOver: Record<string, number>;
  version: string;
  optionsHash: string;
}

/** The `status` values among the tally's kinds; the other kinds are walls (`access`). */
const STATUSES = new Set(['article', 'no-content']);

/** The one-line JSON summary an engine adds up across shards. */
export function shardSummary(
  tally: Tally,
  output: string,
  skipped: boolean,
  passedOver: SkippedCounts,
  version: string,
  hash: string,
): ShardSummary {
  return {
    output,
    skipped,
    records: tally.done,
    byStatus: {
      article: tally.byKind.get('article') ?? 0,
      'no-content': tally.byKind.get('no-content') ?? 0,
      error: tally.failed,
    },
    byAccess: Object.fromEntries([...tally.byKind].filter(([kind]) => !STATUSES.has(kind))),
    byCode: Object.fromEntries(tally.byCode),
    passedOver: Object.fromEntries(passedOver),
    version,
    optionsHash: hash,
  };
}
