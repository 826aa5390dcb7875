package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.identity.Role;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's 办件查询 page in plain words: the state and what comes next, the statutory
 * (行政许可法 第四十二条) and promised deadlines as dates, and each step with its date — never a
 * staff member's name, an officer, an opinion or a finding, nor the applicant's ID number
 * or phone (issue 4 item 9).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class OnlineApplicationProgressIntegrationTests {

	static final Actor CLERK = new Actor("clerk", "李静（示例）", Set.of(Role.CLERK));

	static final Actor OFFICER = new Actor("officer1", "张伟（示例）", Set.of(Role.OFFICER));

	static final Actor DIRECTOR = new Actor("director", "赵志刚（示例）", Set.of(Role.DIRECTOR));

	private static final java.util.concurrent.atomic.AtomicInteger LOOKUPS = new java.util.concurrent.atomic.AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Casework casework;

	@Test
	void anAcceptedCaseShowsItsDeadlinesAsDatesAndWhatComesNext() throws Exception {
		Casework.Receipt receipt = apply("进度期限");
		RequiredMaterials.checkedOnPaper(this.casework, receipt.id());
		this.casework.act(receipt.id(), LicensingAction.ACCEPT, request(0, null, null, null), CLERK);
		String page = progress(receipt);
		// accepted Monday 2026-06-01: 20 working days ⇒ 2026-06-30 (19 June, 端午, is off);
		// the item promises 10 ⇒ 2026-06-15
		assertThat(page).contains("审查中", "已受理，正在审查", "id=\"decision-due\">2026-06-30<",
				"id=\"promised-due\">2026-06-15<", "已接收申请材料", "已受理");
	}

	@Test
	void aGrantedCaseShowsEachStepWithItsDateAndNothingInternal() throws Exception {
		Casework.Receipt receipt = apply("进度准予");
		CaseId id = receipt.id();
		RequiredMaterials.checkedOnPaper(this.casework, id);
		this.casework.act(id, LicensingAction.ACCEPT, request(0, null, null, null), CLERK);
		this.casework.act(id, LicensingAction.ASSIGN_OFFICERS, request(1, List.of("O-003", "O-004"), null, null),
				DIRECTOR);
		this.casework.act(id, LicensingAction.OPINION, request(2, null, "内部意见：申报能耗数据偏低需留意", null), OFFICER);
		this.casework.act(id, LicensingAction.GRANT, request(3, null, null, "准予通过节能审查（内部决定文本）"), DIRECTOR);
		String page = progress(receipt);
		assertThat(page).contains("准予许可", "已作出准予许可的决定", "<span>2026-06-01</span> <span>准予许可</span>", "已受理",
				"审查中：已确定承办人员", "审查中：已提出审查意见", "许可证件送达期限", "进度准予");
		assertThat(page).doesNotContain("李静", "张伟", "赵志刚", "张建华", "刘思源", "O-003", "内部意见", "内部决定文本",
				LicensingConsoleIntegrationTests.PERSON_ID, "0746-1234567");
	}

	@Test
	void aCaseAwaitingCorrectionListsWhatToCorrect() throws Exception {
		Casework.Receipt receipt = apply("进度补正");
		this.casework.act(receipt.id(), LicensingAction.REQUEST_CORRECTION,
				new ActionRequest(0, null, null, List.of("节能报告", "项目备案证明"), null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, null, null, null),
				CLERK);
		assertThat(progress(receipt)).contains("待补正", "需要补正的材料", "<li>节能报告</li>", "<li>项目备案证明</li>", "一次性告知需要补正的材料");
	}

	private Casework.Receipt apply(String name) {
		return this.casework.apply(new Applicant(Applicant.ApplicantKind.PERSON, name,
				LicensingConsoleIntegrationTests.PERSON_ID, null, name, "0746-1234567", "新田县龙泉镇"), "XK-002",
				new Actor("applicant", name, Set.of()));
	}

	private String progress(Casework.Receipt receipt) throws Exception {
		return this.mvc
			.perform(get("/progress").param("number", receipt.number()).param("code", receipt.queryCode()).with(r -> {
				// one address per lookup: the per-address limit is not what is tested
				// here
				r.setRemoteAddr("10.9.0." + LOOKUPS.incrementAndGet());
				return r;
			}))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static ActionRequest request(int revision, List<String> officers, String opinion, String text) {
		return new ActionRequest(revision, null, null, null, null, null, officers, null, opinion,
				opinion == null ? null : Boolean.TRUE, null, null, null, null, null, null, null, text,
				text == null ? null : "新发改能审〔2026〕77号", text == null ? null : LocalDate.of(2029, 6, 1), null, null);
	}

}
