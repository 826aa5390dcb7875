package org.sanxiang.casework.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant on the portal without an account or JavaScript: 网上申请 with a
 * checksum-validated applicant (行政许可法 第二十九条), the 申请材料接收凭证 with the query code shown
 * once, 办件查询 by number and code, and the per-address limit on lookups (issue 4 item 9).
 * On the fixed Monday 2026-06-01.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(LicensingApiIntegrationTests.OnAFixedDay.class)
class OnlineApplicationIntegrationTests {

	static final String PERSON_ID = "11010519491231002X";

	static final String CREDIT_CODE = "91330282L07196379D";

	private static final Pattern NUMBER = Pattern.compile("id=\"number\">([^<]+)<");

	private static final Pattern CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theItemPageOfALicenceLinksToTheOnlineApplicationWithAFileInputPerMaterialOfTheList() throws Exception {
		this.mvc.perform(get("/items/XK-002"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/apply/XK-002\"")));
		this.mvc.perform(get("/apply/XK-002"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("固定资产投资项目节能审查")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请按下列清单逐项上传电子材料")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"material-1\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("enctype=\"multipart/form-data\"")));
		this.mvc.perform(get("/apply/CF-001")).andExpect(status().isNotFound());
		this.mvc.perform(get("/apply/NOPE-9")).andExpect(status().isNotFound());
	}

	@Test
	void anApplicationShowsItsNumberAndQueryCodeOnceOnTheReceipt() throws Exception {
		MvcResult posted = this.mvc.perform(application("XK-002", "PERSON", "张三", PERSON_ID, ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/apply/receipt"))
			.andExpect(flash().attributeExists("receipt"))
			.andReturn();
		String receipt = this.mvc.perform(get("/apply/receipt").flashAttrs(posted.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(receipt).contains("申请材料接收凭证", "新田县发展和改革局", "固定资产投资项目节能审查", "2026-06-01", "5 个工作日", "第三十二条",
				"只显示这一次");
		String number = find(NUMBER, receipt);
		String code = find(CODE, receipt);
		assertThat(number).matches("XK-20260601-\\d{4}");
		assertThat(code).hasSize(Casework.QUERY_CODE_LENGTH);
		String stored = this.jdbc.sql("select query_code_hash from casework_case where number = :n")
			.param("n", number)
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(code);
		// a reload carries no flash attribute any more and does not show the code again
		String reloaded = this.mvc.perform(get("/apply/receipt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reloaded).contains("只在提交申请后显示一次").doesNotContain(code).doesNotContain(number);
	}

	@Test
	void anIdNumberWithAWrongCheckDigitIsShownInChineseBesideTheFieldAndNothingIsSaved() throws Exception {
		long before = cases();
		String wrong = PERSON_ID.substring(0, 17) + "1";
		String page = this.mvc.perform(application("XK-002", "PERSON", "张三", wrong, ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"idNumber-error\"", "尚未保存任何内容").contains("value=\"张三\"");
		this.mvc.perform(application("XK-002", "ORGANISATION", "某公司", "", "9133"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"creditCode-error\"")));
		this.mvc
			.perform(post("/apply/XK-002").with(csrf())
				.param("applicantKind", "PERSON")
				.param("applicantName", "张三")
				.param("idNumber", PERSON_ID)
				.param("contactName", "张三")
				.param("contactPhone", "13800000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请确认将按清单提交申请材料")));
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void progressIsShownForTheRightCodeAndAWrongCodeLooksLikeAnUnknownNumber() throws Exception {
		String[] receipt = apply(application("XK-002", "ORGANISATION", "新田县某某有限公司", "", CREDIT_CODE));
		String page = this.mvc
			.perform(get("/progress").param("number", receipt[0]).param("code", receipt[1]).with(from("10.0.0.2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("固定资产投资项目节能审查", "已接收", "接收申请", "新田县某某有限公司", "2026-06-01")
			.doesNotContain(CREDIT_CODE)
			.doesNotContain("13800000000");
		String wrong = this.mvc
			.perform(get("/progress").param("number", receipt[0]).param("code", "WRONG123").with(from("10.0.0.2")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc.perform(
				get("/progress").param("number", "XK-20990101-9999").param("code", "WRONG123").with(from("10.0.0.2")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("未找到该办件");
		assertThat(unknown).contains("未找到该办件");
		this.mvc.perform(get("/progress").with(from("10.0.0.2")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("办件编号")));
	}

	@Test
	void theEleventhLookupWithinAMinuteFromOneAddressGets429OnThePageAndTheApi() throws Exception {
		for (int i = 0; i < OnlineApplicationRateLimiter.LOOKUPS_PER_MINUTE; i++) {
			this.mvc
				.perform(get("/progress").param("number", "XK-20990101-9999")
					.param("code", "WRONG" + i)
					.with(from("10.0.0.3")))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/progress").param("number", "XK-20990101-9999").param("code", "WRONG").with(from("10.0.0.3")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("查询过于频繁")));
		// another address is not affected
		this.mvc
			.perform(get("/progress").param("number", "XK-20990101-9999").param("code", "WRONG").with(from("10.0.0.4")))
			.andExpect(status().isNotFound());
		for (int i = 0; i < OnlineApplicationRateLimiter.LOOKUPS_PER_MINUTE; i++) {
			this.mvc
				.perform(get("/api/v1/public/progress").param("number", "XK-20990101-9999")
					.param("code", "WRONG")
					.with(from("10.0.0.5")))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/api/v1/public/progress").param("number", "XK-20990101-9999")
				.param("code", "WRONG")
				.with(from("10.0.0.5")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("查询过于频繁")));
	}

	private MockHttpServletRequestBuilder application(String item, String kind, String name, String idNumber,
			String creditCode) {
		return post("/apply/" + item).with(csrf())
			.param("applicantKind", kind)
			.param("applicantName", name)
			.param("idNumber", idNumber)
			.param("creditCode", creditCode)
			.param("contactName", "李四")
			.param("contactPhone", "13800000000")
			.param("contactAddress", "新田县龙泉镇")
			.param("statement", "true");
	}

	/** Applies and returns the number and the code from the receipt. */
	private String[] apply(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult posted = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		String receipt = this.mvc.perform(get("/apply/receipt").flashAttrs(posted.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new String[] { find(NUMBER, receipt), find(CODE, receipt) };
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String find(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		assertThat(m.find()).as("%s in the page", pattern).isTrue();
		return m.group(1);
	}

	private long cases() {
		return this.jdbc.sql("select count(*) from casework_case").query(Long.class).single();
	}

}
