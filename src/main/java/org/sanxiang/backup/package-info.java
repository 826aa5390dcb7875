/**
 * 备份与恢复 — one consistent backup of everything an installation holds: the database (every
 * table dumped with {@code COPY} inside one read-only repeatable-read snapshot, sequences
 * included), the evidence files of the {@link org.sanxiang.platform.BlobStore}, the
 * supervision ledger files and the journal's signing keystore, described by a manifest
 * that names each part with its SHA-256 and size, the schema version and the latest
 * signed tree head. A backup is written under a temporary name and renamed into place
 * only when complete, so an interrupted run leaves nothing that looks like a backup.
 * Restore fills an empty installation from a verified backup; backups, failures and
 * restores are journaled. Nothing depends on this module.
 */
package org.sanxiang.backup;
