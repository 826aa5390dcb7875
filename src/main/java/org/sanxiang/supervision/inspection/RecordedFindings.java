package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.supervision.ledger.RectificationTasks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link InspectionFindings} from the checks' findings and their rectification tasks in
 * the ledger: a finding is rectified once its task is closed (which needs evidence, see
 * {@link RectificationTasks}), on the day it was closed.
 */
@Component
class RecordedFindings implements InspectionFindings {

	private final SupervisionChecks checks;

	private final RectificationTasks rectifications;

	RecordedFindings(SupervisionChecks checks, RectificationTasks rectifications) {
		this.checks = checks;
		this.rectifications = rectifications;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Finding> findings(String agencyCode, LocalDate from, LocalDate to) {
		return map(this.checks.findingsOf(agencyCode, from, to));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Finding> finding(UUID id) {
		return this.checks.finding(id).map(f -> map(List.of(f)).get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Finding> openRectifications(String agencyCode) {
		return map(this.checks.findingsOf(agencyCode, null, null)).stream().filter(f -> !f.rectified()).toList();
	}

	private List<Finding> map(List<SupervisionCheck.FindingRow> rows) {
		Map<UUID, RectificationTasks.Closure> closures = this.rectifications
			.closures(rows.stream().map(SupervisionCheck.FindingRow::ledgerTaskId).toList());
		Map<UUID, String> titles = new HashMap<>();
		return rows.stream().map(f -> {
			String title = titles.computeIfAbsent(f.checkId(),
					id -> this.checks.find(id).map(SupervisionCheck::title).orElse(""));
			RectificationTasks.Closure closure = closures.get(f.ledgerTaskId());
			boolean rectified = closure != null && closure.closed();
			return new Finding(f.id(), f.checkId(), title, f.unitCode(), f.caseId(), f.description(), f.foundOn(),
					f.rectificationDue(), rectified, rectified ? closure.completedOn() : null);
		}).toList();
	}

}
