package org.sanxiang.casework.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 申请材料 end to end on PostgreSQL and the blob store: uploads with the online application
 * and over REST, type by content (PDF, JPEG, PNG, OFD; 415 otherwise), the size limit
 * over real HTTP (413, in Chinese), nothing half-saved, staff-only downloads, and
 * acceptance refused while a required material is missing — but never the law's deemed
 * acceptance (行政许可法 第三十条至第三十二条, XK-32b).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(LicensingApiIntegrationTests.OnAFixedDay.class)
class CaseMaterialsIntegrationTests {

	static final String CREDIT_CODE = "91431128MA4L0000" + "2" + CreditCode.checkCharacter("91431128MA4L00002");

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlobStore blobs;

	@Autowired
	Clock clock;

	@Autowired
	DeemedAcceptanceSweep sweep;

	@LocalServerPort
	int port;

	// --- the online form ---

	@Test
	void theOnlineFormTakesOneFilePerMaterialKeepsThemByHashAndTheReceiptListsThem() throws Exception {
		MvcResult posted = this.mvc
			.perform(onlineApplication("XK-002")
				.file(new MockMultipartFile("material-0", "节能审查申请书.pdf", "application/pdf", PDF))
				.file(new MockMultipartFile("material-1", "节能报告.png", "image/png", PNG)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String receipt = this.mvc.perform(get("/apply/receipt").flashAttrs(posted.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(receipt).contains("已接收的申请材料", "节能审查申请书.pdf", "节能报告.png", PDF.length + " B", "2026-06-01")
			.doesNotContain("尚未提交的必要材料");
		String number = find(Pattern.compile("id=\"number\">([^<]+)<"), receipt);
		String code = find(Pattern.compile("id=\"query-code\">([^<]+)<"), receipt);
		List<Map<String, Object>> rows = this.jdbc
			.sql("select m.* from casework_material m join casework_case c on c.id = m.case_id where c.number = :n "
					+ "order by material_name")
			.param("n", number)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		Map<String, Object> pdf = rows.stream().filter(r -> r.get("material_name").equals("节能审查申请书")).findFirst().get();
		assertThat(pdf.get("stage")).isEqualTo("APPLICATION");
		assertThat(pdf.get("content_type")).isEqualTo("application/pdf");
		assertThat(pdf.get("paper")).isEqualTo(false);
		assertThat(pdf.get("sha256")).isEqualTo(sha256(PDF));
		assertThat((String) pdf.get("sm3")).hasSize(64);
		assertThat(this.blobs.contains(sha256(PDF))).isTrue();
		// never on the public progress page
		this.mvc.perform(get("/progress").param("number", number).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("节能审查申请书.pdf"))));
	}

	@Test
	void anApplicationWithAFileOfTheWrongTypeIs415AndLeavesNoCaseNoMaterialAndNoFile() throws Exception {
		long cases = count("casework_case");
		long materials = count("casework_material");
		byte[] fresh = ("%PDF-1.4\n% 唯一内容 " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
		String page = this.mvc
			.perform(onlineApplication("XK-002")
				.file(new MockMultipartFile("material-0", "申请书.pdf", "application/pdf", fresh))
				.file(new MockMultipartFile("material-1", "节能报告.pdf", "application/pdf", EXE)))
			.andExpect(status().isUnsupportedMediaType())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"materials-error\"", "文件格式不受支持", "PDF、JPEG、PNG 或 OFD", "尚未保存任何内容");
		assertThat(count("casework_case")).isEqualTo(cases);
		assertThat(count("casework_material")).isEqualTo(materials);
		// every file is checked before the first is written
		assertThat(this.blobs.contains(sha256(fresh))).isFalse();
	}

	@Test
	void anOverSizeUploadOnTheOnlineFormIsAChineseMessageOnTheFormAnd413OverRealHttp() throws Exception {
		long cases = count("casework_case");
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = http
			.send(HttpRequest.newBuilder(uri("/apply/XK-002")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		String action = find(Pattern.compile("<form[^>]*id=\"application\"[^>]*action=\"([^\"]+)\""), form)
			.replace("&amp;", "&");
		assertThat(action).contains("_csrf=");
		Multipart body = new Multipart().field("applicantKind", "ORGANISATION")
			.field("applicantName", "超大文件公司")
			.field("creditCode", CREDIT_CODE)
			.field("contactName", "李四")
			.field("contactPhone", "13800000000")
			.field("statement", "true")
			.file("material-0", "扫描件.pdf", "application/pdf", overSize());
		HttpResponse<String> response = http.send(body.post(uri(action)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("上传的文件过大", "20.0 MB", "id=\"application\"").doesNotContain("Exception");
		assertThat(count("casework_case")).isEqualTo(cases);
	}

	// --- REST ---

	@Test
	void acceptanceIsRefusedWith422NamingTheRuleAndEveryRequiredMaterialStillMissing() throws Exception {
		String id = applyOverRest("XK-002");
		accept(id, 0).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-32b"))
			.andExpect(jsonPath("$.article").value(containsString("第三十二条")))
			.andExpect(jsonPath("$.detail").value(containsString("节能审查申请书、节能报告")));
		upload(id, "节能报告", "节能报告.pdf", PDF).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].stage").value("APPLICATION"))
			.andExpect(jsonPath("$[0].sha256").value(sha256(PDF)));
		accept(id, 0).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("节能审查申请书")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("节能报告。"))));
		assertThat(state(id)).isEqualTo("Received");
		this.mvc
			.perform(multipart("/api/v1/licensing/cases/" + id + "/materials").param("materialName", "节能审查申请书")
				.param("paper", "true")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].paper").value(true));
		this.mvc.perform(get("/api/v1/licensing/cases/" + id + "/materials").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing.length()").value(0))
			.andExpect(jsonPath("$.checklist[0].received").value(true))
			.andExpect(jsonPath("$.received.length()").value(2));
		accept(id, 0).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("审查中"));
	}

	@Test
	void theDeemedAcceptanceIsNotHeldBackByMissingMaterials() throws Exception {
		// 行政许可法 第三十二条第一款第（四）项: 逾期不告知的，自收到申请材料之日起即为受理 — whatever is missing
		String id = applyOverRest("XK-002");
		this.sweep.sweep(Clock.offset(this.clock, Duration.ofDays(10)));
		assertThat(state(id)).isEqualTo("UnderReview");
	}

	@Test
	void aWrongTypeOverRestIs415InChineseAndAFileNamedPdfIsJudgedByItsContent() throws Exception {
		String id = applyOverRest("XK-002");
		upload(id, "节能报告", "report.pdf", EXE).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("文件格式不受支持")))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(id, "节能报告", "not-ofd.ofd", zip("word/document.xml")).andExpect(status().isUnsupportedMediaType());
		upload(id, "节能报告", "报告", zip("OFD.xml")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].contentType").value("application/ofd"))
			.andExpect(jsonPath("$[0].fileName").value("报告.ofd"));
		upload(id, "不在清单中的材料", "x.pdf", PDF).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("materialName"));
		assertThat(count("casework_material where case_id = cast('" + id + "' as uuid)")).isEqualTo(1);
	}

	/**
	 * A zip bomb sent as OFD: finding OFD.xml behind a gigabyte of zeros would inflate
	 * all of it; the search gives up at its limit and the file is refused like any
	 * non-OFD.
	 */
	@Test
	void aZipBombSentAsOfdIsRefusedWithoutInflatingIt() throws Exception {
		String id = applyOverRest("XK-002");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("Doc_0/Res/zeros.bin"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("OFD.xml"));
			zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		long start = System.nanoTime();
		upload(id, "节能报告", "报告.ofd", bytes.toByteArray()).andExpect(status().isUnsupportedMediaType());
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
		assertThat(count("casework_material where case_id = cast('" + id + "' as uuid)")).isZero();
	}

	@Test
	void staffDownloadAFileUnderItsSanitisedNameAndTheApplicantCannot() throws Exception {
		String id = applyOverRest("XK-002");
		String body = upload(id, "节能报告", "..\\..\\etc/\u202Egpj.exe\u0000 节能报告.pdf", PDF)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode material = this.json.readTree(body).get(0);
		assertThat(material.path("fileName").asString()).isEqualTo("gpj.exe 节能报告.pdf");
		String download = material.path("download").asString();
		byte[] bytes = this.mvc.perform(get(download).with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(bytes).isEqualTo(PDF);
		this.mvc.perform(get(download)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/licensing/cases/" + id + "/materials")).andExpect(status().isUnauthorized());
		upload(id, "节能报告", "x.pdf", PDF, "OFFICER").andExpect(status().isForbidden());
	}

	@Test
	void materialsHandedInWhileAwaitingCorrectionAreTheCorrectionAndNoneAreTakenAfterAcceptance() throws Exception {
		String id = applyOverRest("XK-002");
		act(id, "request-correction", Map.of("revision", 0, "missing", List.of("节能审查申请书", "节能报告")))
			.andExpect(status().isOk());
		upload(id, "节能审查申请书", "申请书.jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16 })
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].stage").value("CORRECTION"))
			.andExpect(jsonPath("$[0].contentType").value("image/jpeg"));
		upload(id, "节能报告", "节能报告.pdf", PDF).andExpect(jsonPath("$[0].stage").value("CORRECTION"));
		act(id, "submit-correction", Map.of("revision", 1)).andExpect(status().isOk());
		accept(id, 2).andExpect(status().isOk());
		upload(id, "节能报告", "迟到.pdf", PDF).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("审查中")));
	}

	@Test
	void anOverSizeUploadOverRestIsA413ProblemInChineseOverRealHttp() throws Exception {
		String id = applyOverRest("XK-002");
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = new Multipart().field("materialName", "节能报告")
			.file("file", "巨大.pdf", "application/pdf", overSize())
			.post(uri("/api/v1/licensing/cases/" + id + "/materials"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(413);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("detail").asString()).contains("上传的文件过大", "20.0 MB");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("file");
		assertThat(count("casework_material where case_id = cast('" + id + "' as uuid)")).isZero();
	}

	// --- helpers ---

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder onlineApplication(
			String item) {
		org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request = multipart(
				"/apply/" + item);
		request.param("applicantKind", "ORGANISATION")
			.param("applicantName", "新田县材料示范公司")
			.param("creditCode", CREDIT_CODE)
			.param("contactName", "李四")
			.param("contactPhone", "13800000000")
			.param("statement", "true")
			.with(csrf());
		return request;
	}

	private String applyOverRest(String item) throws Exception {
		return OnlineApplications.organisation(this.mvc, this.json, "新田县材料示范公司", CREDIT_CODE, item);
	}

	private ResultActions upload(String id, String materialName, String fileName, byte[] content) throws Exception {
		return upload(id, materialName, fileName, content, "CLERK");
	}

	private ResultActions upload(String id, String materialName, String fileName, byte[] content, String role)
			throws Exception {
		return this.mvc.perform(multipart("/api/v1/licensing/cases/" + id + "/materials")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("materialName", materialName)
			.with(user(role.toLowerCase()).roles(role))
			.with(csrf()));
	}

	private ResultActions accept(String id, int revision) throws Exception {
		return act(id, "accept", Map.of("revision", revision));
	}

	private ResultActions act(String id, String action, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(user("clerk").roles("CLERK"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)));
	}

	private String state(String id) {
		return this.jdbc.sql("select state from casework_case where id = cast(:id as uuid)")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** Just over the default 20 MB limit, with a PDF header. */
	private static byte[] overSize() {
		byte[] big = new byte[20 * 1024 * 1024 + 64 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		return big;
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static String find(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		assertThat(m.find()).as("%s in the page", pattern).isTrue();
		return m.group(1);
	}

	/** A multipart/form-data body for a real HTTP request. */
	static final class Multipart {

		private final String boundary = "----sanxiang" + UUID.randomUUID().toString().replace("-", "");

		private final List<byte[]> parts = new ArrayList<>();

		Multipart field(String name, String value) {
			this.parts.add(("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
					+ value + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
			return this;
		}

		Multipart file(String name, String fileName, String contentType, byte[] content) {
			this.parts.add(("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			this.parts.add(content);
			this.parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
			return this;
		}

		HttpRequest.Builder post(URI uri) {
			List<byte[]> all = new ArrayList<>(this.parts);
			all.add(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return HttpRequest.newBuilder(uri)
				.header("Content-Type", "multipart/form-data; boundary=" + this.boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(all));
		}

	}

}
