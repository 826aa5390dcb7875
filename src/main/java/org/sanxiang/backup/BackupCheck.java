package org.sanxiang.backup;

import java.util.List;

/**
 * What re-hashing a backup against its manifest found.
 *
 * @param checkedParts parts whose SHA-256 and size match
 * @param problems each part missing, changed or unlisted, in Chinese; empty when intact
 */
record BackupCheck(int checkedParts, List<String> problems) {

	boolean intact() {
		return this.problems.isEmpty();
	}

	String summary() {
		return intact() ? "备份完整：" + this.checkedParts + " 个文件与清单一致"
				: "备份不完整：" + String.join("；", this.problems.subList(0, Math.min(5, this.problems.size())))
						+ (this.problems.size() > 5 ? "；另有 " + (this.problems.size() - 5) + " 处不符" : "");
	}

}
