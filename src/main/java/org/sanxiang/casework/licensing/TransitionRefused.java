package org.sanxiang.casework.licensing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The law (or the case's state) says no: nothing changed. A refusal is an outcome, not an
 * exception.
 *
 * @param state the current state's Chinese label, e.g. {@code 审查中}
 * @param action the action refused
 * @param reason why, in Chinese
 * @param rule the statutory rule, or {@code null} when the action is simply not available
 * in this state
 * @param allowed the actions available in the current state
 */
public record TransitionRefused(String state, CaseAction action, String reason, Rule rule,
		List<CaseAction> allowed) implements Outcome {

	public TransitionRefused {
		allowed = List.copyOf(allowed);
	}

	/** The article of the rule, or {@code null} for a refusal by state. */
	public String article() {
		return this.rule == null ? null : this.rule.article();
	}

	/**
	 * Whether the refusal is because of the state (HTTP 409) rather than a rule (422).
	 */
	public boolean byState() {
		return this.rule == null;
	}

	/** One Chinese sentence for a problem body or a console notice. */
	public String message() {
		String allowedText = this.allowed.isEmpty() ? "无"
				: this.allowed.stream().map(CaseAction::label).collect(Collectors.joining("、"));
		String law = this.rule == null ? "" : "（" + this.rule.id() + "，" + this.rule.article() + "）";
		return "案件当前状态为“" + this.state + "”，不能“" + this.action.label() + "”：" + this.reason + law + "。当前可进行的操作："
				+ allowedText + "。";
	}

}
