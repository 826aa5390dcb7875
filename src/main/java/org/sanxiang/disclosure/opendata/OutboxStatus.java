package org.sanxiang.disclosure.opendata;

/** Where a message to the provincial platform stands. */
enum OutboxStatus {

	/** Waiting for its (next) attempt. */
	PENDING("待推送"),
	/** Accepted by the platform (2xx). */
	SENT("已推送"),
	/**
	 * Refused by the platform (4xx) or out of attempts: waits for an administrator to
	 * replay it.
	 */
	DEAD("推送失败");

	private final String label;

	OutboxStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
