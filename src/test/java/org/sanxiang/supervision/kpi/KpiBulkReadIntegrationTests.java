package org.sanxiang.supervision.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.DecidedCase;
import org.sanxiang.casework.CaseStatistics.RecordedAct;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.evidence.EvidenceVault.ActivityRecording;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based reads the dashboard counts from answer what the case-by-case look-ups
 * answer, on the demo cases (sites, hearings, deliveries, recordings and exemptions).
 */
@SanxiangIntegrationTest
class KpiBulkReadIntegrationTests {

	@Autowired
	CaseStatistics cases;

	@Autowired
	EvidenceVault evidence;

	@Test
	void readsEveryActsRecordingAndExemptionInOneQueryAsTheLookupsPerCaseDo() {
		List<DecidedCase> decided = this.cases.decided(null, null);
		assertThat(decided).isNotEmpty();
		Map<String, ActivityRecording> bulk = new HashMap<>();
		for (ActivityRecording r : this.evidence
			.recordingsOfCases(decided.stream().map(c -> c.id().value()).toList())) {
			bulk.put(r.caseId() + "/" + r.activity(), r);
		}
		for (DecidedCase c : decided) {
			UUID id = c.id().value();
			for (RecordedAct act : c.recordedActs()) {
				Activity activity = Activity.valueOf(act.activity());
				ActivityRecording r = bulk.get(id + "/" + activity);
				assertThat(r != null && r.recorded()).isEqualTo(!this.evidence.recordingsOf(id, activity).isEmpty());
				assertThat(r == null ? null : r.approvedExemption())
					.isEqualTo(this.evidence.approvedExemption(id, activity).orElse(null));
			}
		}
	}

	@Test
	void readsTheNamedDecidedCasesAsThePeriodReadDoes() {
		List<DecidedCase> decided = this.cases.decided(null, null);
		List<DecidedCase> named = this.cases.decidedAmong(decided.stream().map(DecidedCase::id).toList());
		assertThat(named).containsExactlyInAnyOrderElementsOf(decided);
		DecidedCase first = decided.get(0);
		assertThat(this.cases.decided(first.decidedOn(), first.decidedOn())).contains(first)
			.allSatisfy(c -> assertThat(c.decidedOn()).isEqualTo(first.decidedOn()));
	}

}
