package org.sanxiang.evidence;

/**
 * An upload the vault will not keep for a reason HTTP has its own status for: too large
 * (413) or not an allowed type of content (415). Rendered as an RFC 9457 body naming the
 * field, like {@link org.sanxiang.platform.InputRejected}.
 */
class EvidenceRefused extends RuntimeException {

	private final int status;

	private final String field;

	EvidenceRefused(int status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	static EvidenceRefused tooLarge(String field, String message) {
		return new EvidenceRefused(413, field, message);
	}

	static EvidenceRefused unsupportedType(String message) {
		return new EvidenceRefused(415, "file", message);
	}

	int status() {
		return this.status;
	}

	String field() {
		return this.field;
	}

}
