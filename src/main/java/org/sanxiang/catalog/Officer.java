package org.sanxiang.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * 行政执法人员 with a 行政执法证.
 *
 * @param id stable id (the certificate may be reissued with a new number)
 * @param unitCode the unit the officer works in
 * @param post 职务/岗位
 * @param areas 执法区域/执法类别, e.g. 新田县行政区域 / 发展改革
 * @param account user name of the officer's staff account, if any
 * @param example true for fictional demo officers, shown as 示例 on the portal
 */
public record Officer(String id, String agencyCode, String name, String unitCode, String post, Certificate certificate,
		List<String> areas, String account, boolean example) implements CatalogEntry {

	public Officer {
		areas = areas == null ? List.of() : List.copyOf(areas);
	}

	@Override
	public String key() {
		return this.id;
	}

	@Override
	public String displayName() {
		return this.name;
	}

	/** Whether the officer may enforce on that date (持证上岗, ZJ-1). */
	public boolean certifiedOn(LocalDate date) {
		return this.certificate != null && this.certificate.validOn(date);
	}

}
