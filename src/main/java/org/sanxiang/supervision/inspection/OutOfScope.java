package org.sanxiang.supervision.inspection;

/**
 * A check of a unit outside the inspector's scope (the units of the agency their account
 * belongs to): refused with 403 and the reason in Chinese.
 */
class OutOfScope extends RuntimeException {

	OutOfScope(String message) {
		super(message);
	}

}
