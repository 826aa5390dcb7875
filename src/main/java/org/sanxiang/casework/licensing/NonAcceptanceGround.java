package org.sanxiang.casework.licensing;

/** Why an application is not accepted (行政许可法 第三十二条第一款, XK-32a). */
public enum NonAcceptanceGround {

	/** (一) the matter needs no licence: tell the applicant at once. */
	NOT_A_LICENSING_MATTER("申请事项依法不需要取得行政许可"),
	/** (二) not this agency's power: decide at once and tell which body to apply to. */
	OUTSIDE_OUR_POWER("申请事项依法不属于本行政机关职权范围"),
	/** Other lawful grounds, e.g. materials not corrected after the notice. */
	OTHER("其他");

	private final String label;

	NonAcceptanceGround(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
