package org.sanxiang.casework;

import java.util.List;
import java.util.Optional;

/**
 * Reading a case from outside the casework module: what it is now and everything that
 * happened to it, as one {@link CaseSnapshot}. The legal review reads the facts it checks
 * this way (who handled the case, which officers acted on which day, its clocks, its
 * hearing), never the case's tables.
 */
public interface CaseFacts {

	/** The case as it stands now, or empty when there is no such case. */
	Optional<CaseSnapshot> find(CaseId id);

	/**
	 * The cases under review whose decision is a 重大执法决定 (SH-2), oldest receipt first:
	 * those a legal review may be submitted for now.
	 */
	List<CaseSnapshot> awaitingMajorDecision();

}
