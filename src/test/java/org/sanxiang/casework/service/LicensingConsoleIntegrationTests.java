package org.sanxiang.casework.service;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.catalog.IdNumber;
import org.sanxiang.identity.Role;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff console for 行政许可办件: work lists by urgency, the case page with its clocks,
 * timeline and action forms, refusals shown in Chinese with nothing saved, and the
 * window's paper application with its receipt (行政许可法 第三十二条).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class LicensingConsoleIntegrationTests {

	static final String PERSON_ID = "431128198001011" + "23" + IdNumber.checkCharacter("43112819800101123");

	static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Casework casework;

	@Test
	void aReceivedCaseIsOnTheClerksWorkListWithItsCorrectionClock() throws Exception {
		Casework.Receipt receipt = receive("王五列表");
		this.mvc.perform(get("/console/licensing").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的待办")))
			.andExpect(content().string(containsString(receipt.number())))
			.andExpect(content().string(containsString("王五列表")))
			.andExpect(content().string(containsString("已接收")))
			.andExpect(content().string(containsString("正常")));
	}

	@Test
	void aReceivedCaseIsNotOnTheDirectorsToDoListButIsAmongAllCases() throws Exception {
		Casework.Receipt receipt = receive("赵六列表");
		String page = this.mvc.perform(get("/console/licensing").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String mine = page.substring(page.indexOf("mine-heading"), page.indexOf("warning-heading"));
		assertThat(mine).doesNotContain(receipt.number());
		assertThat(page.substring(page.indexOf("all-heading"))).contains(receipt.number());
	}

	@Test
	void theClerkAcceptsFromTheCasePageAndIsSentBackWithAFlash() throws Exception {
		Casework.Receipt receipt = receive("孙七受理");
		this.mvc.perform(get("/console/licensing/" + receipt.id()).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action-accept")))
			.andExpect(content().string(containsString(PERSON_ID)))
			.andExpect(content().string(containsString("补正告知期限")))
			.andExpect(content().string(not(containsString("action-assign-officers"))));
		this.mvc
			.perform(post("/console/licensing/" + receipt.id() + "/actions/accept").param("revision", "0")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/licensing/" + receipt.id()))
			.andExpect(flash().attribute("done", "已办理：受理"));
		assertThat(this.casework.find(receipt.id()).licensingCase().state().label()).isEqualTo("审查中");
		this.mvc.perform(get("/console/licensing/" + receipt.id()).with(user("clerk").roles("CLERK")))
			.andExpect(content().string(containsString("法定办理期限")))
			.andExpect(content().string(containsString("受理")));
	}

	@Test
	void anActionTheStateDoesNotAllowShowsTheStateAndAllowedActionsWith409AndSavesNothing() throws Exception {
		Casework.Receipt receipt = receive("周八状态");
		this.mvc
			.perform(post("/console/licensing/" + receipt.id() + "/actions/archive").param("revision", "0")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("案件当前状态为“已接收”，不能“归档”")))
			.andExpect(content().string(containsString("尚未保存任何内容")));
		assertThat(this.casework.find(receipt.id()).revision()).isZero();
	}

	@Test
	void aStaleRevisionIsRefusedWith409AndNothingIsSaved() throws Exception {
		Casework.Receipt receipt = receive("吴九并发");
		this.mvc
			.perform(post("/console/licensing/" + receipt.id() + "/actions/accept").param("revision", "0")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/licensing/" + receipt.id() + "/actions/request-correction").param("revision", "0")
				.param("missing", "节能报告")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("案件已被他人修改，请刷新后重试")));
		assertThat(this.casework.find(receipt.id()).revision()).isEqualTo(1);
	}

	@Test
	void aRuleRefusalIs422NamingTheRule() throws Exception {
		Casework.Receipt receipt = receive("郑十规则");
		this.mvc.perform(post("/console/licensing/" + receipt.id() + "/actions/accept").param("revision", "0")
			.with(user("clerk").roles("CLERK"))
			.with(csrf()));
		// XK-42: an extension needs a reason
		this.mvc
			.perform(post("/console/licensing/" + receipt.id() + "/actions/extend").param("revision", "1")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("XK-42")));
		assertThat(this.casework.find(receipt.id()).revision()).isEqualTo(1);
	}

	@Test
	void anOfficerMayNotSubmitAClerksAction() throws Exception {
		Casework.Receipt receipt = receive("冯一角色");
		this.mvc
			.perform(post("/console/licensing/" + receipt.id() + "/actions/accept").param("revision", "0")
				.with(user("officer1").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.casework.find(receipt.id()).revision()).isZero();
	}

	@Test
	void theWindowRecordsAPaperApplicationAndShowsTheReceiptOnce() throws Exception {
		this.mvc.perform(get("/console/licensing/new").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("XK-002")));
		var result = this.mvc
			.perform(post("/console/licensing/new").param("applicantKind", "PERSON")
				.param("applicantName", "陈窗口")
				.param("idNumber", PERSON_ID)
				.param("contactName", "陈窗口")
				.param("contactPhone", "0746-1234567")
				.param("itemCode", "XK-002")
				.param("paper-XK-002-0", "true")
				.param("paper-XK-002-1", "true")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(redirectedUrl("/console/licensing/receipt"))
			.andReturn();
		Casework.Receipt receipt = (Casework.Receipt) result.getFlashMap().get("receipt");
		assertThat(receipt.number()).matches("XK-\\d{8}-\\d{4}");
		this.mvc
			.perform(get("/console/licensing/receipt").flashAttrs(result.getFlashMap())
				.with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(receipt.queryCode())))
			.andExpect(content().string(containsString("申请材料接收凭证")))
			.andExpect(content().string(containsString("节能审查申请书")))
			.andExpect(content().string(containsString("纸质材料（已核验）")));
		assertThat(receipt.materials()).extracting(ReceivedMaterial::materialName).containsExactly("节能审查申请书", "节能报告");
		this.mvc.perform(get("/console/licensing/receipt").with(user("clerk").roles("CLERK")))
			.andExpect(redirectedUrl("/console/licensing"));
	}

	@Test
	void aPaperApplicationWithAWrongCheckDigitIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
		char wrong = PERSON_ID.charAt(17) == '1' ? '2' : '1';
		this.mvc
			.perform(post("/console/licensing/new").param("applicantKind", "PERSON")
				.param("applicantName", "错号")
				.param("idNumber", PERSON_ID.substring(0, 17) + wrong)
				.param("contactName", "错号")
				.param("contactPhone", "0746-1234567")
				.param("itemCode", "XK-002")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("idNumber-error")))
			.andExpect(content().string(containsString("尚未保存任何内容")));
	}

	@Test
	void theClerkCannotAcceptWhileARequiredMaterialIsMissingThenReceivesAScanAndAPaperOriginalAndAccepts()
			throws Exception {
		Casework.Receipt receipt = receive("钱二材料", List.of());
		String url = "/console/licensing/" + receipt.id();
		this.mvc.perform(get(url).with(user("clerk").roles("CLERK")))
			.andExpect(content().string(containsString("尚未收到的必要材料：<span>节能审查申请书、节能报告</span>")))
			.andExpect(content().string(containsString("id=\"receive-materials\"")));
		// XK-32b 第三十二条: incomplete materials cannot be accepted
		this.mvc.perform(
				post(url + "/actions/accept").param("revision", "0").with(user("clerk").roles("CLERK")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("XK-32b")))
			.andExpect(content().string(containsString("节能审查申请书、节能报告")));
		this.mvc
			.perform(multipart(url + "/materials")
				.file(new MockMultipartFile("material-0", "申请书.pdf", "application/pdf", PDF))
				.param("paper-1", "true")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "已接收申请材料 2 份"));
		String page = this.mvc.perform(get(url).with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("清单中的必要材料均已收到", "申请书.pdf", "纸质材料（已核验）").doesNotContain("id=\"receive-materials\"");
		ReceivedMaterial scan = this.casework.materials(receipt.id())
			.stream()
			.filter(m -> !m.paper())
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get(url + "/materials/" + scan.id()).with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		this.mvc.perform(
				post(url + "/actions/accept").param("revision", "0").with(user("clerk").roles("CLERK")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.casework.find(receipt.id()).licensingCase().state().label()).isEqualTo("审查中");
	}

	@Test
	void aWrongTypeOnTheCasePageIsShownInChineseAndNothingIsSaved() throws Exception {
		Casework.Receipt receipt = receive("孔三格式", List.of());
		String url = "/console/licensing/" + receipt.id();
		var result = this.mvc
			.perform(multipart(url + "/materials")
				.file(new MockMultipartFile("material-0", "申请书.pdf", "application/pdf", "<html>".getBytes()))
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		this.mvc.perform(get(url).flashAttrs(result.getFlashMap()).with(user("clerk").roles("CLERK")))
			.andExpect(content().string(containsString("id=\"materials-problem\"")))
			.andExpect(content().string(containsString("文件格式不受支持")));
		assertThat(this.casework.materials(receipt.id())).isEmpty();
	}

	@Test
	void aCorrectionIsHandedInWithItsFilesInOneStepAndReturnsToAcceptance() throws Exception {
		Casework.Receipt receipt = receive("褚四补正", List.of());
		String url = "/console/licensing/" + receipt.id();
		this.mvc
			.perform(post(url + "/actions/request-correction").param("revision", "0")
				.param("missing", "节能审查申请书\n节能报告")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(url).with(user("clerk").roles("CLERK")))
			.andExpect(content().string(containsString("同时提交补正")));
		this.mvc
			.perform(multipart(url + "/materials")
				.file(new MockMultipartFile("material-0", "申请书.pdf", "application/pdf", PDF))
				.file(new MockMultipartFile("material-1", "节能报告.pdf", "application/pdf", PDF))
				.param("revision", "1")
				.param("submitCorrection", "true")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "已办理：提交补正材料（2 份材料）"));
		assertThat(this.casework.find(receipt.id()).licensingCase().state().label()).isEqualTo("已接收");
		assertThat(this.casework.materials(receipt.id())).extracting(ReceivedMaterial::stage)
			.containsOnly(ReceivedMaterial.Stage.CORRECTION);
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/console/licensing"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private Casework.Receipt receive(String name) {
		return receive(name, List.of(MaterialSubmission.paper("节能审查申请书"), MaterialSubmission.paper("节能报告")));
	}

	private Casework.Receipt receive(String name, List<MaterialSubmission> materials) {
		return this.casework.apply(
				new Applicant(Applicant.ApplicantKind.PERSON, name, PERSON_ID, null, name, "0746-1234567", "新田县龙泉镇"),
				"XK-002", materials, new Actor("clerk", "李静（示例）", Set.of(Role.CLERK)));
	}

}
