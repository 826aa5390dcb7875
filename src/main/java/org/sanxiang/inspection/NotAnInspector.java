package org.sanxiang.inspection;

/**
 * The signed-in account is not one of the inspectors drawn for the assignment: only they
 * record its result (双随机: the inspectors are drawn, not chosen). Answered with 403.
 */
class NotAnInspector extends RuntimeException {

	NotAnInspector(String message) {
		super(message);
	}

}
