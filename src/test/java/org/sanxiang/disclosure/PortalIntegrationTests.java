package org.sanxiang.disclosure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Officer;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on the real application and PostgreSQL with the Xintian demo data: every
 * page renders it, certificate verification gives the right verdict, the QR code decodes
 * to the verification address, data is escaped, and {@code asOf} shows the version in
 * force on that date.
 */
@SanxiangIntegrationTest
class PortalIntegrationTests {

	/**
	 * Demo certificates (CatalogDemoData): valid 2023-03-01..2028-02-29, suspended,
	 * expired 2022-10-31.
	 */
	static final String VALID = "43112823001";

	static final String SUSPENDED = "43112823005";

	static final String EXPIRED = "43112819006";

	/**
	 * 企业投资项目核准: version 2 (promised 7 working days) in force from 2026-06-01, version 1
	 * before.
	 */
	static final String APPROVAL = "XK-001";

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws Exception {
		// As a browser asks: for HTML.
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> getBytes(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void pagesRenderTheDemoAgencyUnitsOfficersAndItemsWithoutLogin() throws Exception {
		assertThat(get("/").body()).contains("新田县发展和改革局", "11431128006123458Q", "0746-4700002",
				"tousu@xintian-fgj.example", "名执法人员", "项权责事项");
		assertThat(get("/units").body()).contains("法规股", "粮食调控股", "领导小组办公室");
		assertThat(get("/officers").body()).contains("李明远", "示例", VALID, "湖南省人民政府", "新田县行政区域", ">有效<", ">暂扣<", ">已过期<",
				"/verify/officer/" + VALID + "/qr.png");
		assertThat(get("/items").body()).contains("企业投资项目核准", "固定资产投资项目节能审查", "政府投资项目审批", "行政许可（", "行政检查（");
		assertThat(get("/items?q=" + enc("节能")).body()).contains("固定资产投资项目节能审查").doesNotContain(">企业投资项目核准<");
		assertThat(get("/random-inspection").body()).contains("对企业投资项目的监督检查", "双随机", "投资股");
		assertThat(get("/supervision").body()).contains("12345政务服务便民热线", "县司法局行政执法监督");
		assertThat(get("/changes").body()).contains("权责事项", "承诺时限由10个工作日压缩至7个工作日", "第2版");
	}

	@Test
	void itemDetailShowsLegalBasisProcedureLimitsFeeAndDownloadableSamples() throws Exception {
		String html = get("/items/" + APPROVAL).body();
		assertThat(html).contains("《企业投资项目核准和备案管理条例》（国务院令第673号）", "第十九条", "20个工作日", "7个工作日", "不收费", "核准申请函",
				"重大执法决定法制审核：是", "需音像记录：是", "id=\"version-number\">2<", "/items/XK-001/history");
		String samplePath = html.substring(html.indexOf("/samples/"), html.indexOf("/samples/") + 9 + 64);
		HttpResponse<byte[]> sample = getBytes(samplePath);
		assertThat(sample.statusCode()).isEqualTo(200);
		assertThat(sample.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(sample.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''");
		assertThat(new String(sample.body(), StandardCharsets.UTF_8)).contains("示范文本");
	}

	@Test
	void asOfShowsTheVersionInForceOnThatDateAndHistoryListsBoth() throws Exception {
		String old = get("/items/" + APPROVAL + "?asOf=2026-03-01").body();
		assertThat(old).contains("id=\"version-number\">1<", "10个工作日", "并非现行版本");
		String history = get("/items/" + APPROVAL + "/history").body();
		assertThat(history).contains("承诺时限由10个工作日压缩至7个工作日", "变更内容", "承诺时限", "首次公布", "asOf=2026-01-01");
		assertThat(get("/items/" + APPROVAL + "?asOf=2025-12-31").statusCode()).isEqualTo(404);
	}

	@Test
	void verificationVerdictsForValidSuspendedExpiredAndUnknownCertificates() throws Exception {
		HttpResponse<String> valid = get("/verify/officer/" + VALID);
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(valid.body()).contains("证件有效", "李明远", "局领导", "湖南省人民政府", "2028-02-29", "照片");
		assertThat(get("/verify/officer/" + SUSPENDED).body()).contains("证件已暂扣", "陈志刚");
		assertThat(get("/verify/officer/" + EXPIRED).body()).contains("证件已过期", "周丽娟");
		HttpResponse<String> unknown = get("/verify/officer/99999999999");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("未找到该证件", "99999999999").doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void verifyFormRedirectsToTheVerificationPage() throws Exception {
		HttpResponse<String> response = get("/verify/officer?certificateNo=" + VALID);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/verify/officer/" + VALID);
	}

	@Test
	void qrCodeDecodesToTheAbsoluteVerificationAddress() throws Exception {
		HttpResponse<byte[]> png = getBytes("/verify/officer/" + VALID + "/qr.png");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(QrDecoding.decode(png.body()))
			.isEqualTo("http://localhost:" + this.port + "/verify/officer/" + VALID);
		assertThat(getBytes("/verify/officer/99999999999/qr.png").statusCode()).isEqualTo(404);
	}

	@Test
	void htmlInDataIsRenderedAsText() throws Exception {
		// An officer whose name is markup: stored as text (CatalogRules) and escaped by
		// the views.
		String number = "XSS-PORTAL-1";
		if (this.catalog.officerByCertificate(number).isEmpty()) {
			this.catalog.save(EntryKind.OFFICER,
					new Officer("O-PORTAL-XSS", this.catalog.agencies().get(0).creditCode(),
							"<script>alert('x')</script><b>粗</b>", "FGG", "<i>科员</i>",
							new Certificate(number, "湖南省人民政府", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
									CertificateStatus.VALID),
							List.of("<img src=x onerror=alert(1)>"), null, true),
					new Change(LocalDate.of(2026, 1, 1), "测试：HTML 按文本显示", "test"));
		}
		for (String path : List.of("/officers", "/verify/officer/" + number, "/changes")) {
			String html = get(path).body();
			assertThat(html).as(path)
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;粗&lt;/b&gt;")
				.doesNotContain("<script>alert", "<b>粗</b>", "<img src=x");
		}
	}

	@Test
	void unknownPagesGetTheChinese404Page() throws Exception {
		HttpResponse<String> missingItem = get("/items/NO-SUCH-ITEM");
		assertThat(missingItem.statusCode()).isEqualTo(404);
		assertThat(missingItem.body()).contains("页面不存在", "NO-SUCH-ITEM", "返回公示首页");
		HttpResponse<String> missingPage = get("/no-such-page");
		assertThat(missingPage.statusCode()).isEqualTo(404);
		assertThat(missingPage.body()).contains("页面不存在", "行政执法公示").doesNotContain("Whitelabel");
		HttpResponse<String> badDate = get("/items/" + APPROVAL + "?asOf=2026-13-45");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("日期格式不正确").doesNotContain("Exception");
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
