// Reads a draft as the browser stored it, whichever version of 年报助手 wrote it: numbered
// migrations bring it up to DRAFT_STORAGE_VERSION one step at a time, then the schema judges it
// (tldraw's migrate.ts: each step returns success or a reason, nothing throws).
import { xmlSafeStrings } from '@/lib/report/xml-characters';
import * as z from 'zod/mini';
import { DRAFT_STORAGE_VERSION, DraftRecordSchema, type DraftRecord } from './record';

/** A stored object as read back, before it is known to be a draft of the current version. */
export type StoredDraft = Record<string, unknown>;

/** Turns a stored draft of version n into one of version n + 1 (the step stamps the version). */
export type Migration = (stored: StoredDraft) => StoredDraft;

/** Keyed by the version a migration starts from. */
export type MigrationTable = Readonly<Partial<Record<number, Migration>>>;

/** `newer`: the version of a draft saved by a newer 年报助手 — left as it is, never set aside. */
export type MigrationResult = { ok: true; record: DraftRecord } | { ok: false; reason: string; newer?: number };

/** Version 1 is the first stored shape, so nothing needs migrating yet. */
export const MIGRATIONS: MigrationTable = {};

const CORRUPT_DRAFT_REASON = '草稿内容已损坏，无法读取。';

/** A draft of a newer storage version: this tab runs an older 年报助手 (a rollback, or a tab left open). */
export const NEWER_DRAFT_MESSAGE = '此草稿由较新版本保存，请刷新页面。';
const missingStepReason = (version: number) => `此草稿由旧版年报助手保存（版本 ${version}），无法升级。`;
const failedStepReason = (version: number) => `此草稿从版本 ${version} 升级到版本 ${version + 1} 时出错，无法读取。`;

const VersionedSchema = z.looseObject({ storageVersion: z.int().check(z.nonnegative()) });

/** Applies the steps from `from` up to `to` in order. */
export function upgradeStored(
  stored: StoredDraft,
  from: number,
  to: number,
  migrations: MigrationTable,
): { ok: true; stored: StoredDraft } | { ok: false; reason: string } {
  let current = stored;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: missingStepReason(from) };
    try {
      current = { ...step(current), storageVersion: version + 1 };
    } catch {
      return { ok: false, reason: failedStepReason(version) };
    }
  }
  return { ok: true, stored: current };
}

export function migrateRecord(raw: unknown, migrations: MigrationTable = MIGRATIONS): MigrationResult {
  const versioned = VersionedSchema.safeParse(raw);
  if (!versioned.success) return { ok: false, reason: CORRUPT_DRAFT_REASON };
  const version = versioned.data.storageVersion;
  if (version > DRAFT_STORAGE_VERSION) return { ok: false, reason: NEWER_DRAFT_MESSAGE, newer: version };

  const upgraded = upgradeStored(versioned.data, version, DRAFT_STORAGE_VERSION, migrations);
  if (!upgraded.ok) return upgraded;
  // A draft stored before its text was cleaned where it was typed (xml-characters.ts) is cleaned here.
  const record = DraftRecordSchema.safeParse(xmlSafeStrings(upgraded.stored));
  return record.success ? { ok: true, record: record.data } : { ok: false, reason: CORRUPT_DRAFT_REASON };
}
