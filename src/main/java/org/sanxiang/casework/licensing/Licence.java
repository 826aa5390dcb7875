package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/** The licence a grant issues (行政许可法 第三十九条), and what became of it after the decision. */
public record Licence(String number, LocalDate validFrom, LocalDate validTo, Status status) {

	public enum Status {

		VALID("有效"), WITHDRAWN("已撤回"), REVOKED("已撤销"), CANCELLED("已注销");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	Licence with(Status status) {
		return new Licence(this.number, this.validFrom, this.validTo, status);
	}

	Licence validUntil(LocalDate to) {
		return new Licence(this.number, this.validFrom, to, this.status);
	}

}
