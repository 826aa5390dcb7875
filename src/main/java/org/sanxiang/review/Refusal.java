package org.sanxiang.review;

import java.util.List;

import org.sanxiang.platform.InputRejected.FieldError;

/**
 * A legal-review rule says no: nothing changes. A value the policies answer; the service
 * throws it as {@link ReviewRefused} so the command's transaction ends without a write.
 *
 * @param rule the rule that refuses
 * @param reason why, one Chinese sentence
 * @param conflict {@code true} when the records stand against the command (HTTP 409: a
 * review already running, a reviewer who handled the case, a round already concluded);
 * {@code false} when the input breaks the rule (422: what is missing or wrong)
 * @param errors each field at fault and why: an incomplete package lists everything
 * missing at once
 */
public record Refusal(ReviewRule rule, String reason, boolean conflict, List<FieldError> errors) {

	public Refusal {
		errors = errors == null ? List.of() : List.copyOf(errors);
	}

	static Refusal conflict(ReviewRule rule, String field, String reason) {
		return new Refusal(rule, reason, true, List.of(new FieldError(field, reason)));
	}

	static Refusal unprocessable(ReviewRule rule, String field, String reason) {
		return new Refusal(rule, reason, false, List.of(new FieldError(field, reason)));
	}

	static Refusal unprocessable(ReviewRule rule, String reason, List<FieldError> errors) {
		return new Refusal(rule, reason, false, errors);
	}

	/** One sentence for a problem body or a console notice, with the rule and source. */
	public String message() {
		return this.reason + "（" + this.rule.id() + "，" + this.rule.article() + "）";
	}

}
