package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTests {

	private static final LocalDate DECIDED = LocalDate.of(2026, 10, 12);

	private static final LocalDate PUBLICATION_DUE = LocalDate.of(2026, 10, 21);

	@Test
	void passesACaseWhoseRecordsMeetEveryPoint() {
		Map<ChecklistItem, Checklist.Answer> answers = Checklist
			.prefill(new Checklist.CaseRecord(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 10, 1), DECIDED, true,
					LocalDate.of(2026, 10, 29), null, PUBLICATION_DUE,
					List.of(new Checklist.PublishedDecision("准予许可", PUBLICATION_DUE, LocalDate.of(2026, 10, 14))),
					List.of(new Checklist.Act("现场核查", LocalDate.of(2026, 10, 8), true, null)), true, "新发改法审〔2026〕3号",
					List.of(new Checklist.Document("acceptance-notice", "受理通知书", "新发改许受〔2026〕7号", true),
							new Checklist.Document("licence-grant", "准予行政许可决定书", "新发改许〔2026〕12号", true))));
		assertThat(answers.values()).extracting(Checklist.Answer::verdict).containsOnly(Verdict.PASS);
		assertThat(answers.get(ChecklistItem.REVIEW).basis()).contains("新发改法审〔2026〕3号");
	}

	@Test
	void failsEachPointTheRecordsMissAndSaysWhy() {
		Map<ChecklistItem, Checklist.Answer> answers = Checklist.prefill(new Checklist.CaseRecord(
				LocalDate.of(2026, 11, 30), LocalDate.of(2026, 9, 1), DECIDED, true, LocalDate.of(2026, 9, 29), null,
				PUBLICATION_DUE, List.of(), List.of(new Checklist.Act("现场核查", LocalDate.of(2026, 9, 8), false, null)),
				true, null, List.of(new Checklist.Document("licence-grant", "准予行政许可决定书", "新发改许〔2026〕12号", false))));
		assertThat(answers.values()).extracting(Checklist.Answer::verdict).containsOnly(Verdict.FAIL);
		assertThat(answers.get(ChecklistItem.PUBLICATION).basis()).contains("2026-10-21 已过");
		assertThat(answers.get(ChecklistItem.RECORDING).basis()).isEqualTo("现场核查（2026-09-08）无音像记录");
		assertThat(answers.get(ChecklistItem.REVIEW).basis()).isEqualTo("重大执法决定未经法制审核通过");
		assertThat(answers.get(ChecklistItem.DOCUMENTS).basis()).isEqualTo("缺少受理通知书、准予行政许可决定书");
		assertThat(answers.get(ChecklistItem.DEADLINE).basis()).endsWith("：超过法定期限");
	}

	@Test
	void leavesOutWhatDoesNotApplyToTheCase() {
		Map<ChecklistItem, Checklist.Answer> answers = Checklist.prefill(new Checklist.CaseRecord(DECIDED, null,
				DECIDED, false, null, null, PUBLICATION_DUE, List.of(), List.of(), false, null,
				List.of(new Checklist.Document("licence-denial", "不予行政许可决定书", "新发改许〔2026〕13号", true))));
		assertThat(answers.get(ChecklistItem.PUBLICATION).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
		assertThat(answers.get(ChecklistItem.RECORDING).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
		assertThat(answers.get(ChecklistItem.REVIEW).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
		assertThat(answers.get(ChecklistItem.DEADLINE).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
		assertThat(answers.get(ChecklistItem.DOCUMENTS).verdict()).isEqualTo(Verdict.PASS);
	}

	@Test
	void countsAnApprovedExemptionAsRecordedAndALatePublicationAsLate() {
		Map<ChecklistItem, Checklist.Answer> answers = Checklist.prefill(
				new Checklist.CaseRecord(LocalDate.of(2026, 11, 30), null, DECIDED, true, null, null, PUBLICATION_DUE,
						List.of(new Checklist.PublishedDecision("准予许可", PUBLICATION_DUE, LocalDate.of(2026, 10, 22))),
						List.of(new Checklist.Act("听证", DECIDED, false, "涉及商业秘密")), false, null, List.of()));
		assertThat(answers.get(ChecklistItem.RECORDING).verdict()).isEqualTo(Verdict.PASS);
		assertThat(answers.get(ChecklistItem.RECORDING).basis()).contains("经批准免于记录：涉及商业秘密");
		assertThat(answers.get(ChecklistItem.PUBLICATION).verdict()).isEqualTo(Verdict.FAIL);
		assertThat(answers.get(ChecklistItem.PUBLICATION).basis()).endsWith("超过公示期限");
	}

}
