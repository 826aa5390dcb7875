package org.sanxiang.documents;

import java.util.HashMap;
import java.util.Map;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.springframework.stereotype.Component;

/** Placeholder until the case values exist: the applicant, item and acceptance day. */
@Component
class StubCaseFieldValues implements CaseFieldValues {

	private final CaseFacts cases;

	StubCaseFieldValues(CaseFacts cases) {
		this.cases = cases;
	}

	@Override
	public Map<String, String> values(CaseId caseId) {
		Map<String, String> values = new HashMap<>();
		this.cases.find(caseId).ifPresent((c) -> {
			values.put("applicant.name", c.applicant());
			values.put("item.name", c.item().name());
			if (c.acceptedOn() != null) {
				values.put("acceptedOn", DocumentDates.chinese(c.acceptedOn()));
			}
		});
		return values;
	}

}
