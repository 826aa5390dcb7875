package org.sanxiang.disclosure.opendata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;

/**
 * The 信用中国 双公示 行政许可 record (GS-7), column by column in the standard's order: the header
 * of {@code xinyong-xk.csv}, the keys of {@code xinyong-xk.json} and of the body pushed
 * to the provincial platform.
 * <p>
 * Choices, each where the standard leaves a value open: 行政相对人类别 and 许可类别 as the Chinese
 * labels of the v2 standard (法人及非法人组织 / 自然人 / 个体工商户; 普通 … 其他), as 信用中国's own records
 * carry them (RULES-NOTES §5); 当前状态 as the codes 1 有效 / 2 无效 (GS-7), a withdrawn
 * publication being 2 with its explanation in 备注 (GS-4); dates as yyyy/MM/dd, the form of
 * the standard's import template (recollection, RULES-NOTES does not fix one: change
 * {@link #DATE} if the provincial platform asks otherwise). The ID-number columns
 * XK_FR_ZJHM and XK_XDR_ZJHM are part of the layout but always empty: collected, never
 * displayed (GS-7, GS-5). The other party codes (工商注册号 … 社会组织登记证号) are filled only when
 * there is no 统一社会信用代码; publications carry none of them, so they are empty.
 */
enum XinyongColumn {

	XK_XDR_MC("行政相对人名称", Publication::partyName), XK_XDR_LB("行政相对人类别", Publication::partyCategory),
	XK_XDR_SHXYM("统一社会信用代码", Publication::partyCreditCode), XK_XDR_GSZC("工商注册号", p -> null),
	XK_XDR_ZZJG("组织机构代码", p -> null), XK_XDR_SWDJ("税务登记号", p -> null), XK_XDR_SYDW("事业单位证书号", p -> null),
	XK_XDR_SHZZ("社会组织登记证号", p -> null), XK_FRDB("法定代表人", Publication::legalRepresentative),
	XK_FR_ZJLX("法定代表人证件类型", p -> null),
	/** Never displayed (GS-7): always empty. */
	XK_FR_ZJHM("法定代表人证件号码", p -> null), XK_XDR_ZJLX("证件类型", p -> null),
	/** Never displayed (GS-7): always empty. */
	XK_XDR_ZJHM("证件号码", p -> null), XK_XKWS("许可决定文书名称", Publication::documentTitle),
	XK_WSH("许可决定文书号", Publication::documentNumber), XK_XKLB("许可类别", Publication::licenceCategory),
	XK_XKZS("许可证书名称", Publication::certificateName), XK_XKBH("许可编号", Publication::certificateNumber),
	XK_NR("许可内容", Publication::content), XK_JDRQ("许可决定日期", p -> date(p.decidedOn())),
	XK_YXQZ("有效期自", p -> date(p.validFrom())), XK_YXQZI("有效期至", p -> date(p.validTo())),
	XK_XKJG("许可机关", Publication::authority), XK_XKJGDM("许可机关统一社会信用代码", Publication::authorityCode),
	XK_ZT("当前状态", XinyongColumn::status), XK_LYDW("数据来源单位", Publication::sourceUnit),
	XK_LYDWDM("数据来源单位统一社会信用代码", Publication::sourceUnitCode), BZ("备注", XinyongColumn::remarks);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private final String label;

	private final Function<Publication, String> value;

	XinyongColumn(String label, Function<Publication, String> value) {
		this.label = label;
		this.value = value;
	}

	/** The column name of the standard, e.g. XK_XDR_MC. */
	public String key() {
		return name();
	}

	/** Its Chinese name, e.g. 行政相对人名称. */
	public String label() {
		return this.label;
	}

	String value(Publication publication) {
		return this.value.apply(publication);
	}

	private static String date(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	/** 1 有效, 2 无效 (GS-7); a withdrawn notice no longer stands (GS-4). */
	private static String status(Publication p) {
		if (p.status() == PublicationStatus.WITHDRAWN) {
			return "2";
		}
		return "有效".equals(p.currentStatus()) ? "1" : "2";
	}

	private static String remarks(Publication p) {
		if (p.status() != PublicationStatus.WITHDRAWN) {
			return p.remarks();
		}
		String withdrawn = "已撤回：" + (p.withdrawalReason() == null ? "" : p.withdrawalReason());
		return p.remarks() == null || p.remarks().isBlank() ? withdrawn : p.remarks() + "；" + withdrawn;
	}

}
