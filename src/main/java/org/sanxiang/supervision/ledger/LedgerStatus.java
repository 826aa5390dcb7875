package org.sanxiang.supervision.ledger;

/**
 * Where a ledger task stands on a given day. Only completion is recorded; the rest
 * follows from the deadline and the progress recorded so far (see
 * {@link LedgerTask#statusOn}).
 */
enum LedgerStatus {

	NOT_STARTED("未开始"), IN_PROGRESS("进行中"), COMPLETED("已完成"), OVERDUE("已逾期");

	private final String label;

	LedgerStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static LedgerStatus parse(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		for (LedgerStatus s : values()) {
			if (s.name().equalsIgnoreCase(v) || s.label.equals(v)) {
				return s;
			}
		}
		return null;
	}

}
