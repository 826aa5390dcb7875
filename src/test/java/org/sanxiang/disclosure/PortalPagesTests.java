package org.sanxiang.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.PublicAddresses;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.InMemoryCatalog;
import org.sanxiang.support.FixedToday;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal pages rendered against an in-memory catalog (no database), today =
 * 2026-06-01.
 */
@WebMvcTest(controllers = { PortalController.class, ItemController.class, CertificateVerification.class })
@AutoConfigureMockMvc(addFilters = false)
@Import({ FixedToday.class, PublicAddresses.class, PortalPagesTests.Fixture.class })
class PortalPagesTests {

	@TestConfiguration
	static class Fixture {

		@Bean
		Catalog catalog() {
			return InMemoryCatalog.xintian(FixedToday.TODAY);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void homeShowsTheAgencyItsChannelsAndCounts() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("新田县发展和改革局"), containsString("91230500MA1B3N1N2M"),
					containsString("0746-4712345"), containsString("xtfgj@example.cn"),
					containsString("<strong>5</strong> 名执法人员"), containsString("<strong>2</strong> 项权责事项"),
					containsString("aria-current=\"page\""))));
	}

	@Test
	void unitsShowDutiesAndPhone() throws Exception {
		this.mvc.perform(get("/units"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("法规股"), containsString("依法行政领导小组办公室"), containsString("tel:0746-4710001"))));
	}

	@Test
	void officersShowCertificateStatusComputedForToday() throws Exception {
		String html = this.mvc.perform(get("/officers"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("李示一", "示例", VALID_CERT(), "新田县人民政府", "新田县行政区域、发展改革", ">有效<", ">暂扣<", ">注销<", ">已过期<",
				"/verify/officer/" + InMemoryCatalog.VALID_CERT + "/qr.png", "action=\"/verify/officer\"");
	}

	@Test
	void dataIsRenderedEscaped() throws Exception {
		this.mvc.perform(get("/officers"))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
					not(containsString("<script>alert")))));
		this.mvc.perform(get("/items/" + InMemoryCatalog.APPROVAL))
			.andExpect(content()
				.string(allOf(containsString("&lt;i&gt;按示范文本编制&lt;/i&gt;"), not(containsString("<i>按示范文本编制")))));
	}

	@Test
	void itemsAreGroupedByCategoryAndFilteredByTextAndCategory() throws Exception {
		this.mvc.perform(get("/items"))
			.andExpect(content().string(allOf(containsString("行政许可（1项）"), containsString("行政检查（1项）"))));
		this.mvc.perform(get("/items").param("q", "核准"))
			.andExpect(content().string(allOf(containsString("企业投资项目核准"), not(containsString("节能审查意见落实")))));
		this.mvc.perform(get("/items").param("q", "jc-fg"))
			.andExpect(content().string(allOf(not(containsString("企业投资项目核准</a>")), containsString("节能审查意见落实"))));
		this.mvc.perform(get("/items").param("category", "INSPECTION"))
			.andExpect(content().string(allOf(not(containsString("企业投资项目核准</a>")), containsString("节能审查意见落实"))));
		this.mvc.perform(get("/items").param("category", "nonsense"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未识别的职权类别")));
	}

	@Test
	void itemDetailShowsTheServiceGuideOfTheCurrentVersion() throws Exception {
		this.mvc.perform(get("/items/" + InMemoryCatalog.APPROVAL))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("《企业投资项目核准和备案管理条例》（国务院令第673号）"), containsString("第十九条"),
					containsString("20个工作日"), containsString("10个工作日"), containsString("项目申请报告"),
					containsString(">必要<"), containsString(">非必要<"), containsString("/samples/"),
					containsString("重大执法决定法制审核：是"), containsString("需音像记录：是"), containsString("列入随机抽查事项清单：否"),
					containsString("id=\"version-number\">2<"), containsString("2026-03-01"),
					containsString("/items/XK-FG-001/history"), containsString("<ol class=\"flow\">"))));
	}

	@Test
	void itemAsOfAnEarlierDateShowsTheOldVersion() throws Exception {
		this.mvc.perform(get("/items/" + InMemoryCatalog.APPROVAL).param("asOf", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("《企业投资项目核准暂行办法》"), containsString("id=\"version-number\">1<"),
							containsString("并非现行版本"), not(containsString("国务院令第673号")))));
		this.mvc.perform(get("/items/" + InMemoryCatalog.APPROVAL).param("asOf", "2010-01-01"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("尚无施行中的版本")));
		this.mvc.perform(get("/items/" + InMemoryCatalog.APPROVAL).param("asOf", "2026-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期格式不正确，应为 年-月-日（YYYY-MM-DD）")));
	}

	@Test
	void historyListsEveryVersionWithReasonAndWhatChanged() throws Exception {
		this.mvc.perform(get("/items/" + InMemoryCatalog.APPROVAL + "/history"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("《政府核准投资项目管理办法》施行，更新依据"), containsString("执法依据、承诺时限"), containsString("首次公布"),
							containsString("现行"), containsString("已被替代"), containsString("asOf=2017-02-01"))));
	}

	@Test
	void unknownItemIsAChinese404() throws Exception {
		this.mvc.perform(get("/items/NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("页面不存在"), containsString("NOPE"))));
		this.mvc.perform(get("/items/NOPE/history")).andExpect(status().isNotFound());
	}

	@Test
	void sampleIsServedAsAnAttachmentWithItsTypeAndEncodedName() throws Exception {
		String id = this.catalog.item(InMemoryCatalog.APPROVAL).orElseThrow().materials().get(0).sampleFileId();
		this.mvc.perform(get("/samples/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition",
					allOf(containsString("attachment"), containsString("filename*=UTF-8''%E9%A1%B9%E7%9B%AE"))))
			.andExpect(content().bytes("示范文本内容".getBytes(StandardCharsets.UTF_8)));
		this.mvc.perform(get("/samples/not-a-hash")).andExpect(status().isNotFound());
		this.mvc.perform(get("/samples/" + "0".repeat(64))).andExpect(status().isNotFound());
	}

	@Test
	void activeSampleTypesAreDowngradedAndNamesSanitised() {
		assertThat(ItemController.safeType("text/html")).hasToString("application/octet-stream");
		assertThat(ItemController.safeType("image/svg+xml")).hasToString("application/octet-stream");
		assertThat(ItemController.safeType("garbage")).hasToString("application/octet-stream");
		assertThat(ItemController.safeType("application/pdf")).hasToString("application/pdf");
		assertThat(ItemController.safeType("text/plain")).hasToString("text/plain;charset=UTF-8");
		assertThat(ItemController.safeFileName("../../etc/pa\"ss\nwd.doc")).isEqualTo("passwd.doc");
		assertThat(ItemController.safeFileName("C:\\x\\申请书.docx")).isEqualTo("申请书.docx");
	}

	@Test
	void randomInspectionListShowsSubjectsMethodBasisAndUnit() throws Exception {
		this.mvc.perform(get("/random-inspection"))
			.andExpect(content().string(allOf(containsString("固定资产投资项目节能审查意见落实情况检查"), containsString("已取得节能审查意见的项目单位"),
					containsString("双随机抽取，现场检查"), containsString("《固定资产投资项目节能审查办法》"), containsString("投资股"),
					not(containsString("企业投资项目核准</a>")))));
	}

	@Test
	void supervisionShowsMethodsAndChannels() throws Exception {
		this.mvc.perform(get("/supervision"))
			.andExpect(content().string(allOf(containsString("12345 政务服务便民热线"), containsString("0746-4712345"),
					containsString("新田县司法局行政执法监督科"))));
	}

	@Test
	void changesListEveryVersionAcrossTheCatalog() throws Exception {
		this.mvc.perform(get("/changes"))
			.andExpect(content().string(allOf(containsString("权责事项"), containsString("执法人员"), containsString("第2版"),
					containsString("《政府核准投资项目管理办法》施行，更新依据"), containsString("href=\"/items/XK-FG-001\""))));
	}

	@Test
	void verificationGivesAVerdictPerStatus() throws Exception {
		this.mvc.perform(get("/verify/officer/" + InMemoryCatalog.VALID_CERT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("证件有效"), containsString("李示一"), containsString("投资股"),
					containsString("照片"), containsString("2030-12-31"),
					containsString("http://localhost/verify/officer/" + InMemoryCatalog.VALID_CERT))));
		this.mvc.perform(get("/verify/officer/" + InMemoryCatalog.SUSPENDED_CERT))
			.andExpect(content().string(containsString("证件已暂扣")));
		this.mvc.perform(get("/verify/officer/" + InMemoryCatalog.REVOKED_CERT))
			.andExpect(content().string(containsString("证件已注销")));
		this.mvc.perform(get("/verify/officer/" + InMemoryCatalog.EXPIRED_CERT))
			.andExpect(content().string(containsString("证件已过期")));
		this.mvc.perform(get("/verify/officer/NO-SUCH-1"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("未找到该证件"), containsString("NO-SUCH-1"))));
	}

	@Test
	void verifyFormRedirectsToTheVerificationPage() throws Exception {
		this.mvc.perform(get("/verify/officer").param("certificateNo", "  " + InMemoryCatalog.VALID_CERT + " "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/verify/officer/" + InMemoryCatalog.VALID_CERT));
		this.mvc.perform(get("/verify/officer").param("certificateNo", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请输入执法证编号")));
		this.mvc.perform(get("/verify/officer")).andExpect(status().isOk());
	}

	@Test
	void qrCodeIsAPngOnlyForKnownCertificates() throws Exception {
		byte[] png = this.mvc.perform(get("/verify/officer/" + InMemoryCatalog.VALID_CERT + "/qr.png"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(QrDecoding.decode(png)).isEqualTo("http://localhost/verify/officer/" + InMemoryCatalog.VALID_CERT);
		this.mvc.perform(get("/verify/officer/NO-SUCH-1/qr.png")).andExpect(status().isNotFound());
	}

	@Test
	void theConfiguredPublicAddressIsUsedForTheQrCodeAndNumbersAreEncodedAsOnePathSegment() {
		CertificateVerification verification = new CertificateVerification(this.catalog, Clock.systemUTC(),
				new PublicAddresses("https://zf.xintian.example/ "));
		assertThat(verification.verifyUrl("43112823001"))
			.isEqualTo("https://zf.xintian.example/verify/officer/43112823001");
		assertThat(verification.verifyUrl("湘A 1/2"))
			.isEqualTo("https://zf.xintian.example/verify/officer/%E6%B9%98A%201%2F2");
	}

	private static String VALID_CERT() {
		return InMemoryCatalog.VALID_CERT;
	}

}
