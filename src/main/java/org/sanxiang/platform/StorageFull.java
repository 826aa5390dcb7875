package org.sanxiang.platform;

import java.util.Locale;

/**
 * Recognises a write refused because the disk is full (ENOSPC, "No space left on device";
 * Windows: "There is not enough space on the disk"), wherever it sits in the cause chain,
 * so that the user is told so in Chinese instead of seeing a server error.
 */
final class StorageFull {

	/** What the user reads. */
	static final String MESSAGE = "存储空间不足，文件未能保存，本次提交未生效。请联系系统管理员清理磁盘或扩容后重新提交。";

	private StorageFull() {
	}

	/** Whether {@code ex} or one of its causes reports a full disk. */
	static boolean causes(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = t.getMessage();
			if (message != null) {
				String m = message.toLowerCase(Locale.ROOT);
				if (m.contains("no space left on device") || m.contains("not enough space on the disk")
						|| m.contains("disk quota exceeded")) {
					return true;
				}
			}
		}
		return false;
	}

}
