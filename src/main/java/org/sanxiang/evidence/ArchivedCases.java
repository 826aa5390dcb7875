package org.sanxiang.evidence;

import java.util.UUID;

/**
 * Whether a case's file is closed (归档): evidence of an archived case is frozen — nothing
 * is added to it, deleted from it or exempted for it; it is read, played and exported as
 * before. The casework module, which owns the case, implements this, so that evidence
 * never depends on casework (casework reads evidence for its audio/video gates).
 */
public interface ArchivedCases {

	/**
	 * Whether the case is archived. Call inside the transaction that would change its
	 * evidence: the case cannot be archived until that transaction ends, so the answer
	 * holds for it. {@code false} for a case the platform does not know.
	 */
	boolean archived(UUID caseId);

}
