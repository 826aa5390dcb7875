package org.sanxiang.disclosure.search;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Per-item figures of the public decisions: how many by decision (准予许可, 不予许可, 变更, …), by
 * month of the decision, and how many are currently valid (当前状态 有效 and not withdrawn).
 */
record DecisionStatistics(List<Item> items, long total, long valid) {

	record Item(String itemCode, String itemName, long total, long valid, Map<String, Long> byAction,
			SortedMap<YearMonth, Long> byMonth) {
	}

}
