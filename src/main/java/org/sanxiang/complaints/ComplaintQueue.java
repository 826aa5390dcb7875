package org.sanxiang.complaints;

/**
 * Who handles a complaint: 负责人 and 督查 in general; 督查 alone when it names an officer, so
 * that it never reaches the officer or the officer's own line of command first.
 */
enum ComplaintQueue {

	DIRECTOR("负责人"), SUPERVISION("督查");

	private final String label;

	ComplaintQueue(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
