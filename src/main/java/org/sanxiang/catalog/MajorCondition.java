package org.sanxiang.catalog;

/**
 * One condition of the agency's 重大执法决定法制审核目录: a licensing decision that meets it is a
 * major decision and is made only after a passed legal review (RULES SH-1, SH-2). The
 * agency keeps one entry per kind and may add further {@link MajorConditionKind#OTHER}
 * entries under its own names; the catalogue is published on the portal.
 *
 * @param code stable key, e.g. {@code AFTER_HEARING} or {@code OTHER-1}
 * @param agencyCode the agency whose catalogue it belongs to
 * @param kind which condition it is
 * @param name the label the agency publishes, e.g. 经过听证程序作出的行政许可决定
 * @param basis where the condition comes from, e.g. the local catalogue and 国办发〔2018〕118号
 * @param collectiveDiscussion whether a decision meeting it also needs the leaders'
 * collective discussion (集体讨论)
 * @param enabled whether the condition applies; a disabled one is kept, not published
 * @param position display order
 */
public record MajorCondition(String code, String agencyCode, MajorConditionKind kind, String name, String basis,
		boolean collectiveDiscussion, boolean enabled, int position) implements CatalogEntry {

	@Override
	public String key() {
		return this.code;
	}

	@Override
	public String displayName() {
		return this.name;
	}

}
