package org.sanxiang.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.EvidenceImports;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.journal.Journaled;
import org.sanxiang.support.FixedToday;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases to archive, for the tests of archiving and of the electronic case file: a 行政许可
 * (XK-002) driven over REST to 已送达 on a fixed Monday of the loaded 2026 calendar, with
 * two evidence files and, when asked, documents issued through a stand-in for the
 * document register (rendered by the real renderer, each journaled as
 * {@code DocumentIssued} with the SM3 of its PDF, as issuing does). Import
 * {@link Config}: every test class importing it shares one application context.
 */
public final class CaseFileFixtures {

	/** 10:00 on {@link FixedToday#TODAY} in Asia/Shanghai. */
	public static final Instant NOW = FixedToday.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

	/** The clock on the fixed day, and the stand-in register of documents. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
		}

		@Bean
		@Primary
		Register issuedDocumentsForTests() {
			return new Register();
		}

	}

	/** Documents "issued" by a test: what {@link IssuedDocuments} answers. */
	public static final class Register implements IssuedDocuments {

		private final Map<UUID, List<IssuedDocument>> byCase = new ConcurrentHashMap<>();

		private final Map<UUID, byte[]> pdfs = new ConcurrentHashMap<>();

		@Override
		public List<IssuedDocument> ofCase(UUID caseId) {
			return List.copyOf(this.byCase.getOrDefault(caseId, List.of()));
		}

		@Override
		public Optional<IssuedDocument> byNumber(String number) {
			return this.byCase.values()
				.stream()
				.flatMap(List::stream)
				.filter(d -> d.number().equals(number))
				.findFirst();
		}

		@Override
		public byte[] pdf(UUID documentId) {
			byte[] pdf = this.pdfs.get(documentId);
			if (pdf == null) {
				throw new IllegalStateException("no PDF stored for " + documentId);
			}
			return pdf;
		}

		/** Replaces the stored PDF of a document (a file altered after issue). */
		public void alter(UUID documentId, byte[] pdf) {
			this.pdfs.put(documentId, pdf);
		}

		void add(IssuedDocument document, byte[] pdf) {
			this.byCase.computeIfAbsent(document.caseId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
				.add(document);
			this.pdfs.put(document.id(), pdf);
		}

	}

	/** What issuing journals, as the document register records it. */
	public record DocumentIssued(UUID caseId, UUID documentId, String number, String templateCode, int templateVersion,
			String sm3, String actor) implements Journaled {

		@Override
		public String journalActor() {
			return this.actor;
		}

		@Override
		public UUID journalCase() {
			return this.caseId;
		}

	}

	private final MockMvc mvc;

	private final JsonMapper json;

	private final EvidenceImports evidence;

	private final Register register;

	private final DocumentRenderer renderer;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private static int applicants;

	private CaseFileFixtures(MockMvc mvc, JsonMapper json, EvidenceImports evidence, Register register,
			DocumentRenderer renderer, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.mvc = mvc;
		this.json = json;
		this.evidence = evidence;
		this.register = register;
		this.renderer = renderer;
		this.events = events;
		this.transactions = transactions;
	}

	/** The fixtures over the beans of a context that imports {@link Config}. */
	public static CaseFileFixtures of(ApplicationContext context) {
		return new CaseFileFixtures(context.getBean(MockMvc.class), context.getBean(JsonMapper.class),
				context.getBean(EvidenceImports.class), context.getBean(Register.class),
				context.getBean(DocumentRenderer.class), context, context.getBean(TransactionTemplate.class));
	}

	/** The stand-in register of documents. */
	public Register register() {
		return this.register;
	}

	/** The required materials of XK-002 in the demo catalog. */
	static final String[] XK_002_MATERIALS = { "节能审查申请书", "节能报告" };

	/** A case at 已送达 (revision 6), its id. */
	public UUID delivered() throws Exception {
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
		act(id, "grant", "DIRECTOR", Map.of("revision", 4, "text", "准予通过节能审查", "licenceNumber",
				"新发改能审〔2026〕" + (900 + applicants) + "号", "validTo", FixedToday.TODAY.plusYears(2).toString()))
			.andExpect(status().isOk());
		act(id, "deliver", "CLERK",
				Map.of("revision", 5, "delivery", Map.of("method", "DIRECT", "receiver", "李四", "signedOn", today)))
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
	 * A document of the case, rendered and registered as issued on {@code on}, journaled
	 * with the SM3 of its PDF.
	 */
	public IssuedDocument issue(UUID caseId, String number, String title, int paragraphs, LocalDate on) {
		List<PrintedDocument.Block> body = new ArrayList<>();
		for (int i = 0; i < paragraphs; i++) {
			body.add(new PrintedDocument.Paragraph(
					"你单位提出的固定资产投资项目节能审查申请，经审查，符合法定条件、标准，依据《中华人民共和国行政许可法》第三十八条第一款，决定准予行政许可。"));
		}
		byte[] pdf = this.renderer.render(new PrintedDocument("新田县发展和改革局", number, title, "新田县示例归档测试有限公司", body,
				"新田县发展和改革局", on, true, null, null));
		IssuedDocument document = new IssuedDocument(UUID.randomUUID(), caseId, number, "licence-grant", 1, title,
				"新田县发展和改革局", on, NOW, "director", Sm3Digests.hex(pdf), pages(pdf), "有效", null);
		this.transactions.executeWithoutResult(s -> this.events.publishEvent(new DocumentIssued(caseId, document.id(),
				number, document.templateCode(), 1, document.sm3(), "director")));
		this.register.add(document, pdf);
		return document;
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

	private static int pages(byte[] pdf) {
		try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return loaded.getNumberOfPages();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
