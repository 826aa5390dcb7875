package org.sanxiang.casework.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceImports;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.identity.Role;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action forms of the console case page: a refused action shows the form again with
 * everything typed and the refusal with its rule and article beside it, nothing saved;
 * the 送达 form has one fieldset of proof per method (民事诉讼法 第八十七条至第九十五条 applied by
 * reference, 行政许可法 第四十四条); the recorded activities ask for their times and show what is
 * attached (JL-3b, JL-4).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class LicensingConsoleFormsIntegrationTests {

	static final Actor CLERK = new Actor("clerk", "李静（示例）", Set.of(Role.CLERK));

	static final Actor DIRECTOR = new Actor("director", "赵志刚（示例）", Set.of(Role.DIRECTOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	Casework casework;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceVault vault;

	@Autowired
	EvidenceImports imports;

	@Test
	void aRefusedGrantKeepsEveryFieldAsTypedAndNamesRuleAndArticleBesideTheForm() throws Exception {
		CaseId id = underReview("表单保留");
		// XK-39: a grant issues a licence, so its number is required
		String page = this.mvc
			.perform(act(id, "grant", "director", "DIRECTOR").param("revision", "1")
				.param("on", "2026-06-01")
				.param("hearingRecord", "听证笔录〔2026〕3号")
				.param("text", "准予<通过>节能审查")
				.param("licenceNumber", "")
				.param("validTo", "2029-05-31"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = form(page, "grant");
		assertThat(form).contains("value=\"2026-06-01\"", "value=\"听证笔录〔2026〕3号\"", "准予&lt;通过&gt;节能审查",
				"value=\"2029-05-31\"", "请填写许可证件编号", "XK-39", "《行政许可法》第三十九条");
		assertThat(page).contains("尚未保存任何内容");
		assertThat(this.casework.find(id).revision()).isEqualTo(1);
	}

	@Test
	void aRefusedSiteInspectionKeepsTheChosenOfficersTheDateAndTheFindings() throws Exception {
		CaseId id = underReview("核查保留");
		// XK-34: verification on site needs two or more certified officers
		String page = this.mvc
			.perform(act(id, "site-inspection", "officer1", "OFFICER").param("revision", "1")
				.param("on", "2026-06-01")
				.param("officerIds", "O-003")
				.param("findings", "现场与申报一致\n第二行"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = form(page, "site-inspection");
		assertThat(form).containsPattern("<option value=\"O-003\" selected=\"selected\"")
			.doesNotContainPattern("<option value=\"O-004\" selected")
			.contains("value=\"2026-06-01\"", "现场与申报一致\n第二行", "XK-34");
		assertThat(this.casework.find(id).revision()).isEqualTo(1);
	}

	@Test
	void aRefusedNonAcceptanceKeepsTheGroundAndReasonAndAMistypedDateAsTyped() throws Exception {
		CaseId id = received("不予受理保留");
		String page = this.mvc
			.perform(act(id, "not-accept", "clerk", "CLERK").param("revision", "0")
				.param("ground", "OUTSIDE_OUR_POWER")
				.param("reason", "不属本局职权")
				.param("competentBody", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = form(page, "not-accept");
		assertThat(form).containsPattern("<option value=\"OUTSIDE_OUR_POWER\" selected=\"selected\"")
			.contains("不属本局职权", "XK-32a");
		// a date the form cannot read: 400 naming it, and the text stays as typed
		String mistyped = this.mvc
			.perform(act(id, "request-correction", "clerk", "CLERK").param("revision", "0")
				.param("on", "2026-13-45")
				.param("missing", "节能报告\n项目备案证明"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form(mistyped, "request-correction")).contains("value=\"2026-13-45\"", "节能报告\n项目备案证明", "日期格式不正确");
		// the other forms are shown empty
		assertThat(form(mistyped, "not-accept")).doesNotContain("不属本局职权");
		assertThat(this.casework.find(id).revision()).isZero();
	}

	@Test
	void theDeliveryFormHasOneLabelledFieldsetOfProofPerMethodAndItsScript() throws Exception {
		CaseId id = granted("送达表单");
		String page = this.mvc.perform(get("/console/licensing/" + id).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = form(page, "deliver");
		assertThat(form).contains("<fieldset data-delivery=\"DIRECT\"><legend>直接送达</legend>",
				"<fieldset data-delivery=\"POSTAL\"><legend>邮寄送达</legend>",
				"<fieldset data-delivery=\"ELECTRONIC\"><legend>电子送达</legend>",
				"<fieldset data-delivery=\"LEFT_AT_ADDRESS\"><legend>留置送达</legend>",
				"<fieldset data-delivery=\"PUBLIC\"><legend>公告送达</legend>", "src=\"/js/licensing-delivery.js\"");
		assertThat(fieldset(form, "DIRECT")).contains("受送达人", "签收日期", "name=\"receiver\"", "name=\"signedOn\"");
		assertThat(fieldset(form, "POSTAL")).contains("邮件号", "邮件回执上注明的收件日期", "name=\"trackingNumber\"",
				"name=\"receivedOn\"");
		assertThat(fieldset(form, "ELECTRONIC")).contains("同意电子送达的确认", "回执编号", "到达日期", "name=\"consentReference\"",
				"name=\"receiptId\"", "name=\"electronicReceivedOn\"");
		assertThat(fieldset(form, "LEFT_AT_ADDRESS")).contains("受送达人", "留置日期", "见证人", "音像记录",
				"name=\"refusingReceiver\"", "name=\"leftOn\"", "name=\"witness\"");
		// the day of delivery is the proof's, not a day typed beside it
		assertThat(form).contains("送达日期按送达方式确定").doesNotContain("name=\"on\"");
		// the scans of the signed receipt, evidence of the case's 送达 (JL-2)
		assertThat(fieldset(form, "DIRECT POSTAL ELECTRONIC LEFT_AT_ADDRESS PUBLIC")).contains("送达回证扫描件",
				"本案尚未上传“送达”扫描件", "name=\"noReceiptReason\"");
		// 留置 and 公告 are recorded on audio/video (JL-3b): one fieldset of the delivery's
		// times
		// serves both
		assertThat(fieldset(form, "LEFT_AT_ADDRESS PUBLIC")).contains("送达过程起止时间", "name=\"activityStart\"",
				"name=\"activityEnd\"", "本案尚未上传“送达”录音录像");
		assertThat(fieldset(form, "PUBLIC")).contains("其他方式无法送达的原因", "公告媒介", "公告日期", "经过三十日即视为送达",
				"name=\"whyOtherMethodsFailed\"", "name=\"medium\"", "name=\"publishedOn\"");
		this.mvc.perform(get("/js/licensing-delivery.js")).andExpect(status().isOk());
	}

	@Test
	void aDeliveryLeftAtTheAddressWithoutARecordingIsRefusedKeepingItsFieldsThenRecordedOnAnApprovedReasonAndAWitness()
			throws Exception {
		CaseId id = granted("留置送达");
		int revision = this.casework.find(id).revision();
		String page = this.mvc
			.perform(act(id, "deliver", "clerk", "CLERK").param("revision", String.valueOf(revision))
				.param("deliveryMethod", "LEFT_AT_ADDRESS")
				.param("leftOn", "2026-06-01")
				.param("receiver", "")
				.param("refusingReceiver", "拒收人甲")
				.param("witness", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = form(page, "deliver");
		assertThat(form).containsPattern("<option value=\"LEFT_AT_ADDRESS\" selected=\"selected\"")
			.contains("value=\"拒收人甲\"", "“送达”应当进行音像记录", "JL-3");
		assertThat(this.casework.find(id).revision()).isEqualTo(revision);

		// JL-5: the 负责人 approves a reason; 留置 without a recording then stands on a
		// witness
		this.vault.approveRecordingExemption(id.value(), Activity.SERVICE, "执法记录仪故障", "director");
		String unwitnessed = this.mvc
			.perform(act(id, "deliver", "clerk", "CLERK").param("revision", String.valueOf(revision))
				.param("deliveryMethod", "LEFT_AT_ADDRESS")
				.param("leftOn", "2026-06-01")
				.param("refusingReceiver", "拒收人甲")
				.param("witness", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form(unwitnessed, "deliver")).contains("请填写见证人", "XK-44", "负责人已批准免于记录：执法记录仪故障");

		this.mvc
			.perform(act(id, "deliver", "clerk", "CLERK").param("revision", String.valueOf(revision))
				.param("deliveryMethod", "LEFT_AT_ADDRESS")
				.param("leftOn", "2026-06-01")
				.param("receiver", "")
				.param("refusingReceiver", "拒收人甲")
				.param("witness", "村委会见证人乙"))
			.andExpect(status().is3xxRedirection());
		String proof = this.jdbc
			.sql("select payload ->> 'proof' from casework_event where case_id = :id and type = 'DecisionDelivered'")
			.param("id", id.value())
			.query(String.class)
			.single();
		assertThat(proof).contains("拒收人甲", "村委会见证人乙");
	}

	@Test
	void aDirectDeliveryTicksTheScanOfItsSignedReceiptAndTheCasePageShowsWhatWasAttached() throws Exception {
		CaseId id = granted("送达回证扫描件");
		EvidenceItem scan = this.imports.keep(
				new EvidenceImports.Capture(id.value(), Activity.SERVICE, "李静（示例）", "扫描仪",
						Instant.parse("2026-06-01T01:00:00Z"), Instant.parse("2026-06-01T01:01:00Z"), "政务服务窗口",
						"签收的送达回证", "送达回证（签收）.pdf"),
				("%PDF-1.4\n% " + id + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8), "clerk");
		int revision = this.casework.find(id).revision();
		String form = form(page(id, "clerk", "CLERK"), "deliver");
		assertThat(fieldset(form, "DIRECT POSTAL ELECTRONIC LEFT_AT_ADDRESS PUBLIC"))
			.contains("name=\"receiptEvidence\"", "value=\"" + scan.id() + "\"",
					"送达回证（签收）.pdf（2026-06-01 09:00，签收的送达回证）")
			.doesNotContain("本案尚未上传“送达”扫描件");

		// neither a scan nor a reason: refused, the form kept
		String refused = this.mvc
			.perform(act(id, "deliver", "clerk", "CLERK").param("revision", String.valueOf(revision))
				.param("deliveryMethod", "DIRECT")
				.param("receiver", "签收人丁")
				.param("signedOn", "2026-06-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form(refused, "deliver")).contains("签收的送达回证扫描件", "value=\"签收人丁\"");

		this.mvc
			.perform(act(id, "deliver", "clerk", "CLERK").param("revision", String.valueOf(revision))
				.param("deliveryMethod", "DIRECT")
				.param("receiver", "签收人丁")
				.param("signedOn", "2026-06-01")
				.param("receiptEvidence", scan.id().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(id, "clerk", "CLERK")).contains("直接送达，2026-06-01", "送达回证扫描件：送达回证（签收）.pdf");
	}

	@Test
	void aCaseMarkedForFullRecordingShowsTheMarkAndAsksForTheTimesOfItsRecordedActivities() throws Exception {
		CaseId id = underReview("全程记录");
		this.casework.act(id, LicensingAction.ASSIGN_OFFICERS, request(1, List.of("O-003", "O-004"), null), DIRECTOR);
		String before = page(id, "officer1", "OFFICER");
		assertThat(form(before, "mark-full-recording")).contains("涉及人身自由、生命健康或者重大财产权益的理由", "name=\"reason\"");
		assertThat(form(before, "site-inspection")).contains("核查起止时间", "name=\"activityStart\"", "本案尚未上传“现场检查”录音录像")
			.doesNotContain("本案须全程音像记录")
			.doesNotContainPattern("name=\"activityStart\"[^>]*required");
		assertThat(before).doesNotContain("id=\"full-recording\"");

		this.mvc
			.perform(act(id, "mark-full-recording", "officer1", "OFFICER").param("revision", "2")
				.param("reason", "核查须当场查封设备，涉及重大财产权益"))
			.andExpect(status().is3xxRedirection());
		String after = page(id, "officer1", "OFFICER");
		assertThat(after).contains("id=\"full-recording\"", "核查须当场查封设备，涉及重大财产权益", "认定涉及人身自由、生命健康或者重大财产权益")
			.doesNotContain("id=\"action-mark-full-recording\"");
		assertThat(form(after, "site-inspection")).contains("本案须全程音像记录")
			.containsPattern("name=\"activityStart\"[^>]*required");

		// JL-4: nothing covers 09:00–09:50, so the check is refused and the times stay as
		// typed
		String refused = this.mvc
			.perform(act(id, "site-inspection", "officer1", "OFFICER").param("revision", "3")
				.param("on", "2026-06-01")
				.param("officerIds", "O-003", "O-004")
				.param("findings", "现场与申报一致")
				.param("activityStart", "2026-06-01T09:00")
				.param("activityEnd", "2026-06-01T09:50"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form(refused, "site-inspection")).contains("JL-4", "全程不间断音像记录", "尚未上传该活动的录音录像",
				"value=\"2026-06-01T09:00\"", "value=\"2026-06-01T09:50\"");
		assertThat(this.jdbc.sql("select full_recording from casework_case where id = :id")
			.param("id", id.value())
			.query(Boolean.class)
			.single()).isTrue();
	}

	// --- helpers ---

	private MockHttpServletRequestBuilder act(CaseId id, String action, String account, String role) {
		return post("/console/licensing/" + id + "/actions/" + action).with(user(account).roles(role)).with(csrf());
	}

	/** The HTML of one action form on the page. */
	static String form(String page, String path) {
		int start = page.indexOf("id=\"action-" + path + "\"");
		assertThat(start).as("form %s on the page", path).isNotNegative();
		return page.substring(start, page.indexOf("</form>", start));
	}

	private static String fieldset(String form, String method) {
		int start = form.indexOf("data-delivery=\"" + method + "\"");
		return form.substring(start, form.indexOf("</fieldset>", start));
	}

	private String page(CaseId id, String account, String role) throws Exception {
		return this.mvc.perform(get("/console/licensing/" + id).with(user(account).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private CaseId received(String name) {
		String id = LicensingConsoleIntegrationTests.PERSON_ID;
		return this.casework
			.apply(new Applicant(Applicant.ApplicantKind.PERSON, name, id, null, name, "0746-1234567", null), "XK-002",
					CLERK)
			.id();
	}

	private CaseId underReview(String name) {
		CaseId id = received(name);
		RequiredMaterials.checkedOnPaper(this.casework, id);
		this.casework.act(id, LicensingAction.ACCEPT, request(0, null, null), CLERK);
		return id;
	}

	private CaseId granted(String name) {
		CaseId id = underReview(name);
		this.casework.act(id, LicensingAction.ASSIGN_OFFICERS, request(1, List.of("O-003", "O-004"), null), DIRECTOR);
		this.casework.act(id, LicensingAction.GRANT, request(2, null, "准予通过节能审查"), DIRECTOR);
		return id;
	}

	private static ActionRequest request(int revision, List<String> officers, String text) {
		return new ActionRequest(revision, null, null, null, null, null, officers, null, null, null, null, null, null,
				null, null, null, null, text, text == null ? null : "新发改能审〔2026〕88号",
				text == null ? null : java.time.LocalDate.of(2029, 6, 1), null, null);
	}

}
