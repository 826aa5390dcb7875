package org.sanxiang.documents;

import java.util.Map;

import org.sanxiang.casework.CaseId;

/**
 * The values a case supplies to templates, by the key after {@code case:} in a field's
 * source (e.g. {@code applicant.name}, {@code item.name}, {@code acceptedOn}).
 */
interface CaseFieldValues {

	/** Every value known for the case; empty when there is no such case. */
	Map<String, String> values(CaseId caseId);

}
