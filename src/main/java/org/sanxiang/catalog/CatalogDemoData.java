package org.sanxiang.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Xintian development-and-reform bureau as demo data, loaded once into a demo
 * installation (skipped when the agency exists) and in one transaction, before other
 * modules' start-up runners that may refer to its units. Officers are fictional (示例);
 * contact values marked fictional below are made up and must not be dialled or mailed.
 * Legal bases quote article text only where it was seen (RULES.md, RULES-NOTES.md);
 * anything else is marked 摘要 (summary).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CatalogDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

	/**
	 * Fictional but GB 32100-valid: 1 (机关) 1 (机关) 431128 (新田县) + 组织机构代码 006123458 + check
	 * Q.
	 */
	static final String AGENCY = "11431128006123458Q";

	static final LocalDate INITIAL = LocalDate.of(2026, 1, 1);

	static final String ACTOR = "system";

	private static final String INITIAL_REASON = "初始公示（演示数据）";

	private static final String AREA = "新田县行政区域";

	private static final String FIELD = "发展和改革";

	private final Catalog catalog;

	private final Installation installation;

	private final TransactionTemplate transaction;

	CatalogDemoData(Catalog catalog, Installation installation, TransactionTemplate transaction) {
		this.catalog = catalog;
		this.installation = installation;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo()) {
			return;
		}
		if (this.catalog.agency(AGENCY).isEmpty() && this.catalog.history(EntryKind.AGENCY, AGENCY).isEmpty()) {
			this.transaction.executeWithoutResult(status -> {
				load();
				loadReviewCatalogue();
			});
			log.info("已载入演示数据：新田县发展和改革局（{}个内设机构、{}名示例执法人员、{}个权责事项）", this.catalog.units().size(),
					this.catalog.officers().size(), this.catalog.items().size());
		}
		else if (this.catalog.history(EntryKind.MAJOR_CONDITION, MajorConditionKind.PUBLIC_INTEREST.name()).isEmpty()
				&& this.catalog.agency(AGENCY).isPresent()) {
			// a demo installation made before the catalogue existed gets it once
			this.transaction.executeWithoutResult(status -> loadReviewCatalogue());
			log.info("已载入演示数据：重大执法决定法制审核目录（{}种情形）和行政裁量基准（{}条）", this.catalog.majorConditions().size(),
					this.catalog.benchmarks().size());
		}
	}

	private void load() {
		Change initial = new Change(INITIAL, INITIAL_REASON, ACTOR);
		// Fictional contact values (phone numbers, website, e-mail, street number): made
		// up for the demo.
		this.catalog.save(EntryKind.AGENCY,
				new Agency(AGENCY, "新田县发展和改革局", "新发改", "湖南省永州市新田县龙泉镇示例路88号（虚构）", "0746-4700001",
						"https://xintian-fgj.example", "0746-4700002", "新田县龙泉镇示例路88号 新田县发展和改革局法规股（虚构）",
						"tousu@xintian-fgj.example",
						"新田县发展和改革局是县人民政府工作部门，负责拟订并组织实施全县国民经济和社会发展规划，统筹协调经济社会发展；"
								+ "负责全县固定资产投资综合管理，依权限审批、核准、备案投资项目；负责节能审查、招标投标综合监督、价格管理和粮食储备调控等工作。"
								+ "本局依法公示行政执法主体、人员、职责、依据、程序和监督方式（国办发〔2018〕118号；湘政办发〔2019〕53号）。"),
				initial);

		unit("JLD", "局领导", "主持全局工作；对重大行政执法决定进行审批，主持集体讨论。", 1);
		unit("BGS", "办公室", "负责机关日常运转、文电、档案、信息公开和政务公开工作；负责行政执法案卷归档。", 2);
		unit("FGG", "法规股", "负责本局依法行政和法治建设；承担重大行政执法决定法制审核；承担本局行政执法工作领导小组办公室日常工作，组织落实行政执法公示、执法全过程记录、重大执法决定法制审核制度；"
				+ "办理行政复议、行政诉讼应诉事务。", 3);
		unit("LSTK", "粮食调控股", "负责全县粮食宏观调控、粮食储备和粮食流通监督管理；负责粮食收购企业备案（《粮食流通管理条例》）。", 4);
		unit("TZK", "投资股", "负责全县固定资产投资综合管理；承办企业投资项目核准、政府投资项目审批、招标事项核准及事中事后监管。", 5);
		unit("NYK", "能源股", "负责能源发展规划和节能管理；承办固定资产投资项目节能审查。", 6);
		unit("JGK", "价格股", "负责价格管理和收费管理，组织成本调查和定价成本监审。", 7);
		unit("ZWFW", "政务服务窗口", "进驻县政务服务中心，统一收件、受理、出具凭证、一次性告知补正和送达。", 8);

		// ZJ-2 (to verify): national 《中华人民共和国行政执法证》 since 2022-11-01, valid 5 years.
		// Numbers: 新田县区划码 431128 + year of issue (2 digits) + sequence (3 digits) — our
		// fictional format.
		officer("O-001", "李明远", "JLD", "党组书记、局长", "43112823001", "湖南省人民政府", LocalDate.of(2023, 3, 1),
				CertificateStatus.VALID, "director");
		officer("O-002", "王晓红", "FGG", "法规股股长（法制审核人员）", "43112823002", "湖南省人民政府", LocalDate.of(2023, 3, 1),
				CertificateStatus.VALID, "reviewer");
		officer("O-003", "张建华", "TZK", "投资股股长", "43112823003", "湖南省人民政府", LocalDate.of(2023, 3, 1),
				CertificateStatus.VALID, "officer1");
		officer("O-004", "刘思源", "NYK", "能源股副股长", "43112824004", "湖南省人民政府", LocalDate.of(2024, 6, 1),
				CertificateStatus.VALID, "officer2");
		officer("O-005", "陈志刚", "JGK", "价格股科员", "43112823005", "湖南省人民政府", LocalDate.of(2023, 3, 1),
				CertificateStatus.SUSPENDED, null);
		// An old-style 《湖南省行政执法证》, expired 2022-10-31 and not renewed (ZJ-2): status
		// still 有效 on
		// paper, but not valid on any date after validTo.
		this.catalog.save(EntryKind.OFFICER,
				new Officer(
						"O-006", AGENCY, "周丽娟", "LSTK", "粮食调控股科员", new Certificate("43112819006", "湖南省人民政府",
								LocalDate.of(2019, 11, 1), LocalDate.of(2022, 10, 31), CertificateStatus.VALID),
						List.of(AREA, FIELD), null, true),
				initial);

		supervision("SM-PHONE", "本局监督电话", "对本局行政执法行为有意见或投诉的，可在工作日拨打本局监督电话。", "0746-4700002", 1);
		supervision("SM-SFJ", "县司法局行政执法监督", "新田县司法局负责全县行政执法监督，可向其反映行政执法中的违法或不当行为。", "0746-4700003（虚构）", 2);
		supervision("SM-12345", "12345政务服务便民热线", "全天候受理对政务服务和行政执法的咨询、投诉、建议。", "12345", 3);
		supervision("SM-EMAIL", "投诉邮箱", "来信请写明被投诉事项、时间、地点和联系方式，本局在15个工作日内答复。", "tousu@xintian-fgj.example", 4);

		Item approval = investmentApproval(10);
		this.catalog.save(EntryKind.ITEM, approval, initial);
		this.catalog.save(EntryKind.ITEM, energyReview(), initial);
		this.catalog.save(EntryKind.ITEM, tenderApproval(), initial);
		this.catalog.save(EntryKind.ITEM, governmentInvestment(), initial);
		this.catalog.save(EntryKind.ITEM, projectInspection(), initial);
		this.catalog.save(EntryKind.ITEM, approvalPenalty(), initial);

		// A second version, so the portal's history shows versioning.
		this.catalog.save(EntryKind.ITEM, investmentApproval(7),
				new Change(LocalDate.of(2026, 6, 1), "落实《优化营商环境条例》，承诺时限由10个工作日压缩至7个工作日（演示数据）", ACTOR));
	}

	/**
	 * The bureau's 重大执法决定法制审核目录 (SH-2), every condition enabled; a complex or novel case
	 * also goes to the leaders' collective discussion. Bases cite the national guideline
	 * and the 益阳市 catalogue taken as the example (RULES SH-2), each with the article of
	 * 行政许可法 the condition rests on. A few 行政裁量基准 for the licensing items, their article
	 * texts as summaries (摘要).
	 */
	private void loadReviewCatalogue() {
		condition(MajorConditionKind.PUBLIC_INTEREST, "涉及重大公共利益的行政许可决定",
				"《中华人民共和国行政许可法》第四十六条（涉及公共利益的重大行政许可，应当向社会公告并举行听证）", false, 1);
		condition(MajorConditionKind.MAJOR_INTERESTS, "直接关系行政相对人或者第三人重大权益的行政许可决定",
				"《中华人民共和国行政许可法》第三十六条、第四十七条（直接关系他人重大利益的，告知利害关系人，并告知听证权利）", false, 2);
		condition(MajorConditionKind.AFTER_HEARING, "经过听证程序作出的行政许可决定", "《中华人民共和国行政许可法》第四十八条（根据听证笔录作出行政许可决定）", false, 3);
		condition(MajorConditionKind.WITHDRAWAL_REVOCATION, "撤回、撤销行政许可的决定", "《中华人民共和国行政许可法》第八条（撤回）、第六十九条（撤销）", false,
				4);
		condition(MajorConditionKind.COMPLEX_NOVEL, "案件情况疑难复杂、涉及多个法律关系的行政许可决定",
				"本局重大执法决定法制审核制度（演示数据）：经法制审核后提交局领导集体讨论决定", true, 5);
		condition(MajorConditionKind.OTHER, "法律、法规、规章规定应当进行法制审核的其他行政许可决定", "本局重大执法决定法制审核制度（演示数据）", false, 6);

		Change initial = new Change(INITIAL, INITIAL_REASON, ACTOR);
		this.catalog.save(EntryKind.BENCHMARK, new DiscretionBenchmark("B-XK-001-1", AGENCY, "XK-001",
				"项目自核准机关作出予以核准决定之日起2年内未开工建设，项目单位在2年期限届满的30个工作日前申请延期开工建设", "可以准予延期开工建设一次，延期期限最长不超过1年；未按期申请或已延期一次的，不予延期",
				BigDecimal.ONE, BigDecimal.valueOf(12), "个月", "《企业投资项目核准和备案管理条例》（国务院令第673号）第十二条（摘要）", 1), initial);
		this.catalog.save(EntryKind.BENCHMARK,
				new DiscretionBenchmark("B-XK-001-2", AGENCY, "XK-001", "项目申请报告需要委托工程咨询机构评估",
						"委托评估的时限不超过30个工作日，评估时间不计入核准期限，并书面告知项目单位", BigDecimal.ONE, BigDecimal.valueOf(30), "工作日",
						"《政府核准投资项目管理办法》（摘要）；《中华人民共和国行政许可法》第四十五条", 2),
				initial);
		this.catalog.save(EntryKind.BENCHMARK,
				new DiscretionBenchmark("B-XK-002-1", AGENCY, "XK-002", "节能报告内容完整、能效水平达到国内先进水平、不需要组织专家评审",
						"在承诺时限内出具节能审查意见，最长不超过10个工作日", BigDecimal.ONE, BigDecimal.valueOf(10), "工作日",
						"《固定资产投资项目节能审查办法》（摘要）；本局承诺时限（演示数据）", 1),
				initial);
	}

	private void condition(MajorConditionKind kind, String name, String article, boolean collective, int order) {
		String basis = "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）；" + "益阳市重大执法决定法制审核目录（示例）；"
				+ article;
		this.catalog.save(EntryKind.MAJOR_CONDITION,
				new MajorCondition(kind.name(), AGENCY, kind, name, basis, collective, true, order),
				new Change(INITIAL, INITIAL_REASON, ACTOR));
	}

	private void unit(String code, String name, String duties, int order) {
		// Fictional phone numbers.
		this.catalog.save(EntryKind.UNIT, new Unit(code, AGENCY, name, duties, "0746-47000" + (10 + order), order),
				new Change(INITIAL, INITIAL_REASON, ACTOR));
	}

	private void officer(String id, String name, String unit, String post, String number, String issuer, LocalDate from,
			CertificateStatus status, String account) {
		this.catalog.save(EntryKind.OFFICER,
				new Officer(id, AGENCY, name, unit, post,
						new Certificate(number, issuer, from, from.plusYears(5).minusDays(1), status),
						List.of(AREA, FIELD), account, true),
				new Change(INITIAL, INITIAL_REASON, ACTOR));
	}

	private void supervision(String code, String name, String description, String channel, int order) {
		this.catalog.save(EntryKind.SUPERVISION, new SupervisionMethod(code, AGENCY, name, description, channel, order),
				new Change(INITIAL, INITIAL_REASON, ACTOR));
	}

	private String sample(String fileName, String title, String body) {
		String text = title + "\n\n" + body + "\n\n（本文件为新田县发展和改革局演示数据中的示范文本，仅供参考。）\n";
		return this.catalog.storeSample(fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8)).id();
	}

	private static final List<String> LICENSING_STEPS = List.of("申请：申请人通过县政务服务中心窗口或湖南省政务服务网提交申请材料",
			"受理：材料齐全、符合法定形式的予以受理；需要补正的，当场或者在5日内一次告知需要补正的全部内容（行政许可法 第三十二条）",
			"审查：承办股室对申请材料进行审查，需要核实实质内容的指派两名以上工作人员核查（行政许可法 第三十四条）",
			"决定：作出准予或者不予行政许可的书面决定，不予许可的说明理由并告知复议、诉讼权利（行政许可法 第三十八条）", "送达：自作出决定之日起10日内送达决定文件（行政许可法 第四十四条）",
			"公示：自作出决定之日起7个工作日内公开许可决定信息（国办发〔2018〕118号）");

	private static final LegalBasis LICENSING_LAW_42 = new LegalBasis("《中华人民共和国行政许可法》", "第四十二条第一款",
			"除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。");

	private static final Fee FREE = new Fee(false, "不收费",
			"《中华人民共和国行政许可法》第五十八条：行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。但是，法律、行政法规另有规定的，依照其规定。");

	private static final TimeLimit STATUTORY_20 = new TimeLimit(20, DayUnit.WORKING_DAYS);

	private Item investmentApproval(int promisedDays) {
		String report = sample("项目申请报告示范文本.txt", "企业投资项目申请报告（示范文本）",
				"一、项目单位情况\n二、拟建项目情况（建设地点、建设规模、建设内容）\n三、资源利用和生态环境影响分析\n四、经济和社会影响分析\n\n项目单位（盖章）：\n日期：    年  月  日");
		String letter = sample("核准申请函示范文本.txt", "关于申请核准××项目的函（示范文本）",
				"新田县发展和改革局：\n    我单位拟建设××项目，现按照《企业投资项目核准和备案管理条例》的规定，报送项目申请报告及附件，请予核准。\n\n附件：1.项目申请报告\n      2.依法应当提交的其他文件\n\n申请单位（盖章）\n    年  月  日");
		String opinions = sample("附件清单示范文本.txt", "项目申请报告附件清单（示范文本）",
				"1. 城乡规划行政主管部门出具的选址意见书（仅指以划拨方式提供国有土地使用权的项目）\n2. 国土资源行政主管部门出具的用地预审意见（不涉及新增用地的除外）\n3. 法律、行政法规规定需要办理的其他相关手续");
		return new Item("XK-001", AGENCY, "企业投资项目核准", PowerCategory.LICENSING, "核准", List.of(
				new LegalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）", "第三条",
						"摘要：对关系国家安全、涉及全国重大生产力布局、战略性资源开发和重大公共利益等项目实行核准管理，具体项目范围以及核准机关、核准权限依照政府核准的投资项目目录执行；其余项目实行备案管理。"),
				new LegalBasis("《政府核准投资项目管理办法》（国家发展改革委令）", "第十九条",
						"摘要：项目核准机关应当自正式受理申请之日起20个工作日内作出是否予以核准的决定；不能作出决定的，经本机关负责人批准可以延长10个工作日，并书面告知项目单位理由；委托评估和专家评议所需时间不计入，应当书面告知项目单位。"),
				new LegalBasis("《湖南省企业投资项目核准和备案管理办法》（湘政办发〔2017〕42号）", "有关条款",
						"摘要：县级以上人民政府投资主管部门对企业投资项目履行综合管理职责；核准范围和权限按照《湖南省政府核准的投资项目目录》执行，各地不得擅自调整。"),
				LICENSING_LAW_42), "TZK",
				"项目属于《湖南省政府核准的投资项目目录》规定由县级核准的范围；符合国家法律法规和宏观调控政策、发展规划和产业政策；"
						+ "合理开发并有效利用资源；不影响国家安全和生态安全；对经济社会发展和公众利益无重大不利影响。",
				LICENSING_STEPS, STATUTORY_20, new TimeLimit(promisedDays, DayUnit.WORKING_DAYS), FREE,
				List.of(new Material("核准申请函", true, "原件", 1, "加盖项目单位公章", letter),
						new Material("项目申请报告", true, "原件", 2, "由项目单位自主编制或委托具备能力的机构编制", report),
						new Material("依法应当附具的相关文件", true, "复印件", 1, "选址意见书、用地预审意见等，按附件清单提交", opinions)),
				true, true, false, null, null);
	}

	private Item energyReview() {
		String form = sample("节能报告示范文本.txt", "固定资产投资项目节能报告（示范文本）",
				"一、项目概况\n二、分析评价依据\n三、建设方案节能分析和比选\n四、节能措施及其技术、经济论证\n五、能源消费情况、能效水平及对当地完成节能目标的影响\n六、结论");
		String letter = sample("节能审查申请书示范文本.txt", "固定资产投资项目节能审查申请书（示范文本）",
				"项目名称：\n项目单位：\n建设地点：\n年综合能源消费量（吨标准煤，当量值/等价值）：\n\n我单位承诺所报材料真实有效。\n\n项目单位（盖章）\n    年  月  日");
		return new Item("XK-002", AGENCY, "固定资产投资项目节能审查", PowerCategory.LICENSING, "其他", List.of(new LegalBasis(
				"《中华人民共和国节约能源法》", "第十五条",
				"国家实行固定资产投资项目节能评估和审查制度。不符合强制性节能标准的项目，建设单位不得开工建设；已经建成的，不得投入生产、使用。政府投资项目不符合强制性节能标准的，依法负责项目审批的机关不得批准建设。具体办法由国务院管理节能工作的部门会同国务院有关部门制定。"),
				new LegalBasis("《固定资产投资项目节能审查办法》（2023年6月1日起施行）", "有关条款",
						"摘要：政府投资项目应当在报送可行性研究报告前、企业投资项目应当在开工建设前取得节能审查机关出具的节能审查意见；未经审查或审查未通过的，不得开工建设，已经建成的不得投入生产、使用。年综合能源消费量1万吨标准煤及以上的项目由省级节能审查机关负责，其余项目的审查权限由省级确定。"),
				LICENSING_LAW_42), "NYK", "项目年综合能源消费量在省级规定由县级审查的权限范围内（1万吨标准煤以下）；符合节能法律法规、标准规范和产业政策；能效水平达到国内先进水平要求。",
				LICENSING_STEPS, STATUTORY_20, new TimeLimit(10, DayUnit.WORKING_DAYS), FREE,
				List.of(new Material("节能审查申请书", true, "原件", 1, null, letter), new Material("节能报告", true, "原件", 2,
						"年综合能源消费量不满1000吨标准煤且年电力消费量不满500万千瓦时的项目按规定可不单独编制（以省级规定为准）", form)),
				false, false, false, null, null);
	}

	private Item tenderApproval() {
		String form = sample("招标事项核准申请表示范文本.txt", "依法必须招标项目招标事项核准申请表（示范文本）",
				"项目名称：\n招标范围：勘察 / 设计 / 施工 / 监理 / 重要设备 / 重要材料\n招标方式：公开招标 / 邀请招标\n招标组织形式：委托招标 / 自行招标\n不招标或邀请招标的理由：\n\n项目单位（盖章）\n    年  月  日");
		return new Item("XK-003", AGENCY, "依法必须招标项目的招标范围、招标方式、招标组织形式核准", PowerCategory.LICENSING, "核准", List
			.of(new LegalBasis("《中华人民共和国招标投标法实施条例》", "第七条",
					"按照国家有关规定需要履行项目审批、核准手续的依法必须进行招标的项目，其招标范围、招标方式、招标组织形式应当报项目审批、核准部门审批、核准。项目审批、核准部门应当及时将审批、核准确定的招标范围、招标方式、招标组织形式通报有关行政监督部门。"),
					LICENSING_LAW_42),
				"TZK", "项目属于依法必须进行招标的项目，且需要履行项目审批、核准手续；招标方案符合招标投标法律法规规定。", LICENSING_STEPS, STATUTORY_20,
				new TimeLimit(5, DayUnit.WORKING_DAYS), FREE,
				List.of(new Material("招标事项核准申请表", true, "原件", 1, "随项目审批、核准申请一并报送", form)), false, false, false, null,
				null);
	}

	private Item governmentInvestment() {
		String proposal = sample("项目建议书示范文本.txt", "政府投资项目建议书（示范文本）",
				"一、项目建设的必要性和依据\n二、拟建地点和建设规模\n三、投资估算和资金筹措\n四、经济效益和社会效益初步估计");
		String study = sample("可行性研究报告示范文本.txt", "政府投资项目可行性研究报告（示范文本）",
				"一、总论\n二、需求分析与建设规模\n三、建设方案\n四、节能分析（附节能审查意见）\n五、投资估算与资金筹措\n六、社会稳定风险分析\n七、结论与建议");
		String design = sample("初步设计及概算示范文本.txt", "政府投资项目初步设计及概算（示范文本）",
				"一、设计说明书\n二、设计图纸\n三、主要设备材料表\n四、工程概算书（概算超过可行性研究报告估算10%的，应当说明原因）");
		return new Item("XK-004", AGENCY, "政府投资项目审批（项目建议书、可行性研究报告、初步设计）", PowerCategory.LICENSING, "其他",
				List.of(new LegalBasis("《政府投资条例》（国务院令第712号）", "第九条",
						"摘要：政府采取直接投资方式、资本金注入方式投资的项目，项目单位应当编制项目建议书、可行性研究报告、初步设计，按照政府投资管理权限和规定的程序，报投资主管部门或者其他有关部门审批。"),
						LICENSING_LAW_42),
				"TZK", "项目属于县级政府投资管理权限；资金来源明确；前期工作深度达到规定要求；依法应当附具的规划、用地、节能审查等文件齐全。", LICENSING_STEPS, STATUTORY_20,
				new TimeLimit(10, DayUnit.WORKING_DAYS), FREE,
				List.of(new Material("项目建议书", true, "原件", 2, "总投资1000万元以下且不新增建设用地的项目，可按规定不再审批项目建议书（以湖南省规定为准）",
						proposal), new Material("可行性研究报告", true, "原件", 2, "附节能审查意见、社会稳定风险评估意见等", study),
						new Material("初步设计及概算", true, "原件", 2, null, design)),
				true, false, false, null, null);
	}

	private Item projectInspection() {
		String record = sample("监督检查记录示范文本.txt", "企业投资项目监督检查记录（示范文本）",
				"检查时间：\n检查地点：\n检查人员（两名以上，出示行政执法证）：\n被检查单位：\n检查内容：是否按照核准（备案）的建设地点、建设规模、建设内容等进行建设\n检查情况：\n被检查单位意见及签名：");
		return new Item("JC-001", AGENCY, "对企业投资项目的监督检查", PowerCategory.INSPECTION, "双随机抽查",
				List.of(new LegalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）", "有关条款",
						"摘要：核准机关、备案机关以及依法对项目负有监督管理职责的其他有关部门应当加强事中事后监管，落实监管责任，采取在线监测、现场核查等方式，加强对项目实施的监督检查。")),
				"TZK", null,
				List.of("制定抽查计划：按“双随机、一公开”要求制定年度抽查计划", "随机抽取检查对象和执法检查人员", "现场检查：两名以上执法人员出示证件，全程音像记录", "结果处理：发现违法的依法处理",
						"公示：抽查结果自形成之日起20个工作日内公示"),
				null, null, null, List.of(new Material("监督检查记录", true, "原件", 1, "现场制作，由被检查单位签名确认", record)), false,
				true, true, "本县行政区域内已开工建设的企业投资核准、备案项目",
				"双随机、一公开：随机抽取检查对象、随机选派执法检查人员；核准项目开工后至少检查1次，其后按不低于5%的比例随机抽查；现场检查与在线监测相结合。");
	}

	private Item approvalPenalty() {
		String notice = sample("责令停止建设通知书示范文本.txt", "责令停止建设通知书（示范文本）",
				"新发改罚〔    〕  号\n\n××公司：\n    经查，你单位××项目未依法办理核准手续擅自开工建设，违反了《企业投资项目核准和备案管理条例》的规定。现责令你单位立即停止建设。\n\n新田县发展和改革局（印章）\n    年  月  日");
		return new Item("CF-001", AGENCY, "对企业未按规定办理核准手续开工建设的处罚", PowerCategory.PENALTY, null, List.of(new LegalBasis(
				"《企业投资项目核准和备案管理条例》（国务院令第673号）", "第十八条",
				"摘要：实行核准管理的项目，企业未依照条例规定办理核准手续开工建设或者未按照核准的建设地点、建设规模、建设内容等进行建设的，由核准机关责令停止建设或者责令停产，对企业处项目总投资额千分之一以上千分之五以下的罚款；对直接负责的主管人员和其他直接责任人员处罚款。")),
				"TZK", null,
				List.of("立案", "调查取证：两名以上执法人员出示证件，制作笔录，必要时音像记录", "告知陈述、申辩及听证权利", "法制审核（重大行政执法决定）", "集体讨论或负责人决定", "送达决定书",
						"执行", "公示：自作出决定之日起7个工作日内公开"),
				null, null, null, List.of(new Material("责令停止建设通知书", true, "原件", 1, "执法文书，由本局制作送达", notice)), true, true,
				false, null, null);
	}

}
