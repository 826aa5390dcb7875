package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two checks as demo data, made once into a demo installation (never in production),
 * after the demo cases they sample with their documents and publications (order 800:
 * after the documents' 500 and the publications' 600 and 700), by the demo 督查 account and
 * through the same commands as the console, so every step is journaled: a completed
 * ad-hoc check of 投资股's cases of the last 90 days (sample drawn with the seed 20260601,
 * each checklist confirmed as pre-filled, the points found 不符合 and one unit-level finding
 * turned into rectification tasks still open), and a scheduled check of 能源股 planned two
 * weeks ahead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 800)
class InspectionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);

	static final String ACTOR = "supervisor";

	static final long SEED = 20260601L;

	static final String UNIT_FINDING = "投资股未建立行政许可案卷归档登记台账，部分案卷归档时间无据可查";

	private final Installation installation;

	private final Inspections inspections;

	private final CheckScope scope;

	private final TransactionTemplate transaction;

	InspectionDemoData(Installation installation, Inspections inspections, CheckScope scope,
			TransactionTemplate transaction) {
		this.installation = installation;
		this.inspections = inspections;
		this.scope = scope;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo() || !this.inspections.list().isEmpty() || this.scope.agencyOf(ACTOR).isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult(status -> load());
			log.info("已载入演示数据：督查（{}次）", this.inspections.list().size());
		}
		catch (InputRejected ex) {
			log.warn("未载入督查演示数据：{}", ex.firstMessage());
		}
	}

	private void load() {
		LocalDate today = this.inspections.today();
		Quarter quarter = Quarter.of(today);
		UUID done = this.inspections.plan(new CheckForm(quarter.label() + "行政许可案卷专项督查（投资股）", CheckKind.ADHOC.name(),
				"TZK", today.minusDays(90), today, null, 5), ACTOR);
		this.inspections.draw(done, SEED, ACTOR);
		LocalDate due = today.plusDays(30);
		for (SupervisionCheck.SampledCase c : this.inspections.open(done).cases()) {
			this.inspections.confirm(done, c.caseId(), Map.of(), Map.of(), due, "张建华", ACTOR);
		}
		this.inspections.recordFinding(done, UNIT_FINDING, due, "张建华", ACTOR);
		this.inspections.complete(done, "已逐案核对检查表；发现的问题已交投资股限期整改，整改完成后上传佐证材料销号。", ACTOR);
		this.inspections.plan(new CheckForm(quarter.label() + "定期督查（能源股）", CheckKind.PERIODIC.name(), "NYK",
				quarter.first(), today, today.plusDays(14), 3), ACTOR);
	}

}
