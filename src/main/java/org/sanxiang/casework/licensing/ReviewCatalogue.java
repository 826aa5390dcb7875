package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.catalog.MajorCondition;

/**
 * The agency's 重大执法决定法制审核目录 as the core reads it when a case is received (SH-2): the
 * conditions in force for the agency on that day, enabled or not. The case keeps the
 * enabled ones, as it keeps the item version, so a later change of the catalogue never
 * changes what an earlier case applies. The wiring step reads the catalog module; tests
 * give a list.
 */
@FunctionalInterface
public interface ReviewCatalogue {

	/** An agency that has recorded no catalogue: the minimum SH-2 sets applies. */
	ReviewCatalogue NONE = (agencyCode, on) -> List.of();

	/** The conditions of {@code agencyCode}'s catalogue in force on {@code on}. */
	List<MajorCondition> conditions(String agencyCode, LocalDate on);

}
