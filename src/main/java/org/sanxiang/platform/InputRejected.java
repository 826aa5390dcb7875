package org.sanxiang.platform;

import java.util.List;

/**
 * Bad input from a user or a client, named by field, with a Chinese message for the
 * person who typed it. Web layers turn it into an RFC 9457 problem (API) or a form error
 * (console). Thrown before anything is written, or inside the command's transaction so
 * nothing is half-saved.
 */
public class InputRejected extends RuntimeException {

	/** Which HTTP status fits the rejection. */
	public enum Kind {

		/** Malformed input: wrong format, unknown value, too long (400). */
		INVALID(400),
		/** Clashes with what exists: duplicate number, stale version (409). */
		CONFLICT(409),
		/**
		 * Well-formed but breaks a rule: dates in the wrong order, checksum, outside
		 * loaded data (422).
		 */
		UNPROCESSABLE(422);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

	}

	/** One rejected field and why. */
	public record FieldError(String field, String message) {
	}

	private final Kind kind;

	private final List<FieldError> errors;

	public InputRejected(Kind kind, List<FieldError> errors) {
		super(errors.isEmpty() ? "输入有误" : errors.get(0).field() + "：" + errors.get(0).message());
		this.kind = kind;
		this.errors = List.copyOf(errors);
	}

	public static InputRejected invalid(String field, String message) {
		return new InputRejected(Kind.INVALID, List.of(new FieldError(field, message)));
	}

	public static InputRejected conflict(String field, String message) {
		return new InputRejected(Kind.CONFLICT, List.of(new FieldError(field, message)));
	}

	public static InputRejected unprocessable(String field, String message) {
		return new InputRejected(Kind.UNPROCESSABLE, List.of(new FieldError(field, message)));
	}

	public Kind kind() {
		return this.kind;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** The first error's message, for a one-line notice. */
	public String firstMessage() {
		return this.errors.isEmpty() ? "输入有误" : this.errors.get(0).message();
	}

}
