package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.*;

@DisplayName("SH-4 the seven points as the records show them")
class ComputedFindingsTests {

	private static ComputedFindings.CertificateCheck valid(String id) {
		return new ComputedFindings.CertificateCheck("指派承办人", TODAY, id, "张建华", "43112823003", true, null);
	}

	private static ComputedFinding point(List<ComputedFinding> findings, ReviewPoint point) {
		return findings.stream().filter(f -> f.point() == point).findFirst().orElseThrow();
	}

	@Test
	void prefillsEveryPointWithTheFactsBehindItAndLeavesTheDocumentsToTheReviewer() {
		List<ComputedFinding> f = ComputedFindings.of(new ComputedFindings.Facts(majorCase(), true,
				"本机关权责清单列有事项 XK-001", List.of(valid("O-003")), List.of(), List.of(), List.of(ARTICLE_3)), pack(TEXT));
		assertThat(f).extracting(ComputedFinding::point).containsExactly(ReviewPoint.values());
		assertThat(point(f, ReviewPoint.SUBJECT).suggested()).isEqualTo(Finding.COMPLIANT);
		assertThat(point(f, ReviewPoint.SUBJECT).facts()).anyMatch(s -> s.contains("43112823003 有效"));
		assertThat(point(f, ReviewPoint.FACTS).suggested()).isNull();
		assertThat(point(f, ReviewPoint.PROCEDURE).suggested()).isEqualTo(Finding.COMPLIANT);
		assertThat(point(f, ReviewPoint.DOCUMENTS).suggested()).isEqualTo(Finding.NEEDS_SUPPLEMENT);
		assertThat(point(f, ReviewPoint.DOCUMENTS).facts()).containsExactly("文书模块尚未启用，请人工核对");
	}

	@Test
	void anOfficerWithoutAValidCertificateOnTheActsDateMakesTheSubjectNonCompliant() {
		var expired = new ComputedFindings.CertificateCheck("现场核查", TODAY, "O-006", "周丽娟", "43112819006", false,
				"不在有效期内（2019-11-01 至 2022-10-31）");
		List<ComputedFinding> f = ComputedFindings.of(new ComputedFindings.Facts(majorCase(), true, "权责清单",
				List.of(valid("O-003"), expired), List.of(), List.of(), List.of(ARTICLE_3)), pack(TEXT));
		assertThat(point(f, ReviewPoint.SUBJECT).suggested()).isEqualTo(Finding.NON_COMPLIANT);
		assertThat(point(f, ReviewPoint.SUBJECT).facts()).anyMatch(s -> s.contains("周丽娟") && s.contains("无效"));
	}

	@Test
	void anOverdueClockOrAMissingRecordingMakesTheProcedureNonCompliant() {
		CaseSnapshot c = majorCase();
		CaseSnapshot late = new CaseSnapshot(c.id(), c.number(), c.item(), c.agencyCode(), c.applicant(), c.state(),
				c.stateCode(), c.officerIds(), null, null, true, c.acceptedOn(), LocalDate.of(2026, 5, 29),
				List.of(new CaseSnapshot.Clock("法定办理期限", LocalDate.of(2026, 5, 29), -1, "超期", true, false, "XK-42")),
				c.majorDecisions(), c.history(), List.of(), null);
		List<ComputedFinding> overdue = ComputedFindings.of(new ComputedFindings.Facts(late, true, "权责清单",
				List.of(valid("O-003")), List.of(), List.of(), List.of(ARTICLE_3)), pack(TEXT));
		assertThat(point(overdue, ReviewPoint.PROCEDURE).suggested()).isEqualTo(Finding.NON_COMPLIANT);
		assertThat(point(overdue, ReviewPoint.PROCEDURE).facts()).anyMatch(s -> s.contains("已超期 1 个工作日"));
		List<ComputedFinding> unrecorded = ComputedFindings.of(
				new ComputedFindings.Facts(c, true, "权责清单", List.of(valid("O-003")),
						List.of(new ComputedFindings.MediaCheck("现场检查", 0, null)), List.of(), List.of(ARTICLE_3)),
				pack(TEXT));
		assertThat(point(unrecorded, ReviewPoint.PROCEDURE).suggested()).isEqualTo(Finding.NON_COMPLIANT);
		List<ComputedFinding> exempted = ComputedFindings.of(
				new ComputedFindings.Facts(c, true, "权责清单", List.of(valid("O-003")),
						List.of(new ComputedFindings.MediaCheck("现场检查", 0, "设备故障")), List.of(), List.of(ARTICLE_3)),
				pack(TEXT));
		assertThat(point(exempted, ReviewPoint.PROCEDURE).suggested()).isEqualTo(Finding.COMPLIANT);
	}

	@Test
	void aPowerNotHeldOrEvidenceGoneOrABasisNoLongerListedIsFlagged() {
		List<ComputedFinding> f = ComputedFindings.of(new ComputedFindings.Facts(majorCase(), false, "不在本机关现行权责清单中",
				List.of(valid("O-003")), List.of(), List.of("现场核查.mp4"), List.of(ARTICLE_19)), pack(TEXT));
		assertThat(point(f, ReviewPoint.SUBJECT).suggested()).isEqualTo(Finding.NON_COMPLIANT);
		assertThat(point(f, ReviewPoint.EVIDENCE).suggested()).isEqualTo(Finding.NON_COMPLIANT);
		assertThat(point(f, ReviewPoint.LAW).suggested()).isEqualTo(Finding.NEEDS_SUPPLEMENT);
	}

}
