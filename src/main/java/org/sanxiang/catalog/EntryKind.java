package org.sanxiang.catalog;

/**
 * The kinds of versioned catalog entries, typed so that
 * {@code catalog.asOf(EntryKind.ITEM, …)} returns an {@link Item}.
 *
 * @param <T> the content type
 */
public final class EntryKind<T extends CatalogEntry> {

	public static final EntryKind<Agency> AGENCY = new EntryKind<>("agency", "执法主体", Agency.class);

	public static final EntryKind<Unit> UNIT = new EntryKind<>("unit", "内设机构", Unit.class);

	public static final EntryKind<Officer> OFFICER = new EntryKind<>("officer", "执法人员", Officer.class);

	public static final EntryKind<Item> ITEM = new EntryKind<>("item", "权责事项", Item.class);

	public static final EntryKind<SupervisionMethod> SUPERVISION = new EntryKind<>("supervision", "监督方式",
			SupervisionMethod.class);

	/** A condition of the 重大执法决定法制审核目录 (SH-2). */
	public static final EntryKind<MajorCondition> MAJOR_CONDITION = new EntryKind<>("major-condition", "法制审核目录情形",
			MajorCondition.class);

	/** 行政裁量基准 of an item. */
	public static final EntryKind<DiscretionBenchmark> BENCHMARK = new EntryKind<>("benchmark", "行政裁量基准",
			DiscretionBenchmark.class);

	private final String code;

	private final String label;

	private final Class<T> type;

	private EntryKind(String code, String label, Class<T> type) {
		this.code = code;
		this.label = label;
		this.type = type;
	}

	public static java.util.List<EntryKind<?>> all() {
		return java.util.List.of(AGENCY, UNIT, OFFICER, ITEM, SUPERVISION, MAJOR_CONDITION, BENCHMARK);
	}

	public static EntryKind<?> of(String code) {
		return all().stream()
			.filter(k -> k.code.equals(code))
			.findFirst()
			.orElseThrow(() -> org.sanxiang.platform.InputRejected.invalid("kind", "未知的目录类别：" + code));
	}

	/** Stable code stored in the database and used in URLs. */
	public String code() {
		return this.code;
	}

	/** Chinese name. */
	public String label() {
		return this.label;
	}

	public Class<T> type() {
		return this.type;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
