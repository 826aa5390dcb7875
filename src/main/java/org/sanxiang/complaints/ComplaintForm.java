package org.sanxiang.complaints;

/** What the public form sends, as typed. */
record ComplaintForm(String kind, String unitCode, String officerId, String certificateNo, String caseNumber,
		String content, String contactName, String contactPhone, boolean anonymous, String challengeToken,
		String challengeAnswer) {

	static ComplaintForm empty() {
		return new ComplaintForm("COMPLAINT", "", "", "", "", "", "", "", false, "", "");
	}

}
