package org.sanxiang.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.documents.PrintedDocument.Block;
import org.sanxiang.documents.PrintedDocument.Field;
import org.sanxiang.documents.PrintedDocument.Heading;
import org.sanxiang.documents.PrintedDocument.Paragraph;
import org.sanxiang.documents.PrintedDocument.Signature;
import org.sanxiang.documents.PrintedDocument.Table;

/**
 * Documents as the bureau issues them, for the renderer's tests and the benchmark: a
 * 准予行政许可决定书 of five pages for a county-approved photovoltaic project (the applicant,
 * numbers and people are invented).
 */
public final class PrintedDocumentFixtures {

	public static final String ISSUER = "新田县发展和改革局";

	public static final String VERIFY_URL = "https://xintian.example.gov.cn/verify/document/新发改许〔2026〕12号";

	private PrintedDocumentFixtures() {
	}

	/** The five-page 准予行政许可决定书, sealed, with its QR code. */
	static PrintedDocument grantDecision() {
		return new PrintedDocument(ISSUER, "新发改许〔2026〕12号", "准予行政许可决定书", "湖南华兴能源有限公司", grantBody(), ISSUER,
				LocalDate.of(2026, 6, 12), true, VERIFY_URL, null);
	}

	/**
	 * The decision with a 送达回证 part after it: every kind of block, over several pages,
	 * with a watermark.
	 */
	static PrintedDocument everyBlock(String watermark) {
		List<Block> body = new ArrayList<>(grantBody());
		body.add(new Heading("七、送达情况"));
		body.add(new Field("送达文书", "准予行政许可决定书（新发改许〔2026〕12号）"));
		body.add(new Field("受送达人", "湖南华兴能源有限公司"));
		body.add(new Field("送达地点", "湖南省永州市新田县龙泉镇新华路88号华兴大厦三楼办公室"));
		body.add(new Field("送达方式", "直接送达"));
		body.add(new Field("备注", null));
		body.add(new Signature(List.of("受送达人（签名或盖章）", "送达人", "见证人")));
		return new PrintedDocument(ISSUER, "新发改许〔2026〕12号", "准予行政许可决定书", "湖南华兴能源有限公司", body, ISSUER,
				LocalDate.of(2026, 6, 12), true, VERIFY_URL, watermark);
	}

	static List<Block> grantBody() {
		List<Block> body = new ArrayList<>();
		body.add(new Paragraph("你公司于2026年5月11日提出的《新田县华兴50兆瓦农光互补光伏发电项目核准申请报告》及相关材料收悉。本机关于2026年5月12日受理后，"
				+ "依照《中华人民共和国行政许可法》《企业投资项目核准和备案管理条例》（国务院令第673号）和《政府核准投资项目管理办法》（国家发展改革委令2014年第11号）的规定，"
				+ "对申请材料进行了审查，指派两名持有行政执法证件的工作人员于2026年5月20日进行了现场核查，并经本机关重大行政执法决定法制审核和集体讨论。现将有关事项决定如下。"));
		body.add(new Heading("一、申请人基本情况"));
		body.add(new Field("申请人名称", "湖南华兴能源有限公司"));
		body.add(new Field("统一社会信用代码", "91431128MA4L00019X"));
		body.add(new Field("法定代表人", "王华兴"));
		body.add(new Field("住所", "湖南省永州市新田县龙泉镇新华路88号华兴大厦三楼"));
		body.add(new Field("联系人及电话", "李明，0746-4712345"));
		body.add(new Heading("二、审查认定的事实"));
		body.add(new Paragraph("（一）项目符合国家产业政策。项目属于《产业结构调整指导目录（2024年本）》鼓励类“新能源”中的“太阳能光伏发电系统集成技术开发应用”，"
				+ "不属于《市场准入负面清单（2025年版）》禁止准入事项，符合《湖南省“十四五”可再生能源发展规划》和《永州市新能源发展规划》的布局要求。"));
		body.add(new Paragraph("（二）项目属于本机关核准权限。根据《湖南省政府核准的投资项目目录》，除跨县（市、区）的项目外，光伏发电项目由县级人民政府投资主管部门核准。"
				+ "本项目建设地点全部位于新田县境内，不涉及跨行政区域，属于本机关核准范围。"));
		body.add(new Paragraph("（三）项目用地符合要求。项目拟使用新田县金陵镇、骥村镇一般农用地及未利用地约1560亩，采用“板上发电、板下种植”的农光互补方式，"
				+ "光伏方阵不占用永久基本农田、生态保护红线和自然保护地。新田县自然资源局出具了用地预审与选址意见书（用字第431128202600017号），"
				+ "同意项目选址；升压站及运维用房永久占地约18亩，已列入新田县国土空间规划近期实施项目。"));
		body.add(new Paragraph("（四）项目对环境和社会的影响可控。项目建设期主要影响为施工扬尘、噪声和水土流失，运营期基本无废气、废水排放。"
				+ "申请人已委托有资质的机构编制环境影响登记表和水土保持方案，并取得永州市生态环境局新田分局和新田县水利局的意见。"
				+ "项目社会稳定风险评估结论为低风险，项目所在村民委员会和被征询的农户代表对项目建设无异议。"));
		body.add(new Paragraph("（五）现场核查情况与申请材料一致。核查人员张伟（执法证号43112800123）、刘洋（执法证号43112800124）于2026年5月20日到项目拟选场址现场核查，"
				+ "场址地形、地类、周边敏感目标、接入系统条件与申请报告所述一致，核查全过程进行了音像记录。"));
		body.add(new Paragraph("（六）项目经过法制审核。本机关法制审核机构对本决定的事实、证据、依据、程序和文书进行了审核，出具了《重大行政许可法制审核意见书》"
				+ "（新发改法审〔2026〕3号），审核意见为通过；本机关于2026年6月10日召开局务会议集体讨论，同意核准。"));
		body.add(new Heading("三、准予许可的内容"));
		body.add(new Paragraph("经审查，你公司申请符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予核准该项目，核准内容如下表："));
		body.add(new Table(List.of("序号", "核准事项", "核准内容"),
				List.of(List.of("1", "项目名称", "新田县华兴50兆瓦农光互补光伏发电项目"), List.of("2", "项目单位", "湖南华兴能源有限公司"),
						List.of("3", "建设地点", "湖南省永州市新田县金陵镇大坪塘村、骥村镇下塘村"),
						List.of("4", "建设规模及内容",
								"项目规划装机容量50兆瓦（交流侧），安装单晶硅双面光伏组件约9.2万块，配套建设一座110千伏升压站、"
										+ "场内集电线路约18公里、进场及检修道路约6公里，按装机容量10%、时长2小时配置储能设施，光伏方阵下种植中药材和油茶。"),
						List.of("5", "项目总投资及资金来源", "项目总投资约21500万元，其中项目资本金4300万元，由湖南华兴能源有限公司以自有资金出资，其余17200万元申请银行贷款解决。"),
						List.of("6", "招标事项", "勘察、设计、施工、监理以及重要设备、材料等的采购活动，全部采用公开招标方式，委托招标代理机构组织招标。"),
						List.of("7", "核准文件有效期", "自本决定作出之日起2年。在有效期内未开工建设的，应当在有效期届满30日前向本机关申请延期开工建设。"))));
		body.add(new Heading("四、许可依据"));
		body.add(new Paragraph("《中华人民共和国行政许可法》第十二条、第三十八条第一款；《企业投资项目核准和备案管理条例》第三条、第六条、第九条至第十一条；"
				+ "《政府核准投资项目管理办法》第十九条；《湖南省政府核准的投资项目目录》。"));
		body.add(new Heading("五、有关要求"));
		body.add(new Paragraph("（一）你公司应当依据本决定，依法办理城乡规划、土地使用、资源利用、安全生产等相关手续，取得相关许可或者同意后方可开工建设。"
				+ "项目开工前，应当通过全国投资项目在线审批监管平台如实报送项目开工建设信息，并按月报送建设进度信息，项目竣工后报送竣工基本信息。"));
		body.add(new Paragraph("（二）项目建设应当严格落实农光互补方案，光伏支架最低点距地面不低于2.5米，组件间距满足农作物种植和机械化作业需要，"
				+ "不得改变土地的农业用途，不得破坏耕作层。项目建成后，你公司应当与农业经营主体签订种植协议，保障板下土地持续耕种。"));
		body.add(new Paragraph("（三）项目单位名称、建设地点、建设规模、建设内容等发生较大变更，或者需要对项目核准文件所规定的内容进行调整的，"
				+ "应当及时以书面形式向本机关提出变更申请，本机关将依法作出是否同意变更的书面决定。"));
		body.add(new Paragraph("（四）本机关将依照《企业投资项目事中事后监管办法》对项目实施情况进行监督检查，你公司应当如实提供有关情况和资料。"
				+ "以欺骗、贿赂等不正当手段取得本核准决定的，本机关将依法撤销本决定，并依法追究相关责任。"));
		body.add(new Heading("六、救济途径"));
		body.add(new Paragraph("你公司如对本决定不服，可以自收到本决定书之日起六十日内依法向新田县人民政府申请行政复议，"
				+ "也可以自收到本决定书之日起六个月内依法直接向新田县人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。"));
		body.add(new Paragraph("特此决定。"));
		return body;
	}

}
