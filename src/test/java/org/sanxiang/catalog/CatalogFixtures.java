package org.sanxiang.catalog;

import java.time.LocalDate;
import java.util.List;

/** Minimal valid catalog entries for tests, attached to the demo agency and units. */
final class CatalogFixtures {

	private CatalogFixtures() {
	}

	static Item item(String code, int promisedDays) {
		return new Item(code, CatalogDemoData.AGENCY, "测试事项 " + code, PowerCategory.LICENSING, "普通",
				List.of(new LegalBasis("《测试条例》", "第一条", "测试条文。")), "TZK", "测试条件",
				List.of("申请", "受理", "审查", "决定", "送达", "公示"), new TimeLimit(20, DayUnit.WORKING_DAYS),
				new TimeLimit(promisedDays, DayUnit.WORKING_DAYS), new Fee(false, "不收费", null), List.of(), false, false,
				false, null, null);
	}

	static Officer officer(String id, String certificateNumber) {
		return new Officer(
				id, CatalogDemoData.AGENCY, "测试人员", "TZK", "科员", new Certificate(certificateNumber, "湖南省人民政府",
						LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), CertificateStatus.VALID),
				List.of("新田县行政区域"), null, true);
	}

}
