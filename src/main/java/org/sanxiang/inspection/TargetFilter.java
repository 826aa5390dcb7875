package org.sanxiang.inspection;

import java.util.List;

/**
 * Which targets of the register a plan draws from: active targets in one of the areas, of
 * one of the industries, holding a licence of one of the items; an empty list matches
 * every target.
 */
record TargetFilter(List<String> areas, List<String> industries, List<String> licensedItems) {

	TargetFilter {
		areas = areas == null ? List.of() : List.copyOf(areas);
		industries = industries == null ? List.of() : List.copyOf(industries);
		licensedItems = licensedItems == null ? List.of() : List.copyOf(licensedItems);
	}

	static TargetFilter all() {
		return new TargetFilter(List.of(), List.of(), List.of());
	}

	/**
	 * Whether a target is eligible; {@code licensedItemCodes} are the items it holds
	 * licences of.
	 */
	boolean matches(Target target, List<String> licensedItemCodes) {
		return target.active() && (this.areas.isEmpty() || this.areas.contains(target.area()))
				&& (this.industries.isEmpty() || this.industries.contains(target.industry()))
				&& (this.licensedItems.isEmpty() || licensedItemCodes.stream().anyMatch(this.licensedItems::contains));
	}

}
