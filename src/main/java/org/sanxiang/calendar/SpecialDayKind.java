package org.sanxiang.calendar;

/** What the State Council's notice says about a day (RULES.md T-3). */
enum SpecialDayKind {

	/** 放假: no work, also on weekend days that belong to a holiday block. */
	HOLIDAY("放假"),
	/** 调休上班: a Saturday or Sunday on which everybody works. */
	WORKDAY("调休上班");

	private final String label;

	SpecialDayKind(String label) {
		this.label = label;
	}

	/** Chinese name shown in the console (public for the template engine). */
	public String label() {
		return this.label;
	}

	/** Accepts the constant or its Chinese label; null when neither matches. */
	static SpecialDayKind parse(String text) {
		String value = text == null ? "" : text.strip();
		for (SpecialDayKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value) || kind.label.equals(value)) {
				return kind;
			}
		}
		return switch (value) {
			case "休", "休息", "假", "节假日" -> HOLIDAY;
			case "班", "上班", "调休" -> WORKDAY;
			default -> null;
		};
	}

}
