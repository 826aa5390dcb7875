package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * 检查对象: a market entity in the agency's register.
 *
 * @param creditCode 统一社会信用代码 (ID-1), the key within the agency
 * @param category 法人及非法人组织 or 个体工商户
 * @param area 所在区域 (乡镇/街道)
 * @param licences licences recorded by hand (granted elsewhere); those this platform
 * granted are read from casework and shown beside them
 */
record Target(String agencyCode, String creditCode, String name, String category, String legalRepresentative,
		String address, String area, String industry, List<HeldLicence> licences, boolean active) {

	static final List<String> CATEGORIES = List.of("法人及非法人组织", "个体工商户");

	Target {
		licences = licences == null ? List.of() : List.copyOf(licences);
	}

	/**
	 * A licence a target holds.
	 *
	 * @param itemCode the catalog item when granted by this platform, else {@code null}
	 * @param caseNumber the case that granted it on this platform, else {@code null}
	 */
	record HeldLicence(String name, String number, String issuer, LocalDate validTo, String itemCode,
			String caseNumber) {
	}

}
