package org.sanxiang.review;

import java.util.Objects;
import java.util.UUID;

/** The identity of one legal review (one package, with all its rounds). */
public record ReviewId(UUID value) {

	public ReviewId {
		Objects.requireNonNull(value, "value");
	}

	public static ReviewId random() {
		return new ReviewId(UUID.randomUUID());
	}

	public static ReviewId of(String value) {
		return new ReviewId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
