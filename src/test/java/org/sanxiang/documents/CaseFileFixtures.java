package org.sanxiang.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.EvidenceImports;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.identity.Role;
import org.sanxiang.support.FixedToday;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases to archive, for the tests of archiving and of the electronic case file: a 行政许可
 * (XK-002) driven over REST to 已送达 on a fixed Monday of the loaded 2026 calendar, with
 * two evidence files and, when asked, its documents issued from the standard templates
 * through {@link Documents#issue} — numbered, rendered, stored in the documents' store
 * and journaled as {@link DocumentIssued}, as in use. Import {@link Config}: every test
 * class importing it shares one application context.
 */
public final class CaseFileFixtures {

	/** 10:00 on {@link FixedToday#TODAY} in Asia/Shanghai. */
	public static final Instant NOW = FixedToday.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

	/** Who issues the documents: the window clerk of the demo accounts. */
	static final Actor CLERK = Actor.staff("clerk", "李静（示例）", Role.CLERK);

	/** The clock on the fixed day. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
		}

	}

	private final MockMvc mvc;

	private final JsonMapper json;

	private final EvidenceImports evidence;

	private final Documents documents;

	private final DocumentTemplates templates;

	private final DocumentFiles files;

	private final JdbcClient jdbc;

	private static int applicants;

	/** Seconds after {@link #NOW} at which the next document is issued. */
	private static int issued;

	private CaseFileFixtures(MockMvc mvc, JsonMapper json, EvidenceImports evidence, Documents documents,
			DocumentTemplates templates, DocumentFiles files, JdbcClient jdbc) {
		this.mvc = mvc;
		this.json = json;
		this.evidence = evidence;
		this.documents = documents;
		this.templates = templates;
		this.files = files;
		this.jdbc = jdbc;
	}

	/** The fixtures over the beans of a context that imports {@link Config}. */
	public static CaseFileFixtures of(ApplicationContext context) {
		return new CaseFileFixtures(context.getBean(MockMvc.class), context.getBean(JsonMapper.class),
				context.getBean(EvidenceImports.class), context.getBean(Documents.class),
				context.getBean(DocumentTemplates.class), context.getBean(DocumentFiles.class),
				context.getBean(JdbcClient.class));
	}

	/** The required materials of XK-002 in the demo catalog. */
	static final String[] XK_002_MATERIALS = { "节能审查申请书", "节能报告" };

	/** A case at 已送达 (revision 6), its id. */
	public UUID delivered() throws Exception {
		return delivered("准予通过节能审查");
	}

	/**
	 * A case at 已送达 (revision 6) granted with {@code decisionText} (许可内容), its id.
	 */
	public UUID delivered(String decisionText) throws Exception {
		String name = "新田县示例归档测试有限公司" + (++applicants);
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("applicantKind", "ORGANISATION");
		application.put("applicantName", name);
		application.put("creditCode",
				"91431128MA4L00001" + org.sanxiang.catalog.CreditCode.checkCharacter("91431128MA4L00001"));
		application.put("contactName", "李四");
		application.put("contactPhone", "13800000000");
		application.put("itemCode", "XK-002");
		String receipt = this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(application)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = this.json.readTree(receipt).path("id").asString();
		for (String material : XK_002_MATERIALS) {
			this.mvc
				.perform(multipart("/api/v1/licensing/cases/" + id + "/materials").param("materialName", material)
					.param("paper", "true")
					.with(user("clerk").roles("CLERK"))
					.with(csrf()))
				.andExpect(status().isCreated());
		}
		String today = FixedToday.TODAY.toString();
		act(id, "accept", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "assign-officers", "DIRECTOR", Map.of("revision", 1, "officerIds", List.of("O-003", "O-004")))
			.andExpect(status().isOk());
		act(id, "site-inspection", "OFFICER",
				Map.of("revision", 2, "officerIds", List.of("O-003", "O-004"), "findings", "项目现场与申报材料一致"))
			.andExpect(status().isOk());
		act(id, "opinion", "OFFICER", Map.of("revision", 3, "opinion", "符合节能审查条件，拟准予", "proposeGrant", true))
			.andExpect(status().isOk());
		act(id, "grant", "DIRECTOR", Map.of("revision", 4, "text", decisionText, "licenceNumber",
				"新发改能审〔2026〕" + (900 + applicants) + "号", "validTo", FixedToday.TODAY.plusYears(2).toString()))
			.andExpect(status().isOk());
		act(id, "deliver", "CLERK", Map.of("revision", 5, "delivery",
				Map.of("method", "DIRECT", "receiver", "李四", "signedOn", today, "noReceiptReason", "回证原件随纸质案卷归档")))
			.andExpect(status().isOk());
		return UUID.fromString(id);
	}

	/** Two evidence files of the case: a recording of the site check and a photo. */
	public List<EvidenceItem> evidence(UUID caseId) {
		// the day before: kept 30 years from then, until the case file's retention raises
		// it
		Instant end = NOW.minus(Duration.ofDays(1));
		List<EvidenceItem> items = new ArrayList<>();
		items.add(this.evidence.keep(
				new EvidenceImports.Capture(caseId, Activity.SITE_INSPECTION, "张伟", "执法记录仪 DSJ-01",
						end.minus(Duration.ofMinutes(30)), end, "项目现场", "现场核查录像", "现场核查录像.mp4"),
				EvidenceFixtures.mp4(300_000 + applicants, 40 + applicants), "officer1"));
		items.add(this.evidence.keep(new EvidenceImports.Capture(caseId, Activity.SERVICE, "李静", "手机", end, end, "窗口",
				"送达回证签收照片", "送达照片.png"), EvidenceFixtures.png(40_000, 60 + applicants), "clerk"));
		return items;
	}

	/**
	 * A 节能审查 grant long enough to run over several pages: the measures the project must
	 * carry out, numbered.
	 */
	public static String longDecision() {
		String[] measures = { "采用高效节能型电动机和变频调速装置，电动机能效不低于国家标准2级", "空压系统采用余热回收装置，回收热量用于生产生活热水",
				"照明全部采用LED光源，公共区域设置声光控和时控装置", "建设能源管理中心，对电、天然气、蒸汽实行分级计量，计量器具配备率达到国家标准要求", "厂房围护结构采用保温隔热材料，外窗采用中空低辐射玻璃",
				"变压器选用能效1级产品，合理确定容量，提高负载率", "生产工艺余热全部回收利用，不得直接排放", "建立能源管理体系，设置能源管理岗位，明确节能目标责任",
				"项目投产后一年内开展能源审计，审计报告报本机关备案" };
		StringBuilder text = new StringBuilder("准予通过节能审查。项目建成投产后，年综合能源消费量（当量值）不超过8500吨标准煤。建设单位应当落实以下节能措施：");
		for (int i = 0; i < 45; i++) {
			text.append("（").append(i + 1).append("）").append(measures[i % measures.length]).append("；");
		}
		return text.append("项目建设内容、规模或者能源消费量发生重大变动的，应当重新报送节能审查。").toString();
	}

	/**
	 * Issues a document of the case from the standard template {@code template} with the
	 * values typed into its {@code input} fields, as the window clerk, through
	 * {@link Documents#issue}: each a second after the one before, so the case's
	 * documents keep the order they were issued in although the clock stands still.
	 */
	public IssuedDocument issue(UUID caseId, String template, Map<String, String> inputs) {
		Clock at = Clock.fixed(NOW.plusSeconds(++issued), ZoneId.of("Asia/Shanghai"));
		return this.documents.issue(new CaseId(caseId), this.templates.current(template).orElseThrow(), inputs, null,
				CLERK, at);
	}

	/** The documents a case was given, in the order issued. */
	public List<IssuedDocument> documents(UUID caseId) {
		return this.documents.ofCase(new CaseId(caseId));
	}

	/**
	 * Changes one byte of a document's PDF where the documents' store keeps it on disk
	 * (the directory {@code sanxiang.documents.dir} names, or the one made for the run):
	 * a file altered after it was issued.
	 */
	public void alter(IssuedDocument document) throws IOException {
		String key = this.jdbc.sql("select blob_key from documents_document where id = ?")
			.param(document.id())
			.query(String.class)
			.single();
		Path file;
		try (Stream<Path> paths = Files.walk(this.files.directory())) {
			file = paths.filter(p -> p.getFileName().toString().equals(key)).findFirst().orElseThrow();
		}
		byte[] pdf = Files.readAllBytes(file);
		pdf[pdf.length / 2] ^= 1;
		file.toFile().setWritable(true);
		Files.write(file, pdf);
	}

	/** Archives the case at revision 6 (after delivery). */
	public ResultActions archive(UUID caseId) throws Exception {
		return act(caseId.toString(), "archive", "CLERK", Map.of("revision", 6));
	}

	public ResultActions act(String id, String action, String role, Map<String, Object> body) throws Exception {
		return this.mvc.perform(
				post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(user(role.toLowerCase()).roles(role))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(body)));
	}

}
