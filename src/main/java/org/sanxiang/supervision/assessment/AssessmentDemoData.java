package org.sanxiang.supervision.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo agency's scoring scheme, adopted once into a demo installation (never in
 * production, {@link Installation#demo()} false) like any change: one transaction,
 * journaled. Effective from 2026-01-01, so that the last quarter's scores show from the
 * demo records as soon as the console opens. The weights are an example, not a norm.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 170)
class AssessmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

	static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);

	private final Installation installation;

	private final Catalog catalog;

	private final Assessment assessment;

	AssessmentDemoData(Installation installation, Catalog catalog, Assessment assessment) {
		this.installation = installation;
		this.catalog = catalog;
		this.assessment = assessment;
	}

	/** The demo scheme: 按期办结 20, 法制审核 15, 音像记录 15, 执法证 10, 投诉答复 10, 督查 20, 台账 10. */
	static ScoringScheme.Form form() {
		Map<String, String> weights = new LinkedHashMap<>();
		weights.put(ScoreComponent.ON_TIME.code(), "20");
		weights.put(ScoreComponent.REVIEW.code(), "15");
		weights.put(ScoreComponent.RECORDING.code(), "15");
		weights.put(ScoreComponent.CERTIFICATE.code(), "10");
		weights.put(ScoreComponent.COMPLAINT_ON_TIME.code(), "10");
		weights.put(ScoreComponent.FINDINGS.code(), "20");
		weights.put(ScoreComponent.LEDGER.code(), "10");
		return new ScoringScheme.Form(EFFECTIVE, weights, "5", "5", "90", "80", "60",
				"示例方案：指标项按达标比例计分，督查发现问题每个扣 5 分、整改逾期再扣 5 分，落实台账按到期任务按期完成比例计分。");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo()) {
			return;
		}
		Agency agency = this.catalog.agencies().stream().findFirst().orElse(null);
		if (agency == null || !this.assessment.versions(agency.creditCode()).isEmpty()) {
			return;
		}
		ScoringScheme scheme = this.assessment.adopt(agency.creditCode(), form(), "system");
		log.info("已载入演示数据：{}绩效考核方案第 {} 版，自 {} 起施行", agency.name(), scheme.version(), scheme.effectiveFrom());
	}

}
