// The deletion ledger: a record of each deletion request (when, which instance, a salted hash of the id, status).
// The raw customer id is stored only when the user opts in; the JSON file lives in a directory the caller chooses
// (the extension's globalStorage, never the repository).
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export type LedgerStatus = 'requested' | 'verified' | 'still-present';

export interface LedgerEntry {
  entryId: string;
  /** ISO time the DELETE was accepted. */
  requestedAt: string;
  instance: string;
  target: 'assistant' | 'discovery';
  /** HMAC-SHA256 of the customer id with this ledger's salt, hex. */
  idHash: string;
  /** Only when the user opted in to storing it. */
  customerId?: string;
  status: LedgerStatus;
  checkedAt?: string;
  /** Log entries found at the last check. */
  remaining?: number;
}

export interface NewLedgerEntry {
  instance: string;
  target: 'assistant' | 'discovery';
  customerId: string;
  storeRawId?: boolean;
  requestedAt?: Date;
}

export interface DeletionLedger {
  list(): Promise<LedgerEntry[]>;
  record(entry: NewLedgerEntry): Promise<LedgerEntry>;
  update(entryId: string, patch: Partial<Pick<LedgerEntry, 'status' | 'checkedAt' | 'remaining'>>): Promise<LedgerEntry>;
  /** Whether `customerId` is the id the entry was recorded for. */
  matches(entry: LedgerEntry, customerId: string): Promise<boolean>;
}

interface LedgerFile {
  version: 1;
  salt: string;
  entries: LedgerEntry[];
}

export const LEDGER_FILE_NAME = 'deletion-ledger.json';

export class JsonFileLedger implements DeletionLedger {
  readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(directory: string) {
    this.file = path.join(directory, LEDGER_FILE_NAME);
  }

  async list(): Promise<LedgerEntry[]> {
    return (await this.read()).entries.map((e) => ({ ...e }));
  }

  record(input: NewLedgerEntry): Promise<LedgerEntry> {
    return this.mutate((data) => {
      const entry: LedgerEntry = {
        entryId: randomUUID(),
        requestedAt: (input.requestedAt ?? new Date()).toISOString(),
        instance: input.instance,
        target: input.target,
        idHash: hashId(data.salt, input.customerId),
        status: 'requested',
        ...(input.storeRawId ? { customerId: input.customerId } : {}),
      };
      data.entries.push(entry);
      return entry;
    });
  }

  update(entryId: string, patch: Partial<Pick<LedgerEntry, 'status' | 'checkedAt' | 'remaining'>>): Promise<LedgerEntry> {
    return this.mutate((data) => {
      const entry = data.entries.find((e) => e.entryId === entryId);
      if (!entry) throw new Error(`No ledger entry ${entryId}.`);
      Object.assign(entry, patch);
      return entry;
    });
  }

  async matches(entry: LedgerEntry, customerId: string): Promise<boolean> {
    const { salt } = await this.read();
    const a = Buffer.from(hashId(salt, customerId.trim()), 'hex');
    const b = Buffer.from(entry.idHash, 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Serialises read-modify-write cycles so concurrent commands cannot lose entries. */
  private mutate<T>(change: (data: LedgerFile) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const data = await this.read();
      const result = change(data);
      await this.write(data);
      return { ...result };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<LedgerFile> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, salt: randomBytes(32).toString('hex'), entries: [] };
      throw e;
    }
    const data = JSON.parse(text) as LedgerFile;
    if (data.version !== 1 || typeof data.salt !== 'string' || !Array.isArray(data.entries)) {
      throw new Error(`${this.file} is not a deletion ledger this version understands.`);
    }
    return data;
  }

  private async write(data: LedgerFile): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
    await fs.rename(tmp, this.file);
  }
}

function hashId(salt: string, customerId: string): string {
  return createHmac('sha256', Buffer.from(salt, 'hex')).update(customerId, 'utf8').digest('hex');
}
