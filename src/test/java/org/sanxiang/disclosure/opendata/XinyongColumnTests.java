package org.sanxiang.disclosure.opendata;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.disclosure.Publication;

import static org.assertj.core.api.Assertions.assertThat;

/** The 信用中国 双公示 行政许可 layout, checked against the list in RULES.md GS-7. */
class XinyongColumnTests {

	/** RULES.md GS-7, in its order. */
	static final List<String> GS7 = List.of("XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XDR_GSZC", "XK_XDR_ZZJG",
			"XK_XDR_SWDJ", "XK_XDR_SYDW", "XK_XDR_SHZZ", "XK_FRDB", "XK_FR_ZJLX", "XK_FR_ZJHM", "XK_XDR_ZJLX",
			"XK_XDR_ZJHM", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS", "XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ",
			"XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "BZ");

	@Test
	void columnsAreTheGs7ListInItsOrder() {
		assertThat(Arrays.stream(XinyongColumn.values()).map(XinyongColumn::key).toList()).isEqualTo(GS7);
		assertThat(XinyongColumn.XK_XDR_LB.label()).isEqualTo("行政相对人类别");
		assertThat(XinyongColumn.XK_ZT.label()).isEqualTo("当前状态");
	}

	@Test
	void idNumberColumnsAreAlwaysEmpty() {
		Publication p = Samples.published("新田华兴能源有限公司", "同意");
		assertThat(Exports.xinyong(p)).containsEntry("XK_FR_ZJHM", "").containsEntry("XK_XDR_ZJHM", "");
	}

	@Test
	void recordCarriesCodesDatesAndTheStandardsLabels() {
		Publication p = Samples.published("新田华兴能源有限公司", "同意该项目节能审查");
		assertThat(Exports.xinyong(p)).containsEntry("XK_XDR_MC", "新田华兴能源有限公司")
			.containsEntry("XK_XDR_LB", "法人及非法人组织")
			.containsEntry("XK_XDR_SHXYM", "91431128MA4L0A0B1X")
			.containsEntry("XK_WSH", "新发改许〔2026〕12号")
			.containsEntry("XK_XKLB", "核准")
			.containsEntry("XK_JDRQ", "2026/06/01")
			.containsEntry("XK_YXQZI", "2099/12/31")
			.containsEntry("XK_ZT", "1")
			.containsEntry("XK_XKJGDM", "11431128006123458Q")
			.containsEntry("BZ", "");
		assertThat(Exports.xinyong(p).keySet()).containsExactlyElementsOf(GS7);
	}

	@Test
	void aWithdrawnPublicationIsNoLongerValidAndSaysWhyInTheRemarks() {
		Publication p = Samples.withdrawn("新田县永兴建材有限公司", "许可决定已被依法撤销", Instant.parse("2026-06-05T02:00:00Z"));
		assertThat(Exports.xinyong(p)).containsEntry("XK_ZT", "2").containsEntry("BZ", "备注；已撤回：许可决定已被依法撤销");
	}

}
