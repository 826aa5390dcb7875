package org.sanxiang.platform;

/** A requested record does not exist (404 with a problem body). */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}

}
