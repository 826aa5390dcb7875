package org.sanxiang.casework.licensing;

import java.util.Objects;

/**
 * A policy's answer: the law allows the act, or refuses it with the reason and the rule.
 */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {

	Verdict ALLOWED = new Allowed();

	static Verdict refused(String reason, Rule rule) {
		return new Refused(reason, rule);
	}

	/** The first refusal among {@code verdicts}, or {@link #ALLOWED}. */
	static Verdict all(Verdict... verdicts) {
		for (Verdict v : verdicts) {
			if (v instanceof Refused) {
				return v;
			}
		}
		return ALLOWED;
	}

	record Allowed() implements Verdict {
	}

	/** Refused: {@code reason} in Chinese, the {@code rule} with its id and article. */
	record Refused(String reason, Rule rule) implements Verdict {

		public Refused {
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(rule, "rule");
		}

		public String article() {
			return this.rule.article();
		}

	}

}
