package org.sanxiang.backup;

import org.sanxiang.journal.Journaled;

/** The journaled events of backup and restore (labels in the journal's EntryTypes). */
final class BackupEvents {

	private BackupEvents() {
	}

	/** A backup was completed and moved into place. */
	record BackupCreated(String actor, String name, String schemaVersion, long journalSize, long treeHeadSize,
			int parts, long bytes) implements Journaled {

		@Override
		public String journalActor() {
			return this.actor;
		}

	}

	/** A backup was started but did not complete; nothing of it remains. */
	record BackupFailed(String actor, String reason) implements Journaled {

		@Override
		public String journalActor() {
			return this.actor;
		}

	}

	/** This installation was restored from a backup. */
	record BackupRestored(String actor, String name, String schemaVersion, long journalSize,
			long treeHeadSize) implements Journaled {

		@Override
		public String journalActor() {
			return this.actor;
		}

	}

	/** An administrator re-hashed a backup against its manifest. */
	record BackupVerified(String actor, String name, boolean intact, String detail) implements Journaled {

		@Override
		public String journalActor() {
			return this.actor;
		}

	}

}
