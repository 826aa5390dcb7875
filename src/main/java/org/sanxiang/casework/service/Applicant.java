package org.sanxiang.casework.service;

/**
 * Who applied (申请人) and how to reach them, as validated at intake (行政许可法 第二十九条).
 *
 * @param kind natural person or organisation
 * @param name the applicant's name
 * @param idNumber 公民身份号码 of a natural person, else {@code null}
 * @param creditCode 统一社会信用代码 of an organisation, else {@code null}
 * @param contactName the person to contact
 * @param contactPhone their phone
 * @param contactAddress the address for delivery, if given
 * @param legalRepresentative 法定代表人 (or 负责人) of an organisation, by name, if given; its ID
 * number is not collected (GS-5, GS-7)
 */
record Applicant(ApplicantKind kind, String name, String idNumber, String creditCode, String contactName,
		String contactPhone, String contactAddress, String legalRepresentative) {

	/** An applicant without a 法定代表人 (a natural person, or not given). */
	Applicant(ApplicantKind kind, String name, String idNumber, String creditCode, String contactName,
			String contactPhone, String contactAddress) {
		this(kind, name, idNumber, creditCode, contactName, contactPhone, contactAddress, null);
	}

	/** 自然人 or 法人和其他组织. */
	enum ApplicantKind {

		PERSON, ORGANISATION

	}

}
