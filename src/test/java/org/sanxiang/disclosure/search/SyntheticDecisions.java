package org.sanxiang.disclosure.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;

/**
 * Invented public decisions of a county 发改局 for search tests and the benchmark: company
 * names built from place names (新田, 宁远, 嘉禾, …), trade words and forms, whose joins cross
 * word boundaries as real names do (新田华兴 → 新/田华/兴), items with long official names, and
 * document numbers 新发改许〔YYYY〕N号. Same seed, same decisions.
 */
public final class SyntheticDecisions {

	static final List<String> PLACES = List.of("新田", "宁远", "嘉禾", "永州", "蓝山", "道县", "江华", "祁阳", "东安", "双牌", "冷水滩", "零陵",
			"江永", "长沙", "湘潭", "衡阳", "郴州", "桂阳", "新化", "田心");

	static final List<String> TRADES = List.of("华兴", "田华", "兴旺", "新能", "绿源", "光伏", "农业", "建材", "电力", "矿业", "医药", "物流",
			"水泥", "茶业", "食品", "石化", "华田", "新星", "恒达", "宏源", "鑫盛", "金田", "和兴", "源通", "天成", "嘉信", "永兴", "湘南", "瑞丰", "博远");

	static final List<String> FORMS = List.of("有限公司", "有限责任公司", "股份有限公司", "科技有限公司", "实业有限公司", "发展有限公司", "合作社",
			"农民专业合作社", "（有限合伙）", "商贸行");

	/** Items of the county 发改局 with codes, as a licensing catalogue names them. */
	static final List<String[]> ITEMS = List.of(new String[] { "XK-001", "企业投资项目核准" },
			new String[] { "XK-002", "固定资产投资项目节能审查意见" }, new String[] { "XK-003", "政府投资项目可行性研究报告审批" },
			new String[] { "XK-004", "政府投资项目初步设计审批" }, new String[] { "XK-005", "价格评估机构资质认定" },
			new String[] { "XK-006", "粮食收购资格认定" }, new String[] { "XK-007", "电力设施保护区内施工作业许可" },
			new String[] { "XK-008", "石油天然气管道保护范围内特定施工作业许可" }, new String[] { "XK-009", "招标事项核准" },
			new String[] { "XK-010", "新建不能满足管道保护要求的石油天然气管道防护方案审批" });

	static final List<String> ACTIONS = List.of("准予许可", "准予许可", "准予许可", "准予许可", "准予许可", "准予许可", "不予许可", "变更", "延续",
			"撤回", "撤销", "注销");

	static final List<String> PROJECTS = List.of("年产十万吨新型建材生产线", "二十兆瓦农光互补光伏电站", "县城污水处理厂提质改造", "冷链物流园", "茶叶精深加工",
			"农产品仓储中心", "分布式光伏发电", "工业园区标准厂房", "乡村道路提质", "生物质发电");

	private final Random random;

	public SyntheticDecisions(long seed) {
		this.random = new Random(seed);
	}

	public String partyName() {
		String place = pick(PLACES);
		// a third of the names has a second place or trade word, so joins vary
		String trade = pick(TRADES) + (this.random.nextInt(3) == 0 ? pick(TRADES) : "");
		return (this.random.nextInt(10) == 0 ? "湖南" : "") + place + trade + pick(FORMS);
	}

	/** The {@code n}-th decision: year 2021–2026, numbers counted per year. */
	public Publication next(int n) {
		String[] item = ITEMS.get(this.random.nextInt(ITEMS.size()));
		int year = 2021 + this.random.nextInt(6);
		LocalDate decided = LocalDate.of(year, 1, 1).plusDays(this.random.nextInt(365));
		String action = pick(ACTIONS);
		boolean valid = action.equals("准予许可") || action.equals("变更") || action.equals("延续");
		String party = partyName();
		String number = "新发改许〔" + year + "〕" + (1 + this.random.nextInt(Math.max(1, 400))) + "号";
		boolean withdrawn = this.random.nextInt(50) == 0;
		Instant published = decided.plusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8));
		String content = "同意" + party + pick(PROJECTS) + "项目" + item[1] + "，" + action + "。";
		return new Publication(UUID.nameUUIDFromBytes(("synthetic-" + n).getBytes()), UUID.randomUUID(),
				"XK-" + decided.toString().replace("-", "") + "-" + n, action, item[0], item[1], party, "法人及非法人组织",
				"91431128MA4L0A0B1X", "王某", "准予行政许可决定书", number, "核准", null, null, content, decided, decided,
				LocalDate.of(2099, 12, 31), "新田县发展和改革局", "11431128006123458Q", valid ? "有效" : "无效", "新田县发展和改革局",
				"11431128006123458Q", null, withdrawn ? PublicationStatus.WITHDRAWN : PublicationStatus.PUBLISHED,
				decided.plusDays(9), published, null, withdrawn ? published.plusSeconds(86400) : null,
				withdrawn ? "决定已撤销" : null, null);
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
