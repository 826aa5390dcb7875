package org.sanxiang.disclosure.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;

/**
 * What a member of the public asked for on the decisions list, the search page or the
 * JSON API, checked: the search text (never parsed as query syntax, at most
 * {@value SearchText#MAX_QUERY} characters), item, decision, 当前状态 and a decision date
 * range. Bad values are refused with a Chinese message naming the field.
 */
record DecisionFilters(String q, String item, String action, LocalDate from, LocalDate to, String currentStatus) {

	/** The decisions a licensing publication can carry (V25's check). */
	static final List<String> ACTIONS = List.of("准予许可", "不予许可", "变更", "延续", "撤回", "撤销", "注销");

	static final List<String> CURRENT_STATUSES = List.of("有效", "无效");

	/** The deepest result the pages and the API page to; narrower queries beyond. */
	static final int MAX_OFFSET = 10_000;

	static DecisionFilters parse(String q, String item, String action, String from, String to, String currentStatus) {
		List<InputRejected.FieldError> errors = new ArrayList<>();
		String text = q == null ? "" : q.strip();
		if (text.codePointCount(0, text.length()) > SearchText.MAX_QUERY) {
			errors
				.add(new InputRejected.FieldError("q", "查询内容过长：最多 " + SearchText.MAX_QUERY + " 个字，请只输入名称、事项或文号中的关键部分"));
		}
		String actionValue = blankToNull(action);
		if (actionValue != null && !ACTIONS.contains(actionValue)) {
			errors.add(new InputRejected.FieldError("action", "决定类型应为 " + String.join("、", ACTIONS) + " 之一"));
		}
		String status = blankToNull(currentStatus);
		if (status != null && !CURRENT_STATUSES.contains(status)) {
			errors.add(new InputRejected.FieldError("currentStatus", "当前状态应为 有效 或 无效"));
		}
		String itemValue = blankToNull(item);
		if (itemValue != null && itemValue.length() > 60) {
			errors.add(new InputRejected.FieldError("item", "事项编码过长"));
		}
		LocalDate fromDate = DateInput.optional("from", "起始日期", from, errors);
		LocalDate toDate = DateInput.optional("to", "截止日期", to, errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.add(new InputRejected.FieldError("to", "结束日期不能早于开始日期"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		return new DecisionFilters(text, itemValue, actionValue, fromDate, toDate, status);
	}

	/** Refuses a page beyond {@link #MAX_OFFSET}. */
	static int offset(long offset) {
		if (offset < 0 || offset > MAX_OFFSET) {
			throw InputRejected.invalid("page", "最多显示前 " + MAX_OFFSET + " 条结果，请增加查询条件缩小范围");
		}
		return (int) offset;
	}

	boolean searching() {
		return !this.q.isEmpty();
	}

	boolean any() {
		return searching() || this.item != null || this.action != null || this.from != null || this.to != null
				|| this.currentStatus != null;
	}

	PublicationQuery query(int offset, int limit) {
		return new PublicationQuery(this.item, this.action, this.from, this.to, this.currentStatus, offset, limit);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
