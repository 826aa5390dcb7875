package org.sanxiang.casework.licensing;

import org.sanxiang.catalog.MajorConditionKind;

/**
 * Why a decision of a case is a 重大执法决定 (SH-2): one matched condition of the catalogue,
 * the item's own listing, or a case officer's flag, with the fact it rests on.
 *
 * @param code the condition's code in the catalogue ({@code ITEM} for the item's listing)
 * @param kind the kind of condition; {@code null} for the item's listing
 * @param label the condition's published name
 * @param basis where the condition comes from
 * @param collectiveDiscussion whether the decision also needs the leaders' collective
 * discussion (集体讨论)
 * @param source how it matched
 * @param fact the fact of the case it matched on, in Chinese
 */
public record MajorMatch(String code, MajorConditionKind kind, String label, String basis, boolean collectiveDiscussion,
		Source source, String fact) {

	/** The code of the match that the item is listed in the catalogue as a whole. */
	public static final String ITEM = "ITEM";

	/** How a condition matched. */
	public enum Source {

		/** The item is listed in the catalogue: every decision on it is major. */
		ITEM("列入目录的事项"),
		/** Read from the case's facts; only a 负责人 may set it aside. */
		FACTS("依案件事实认定"),
		/** A case officer's finding, with the reason. */
		FLAG("承办人标记");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
