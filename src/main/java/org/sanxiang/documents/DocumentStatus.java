package org.sanxiang.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an issued document stands (issue 7, item 4), as the verification page shows it to
 * whoever holds a printed copy: 有效 as issued; 已变更 when the licence it granted was changed
 * (行政许可法 第四十九条); 已撤销 when that licence was withdrawn, revoked or cancelled (第八条, 第六十九条,
 * 第七十条); 已作废 when the agency voided the document itself (issued in error), its number
 * kept in the register and never used again.
 */
public enum DocumentStatus {

	VALID("有效"), CHANGED("已变更"), REVOKED("已撤销"), VOIDED("已作废");

	private final String label;

	DocumentStatus(String label) {
		this.label = label;
	}

	/** The Chinese word stored and shown. */
	public String label() {
		return this.label;
	}

	public static Optional<DocumentStatus> ofLabel(String label) {
		return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
	}

}
