package org.sanxiang.casework;

import java.util.Objects;
import java.util.UUID;

/** The identity of one case (案件/办件), stable from application to archive. */
public record CaseId(UUID value) implements java.io.Serializable {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
