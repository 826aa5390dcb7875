package org.sanxiang.casework.service;

import java.util.List;

import org.sanxiang.platform.InputRejected;

/**
 * An uploaded material the platform does not keep: a type other than PDF, JPEG, PNG or
 * OFD (415) or a file over the configured size (413). A kind of bad input, so forms show
 * it like any other field error; the API answers with its own status.
 */
class MaterialRejected extends InputRejected {

	static final int UNSUPPORTED_TYPE = 415;

	static final int TOO_LARGE = 413;

	private final int status;

	MaterialRejected(int status, String field, String message) {
		super(Kind.INVALID, List.of(new FieldError(field, message)));
		this.status = status;
	}

	int status() {
		return this.status;
	}

	/** The HTTP status for any rejected input, this one's or its kind's. */
	static int statusOf(InputRejected rejected) {
		return rejected instanceof MaterialRejected m ? m.status() : rejected.kind().status();
	}

}
