package org.sanxiang.casework.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * A material received for a case ({@code casework_material}): a file kept in the blob
 * store under {@code sha256}, or a paper original checked at the window.
 *
 * @param stage {@code APPLICATION} with the application, {@code CORRECTION} with a 补正
 */
record ReceivedMaterial(UUID id, UUID caseId, String materialName, Stage stage, String fileName, String contentType,
		Long size, String sha256, String sm3, boolean paper, OffsetDateTime receivedAt,
		String receivedBy) implements Serializable {

	/** When the material came: with the application, or with a correction (补正). */
	enum Stage {

		APPLICATION("申请时提交"), CORRECTION("补正时提交");

		private final String label;

		Stage(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** 纸质 or the file's size, e.g. {@code 1.2 MB}, as receipts and lists show it. */
	public String sizeText() {
		return this.paper ? "纸质" : sizeText(this.size == null ? 0 : this.size);
	}

	static String sizeText(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

}
