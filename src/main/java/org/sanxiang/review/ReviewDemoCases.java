package org.sanxiang.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceImports;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The legal review at work in a demo installation: of the two 企业投资项目核准 (XK-001) cases
 * casework's demo data brings to their decision, the older is submitted by officer1 with
 * a complete package and passed by the reviewer (陈敏, 通过, which issues its 法制审核意见书 as a
 * numbered, verifiable document) — casework's demo then grants exactly the reviewed text
 * — and the newer is submitted and waits in the reviewer's work list with its clock
 * running. Each package lists the site inspection record, kept in the evidence store.
 * Everything goes through {@link LegalReviews} like any other review. Made once, only
 * while there is no review at all, after the demo cases and the demo accounts; never in
 * production.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 300)
class ReviewDemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReviewDemoCases.class);

	static final Actor OFFICER = Actor.staff("officer1", "张伟（示例）", Role.OFFICER);

	static final Actor REVIEWER = Actor.staff("reviewer", "陈敏（示例）", Role.REVIEWER);

	static final String GRANT = "准予许可";

	/**
	 * The grant reviewed and passed; casework's demo data issues this very text, which
	 * the gate checks (SH-1).
	 */
	static final String GRANT_TEXT = "准予核准新田县示例风电场项目，建设规模50兆瓦，项目建设期二年。";

	static final String WAITING_TEXT = "准予核准新田县示例光伏发电项目，建设规模20兆瓦，项目建设期一年。";

	/** A one-page PDF standing in for the scanned site-inspection record. */
	private static final byte[] RECORD = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private final Installation installation;

	private final LegalReviews reviews;

	private final ReviewRecords records;

	private final CaseFacts cases;

	private final EvidenceImports evidence;

	private final Clock clock;

	ReviewDemoCases(Installation installation, LegalReviews reviews, ReviewRecords records, CaseFacts cases,
			EvidenceImports evidence, Clock clock) {
		this.installation = installation;
		this.reviews = reviews;
		this.records = records;
		this.cases = cases;
		this.evidence = evidence;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo() || !this.records.all().isEmpty()) {
			return;
		}
		List<CaseSnapshot> major = new ArrayList<>(this.cases.awaitingMajorDecision()
			.stream()
			.filter(c -> "XK-001".equals(c.item().code()))
			.sorted(Comparator.comparing(CaseSnapshot::acceptedOn))
			.toList());
		if (major.size() < 2) {
			return;
		}
		try {
			LegalReview passed = this.reviews.submit(submission(major.get(0), GRANT_TEXT), OFFICER);
			passed = this.reviews.conclude(passed.id(), new LegalReviews.Conclusion(ReviewOutcome.PASSED, compliant(),
					false, null, List.of(), "事实清楚，证据确凿，适用法律正确，程序合法，同意核准", false, null), REVIEWER);
			this.reviews.submit(submission(major.get(1), WAITING_TEXT), OFFICER);
			log.info("已载入演示法制审核：通过 1 件（{}），待审核 1 件", passed.opinionNumber());
		}
		catch (RuntimeException ex) {
			log.warn("演示法制审核未能完整生成：{}", ex.getMessage());
		}
	}

	private LegalReviews.Submission submission(CaseSnapshot c, String text) {
		Instant end = this.clock.instant().minus(Duration.ofDays(1));
		EvidenceItem record = this.evidence.keep(
				new EvidenceImports.Capture(c.id().value(), Activity.SITE_INSPECTION, OFFICER.name(), "扫描件",
						end.minus(Duration.ofHours(1)), end, "项目现场", "现场核查笔录（扫描件）", "现场核查笔录.pdf"),
				RECORD, OFFICER.account());
		List<LegalReviews.LegalBasisChoice> bases = this.reviews.draft(c.id())
			.legalBases()
			.stream()
			.limit(2)
			.map((LegalBasis b) -> new LegalReviews.LegalBasisChoice(b.law(), b.article()))
			.toList();
		return new LegalReviews.Submission(c.id(), GRANT, text,
				"项目位于新田县，属《湖南省政府核准的投资项目目录》县级核准范围；申报材料齐全，现场核查情况与申报一致，符合国家产业政策。", bases, "核准事项不涉及行政裁量", null,
				List.of(record.id().toString()), null, null, "符合核准条件，拟予核准", "同意", false, null, REVIEWER.account());
	}

	private static List<PointFinding> compliant() {
		List<PointFinding> points = new ArrayList<>();
		for (ReviewPoint p : ReviewPoint.values()) {
			points.add(new PointFinding(p, Finding.COMPLIANT, null));
		}
		return points;
	}

}
