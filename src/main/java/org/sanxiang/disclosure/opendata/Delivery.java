package org.sanxiang.disclosure.opendata;

/**
 * What an answer of the platform means for a message: 2xx accepted; 408 and 429 (the
 * platform asks to come back later) and 5xx try again; any other 4xx refuses this very
 * message, so trying again cannot help — it goes to the dead letters at once.
 */
enum Delivery {

	SENT, RETRY, DEAD;

	static Delivery of(int status) {
		if (status >= 200 && status < 300) {
			return SENT;
		}
		if (status == 408 || status == 429) {
			return RETRY;
		}
		if (status >= 400 && status < 500) {
			return DEAD;
		}
		return RETRY;
	}

}
