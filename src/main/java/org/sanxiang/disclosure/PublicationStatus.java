package org.sanxiang.disclosure;

/**
 * Where a publication stands. Only {@link #PUBLISHED} and {@link #WITHDRAWN} are public:
 * a withdrawn notice stays visible as 已撤回 with its reason (GS-4) until its disclosure
 * period ends (GS-6).
 */
public enum PublicationStatus {

	/**
	 * Created by the decision; waits for its decision document (文书号) before it can go
	 * out.
	 */
	PENDING("待公示"),
	/** Complete, waits for the one approval the agency's setting asks for. */
	AWAITING_APPROVAL("待审核"),
	/** Public. */
	PUBLISHED("已公示"),
	/** Withdrawn with a public explanation; still shown, marked 已撤回. */
	WITHDRAWN("已撤回"),
	/**
	 * Not published, with a recorded reason: minors, state or trade secrets, privacy
	 * (GS-5).
	 */
	HELD_BACK("不予公开");

	private final String label;

	PublicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isPublic() {
		return this == PUBLISHED || this == WITHDRAWN;
	}

}
