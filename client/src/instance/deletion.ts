// Deletion flow shared by the palette and the CLI: delete (Assistant, optionally Discovery), record in the ledger,
// and verify later by re-querying the logs.
import type { AssistantInstanceClient, DeleteConfirmation } from './client';
import { requireCustomerId } from './customerId';
import type { DeletionLedger, LedgerEntry } from './ledger';

/** Deletions are processed in batches and may take this long to finish. */
export const DELETION_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The exact consequences, shown before anyone confirms a deletion. */
export function deletionWarning(customerId: string, instanceName: string, withDiscovery = false): string {
  return [
    `This deletes every message labelled with customer id "${customerId}" received before now, across the whole instance "${instanceName}" and all its skills and assistants — not just one skill.`,
    'Only data sent through the /message API with this customer id is deleted; training data (intents, entities, examples) and data added any other way is not.',
    'Deletion is processed in batches and may take up to 24 hours to complete.',
    withDiscovery ? 'The linked Discovery instance also receives a delete request for this id (search queries carry the id).' : '',
    'This cannot be undone.',
  ]
    .filter(Boolean)
    .join('\n');
}

export interface DeleteOutcome {
  entries: LedgerEntry[];
  discoveryError?: Error;
  /** The deletion was requested but could not be recorded. */
  ledgerError?: Error;
}

export async function deleteCustomerData(
  client: AssistantInstanceClient,
  ledger: DeletionLedger | undefined,
  rawId: string,
  confirmation: DeleteConfirmation,
  opts: { discovery?: boolean; storeRawId?: boolean; signal?: AbortSignal } = {},
): Promise<DeleteOutcome> {
  const customerId = requireCustomerId(rawId);
  const entries: LedgerEntry[] = [];
  await client.deleteUserData(customerId, confirmation, opts.signal);
  const base = { instance: client.config.name, customerId, storeRawId: opts.storeRawId };
  let ledgerError: Error | undefined;
  // A ledger failure must not hide that the DELETE was accepted.
  const record = async (target: 'assistant' | 'discovery') => {
    if (!ledger) return;
    try {
      entries.push(await ledger.record({ ...base, target }));
    } catch (e) {
      ledgerError ??= e as Error;
    }
  };
  await record('assistant');
  let discoveryError: Error | undefined;
  if (opts.discovery) {
    try {
      await client.deleteDiscoveryUserData(customerId, confirmation, opts.signal);
    } catch (e) {
      discoveryError = e as Error;
    }
    if (!discoveryError) await record('discovery');
  }
  return { entries, discoveryError, ledgerError };
}

export interface VerifyOutcome {
  entry: LedgerEntry;
  remaining: number;
  /** True while the 24-hour processing window is still open (remaining logs may still be deleted). */
  withinWindow: boolean;
}

/** Re-queries the logs for the entry's id and updates its status (verified when none are left). */
export async function verifyDeletion(
  client: AssistantInstanceClient,
  ledger: DeletionLedger,
  entry: LedgerEntry,
  rawId: string,
  opts: { signal?: AbortSignal; now?: Date } = {},
): Promise<VerifyOutcome> {
  const customerId = requireCustomerId(rawId);
  if (!(await ledger.matches(entry, customerId))) {
    throw new Error('That customer id does not match the ledger entry (its salted hash differs).');
  }
  if (entry.target !== 'assistant') throw new Error('Only Assistant deletions can be verified (Discovery has no query by customer id).');
  const remaining = await client.countRemaining(customerId, opts.signal);
  const now = opts.now ?? new Date();
  const updated = await ledger.update(entry.entryId, {
    status: remaining === 0 ? 'verified' : 'still-present',
    checkedAt: now.toISOString(),
    remaining,
  });
  const withinWindow = now.getTime() - Date.parse(entry.requestedAt) < DELETION_WINDOW_MS;
  return { entry: updated, remaining, withinWindow };
}
