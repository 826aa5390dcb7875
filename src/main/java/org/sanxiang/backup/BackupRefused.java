package org.sanxiang.backup;

/** A backup or restore that cannot be done, with the reason in Chinese. */
class BackupRefused extends RuntimeException {

	BackupRefused(String message) {
		super(message);
	}

	BackupRefused(String message, Throwable cause) {
		super(message, cause);
	}

}
