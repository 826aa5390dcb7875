package org.sanxiang.casework;

import java.util.List;
import java.util.Optional;

import org.sanxiang.casework.licensing.Remedies;

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

	/**
	 * Every case with a licensing decision (准予 or 不予许可), oldest decision first: what a
	 * reader that keeps something per decision walks to find what it missed.
	 */
	default List<CaseId> decided() {
		return List.of();
	}

	/**
	 * The sentence a refusal prints to tell the party of 行政复议 and 行政诉讼 (行政许可法 第三十八条第二款,
	 * RULES.md XK-38): where to apply or sue and within which period. A decided refusal
	 * keeps the sentence it was made with ({@link CaseDecided#remedies()}); this is the
	 * one in force for documents made now.
	 */
	default String remedies() {
		return Remedies.DEFAULT.notice();
	}

}
