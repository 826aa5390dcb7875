package org.sanxiang.documents;

import org.sanxiang.platform.PublicAddresses;

import org.springframework.stereotype.Component;

/**
 * The address printed (as a QR code) on every document: its public verification page,
 * {@code {base}/verify/document/{number}}. The base is {@code sanxiang.public-base-url}
 * when set — what a printed copy points to must not depend on how a request reached the
 * server — else the current request's, else none (a relative address).
 */
@Component
class VerificationLinks {

	private final PublicAddresses addresses;

	VerificationLinks(PublicAddresses addresses) {
		this.addresses = addresses;
	}

	String document(String number) {
		return this.addresses.of("verify", "document", number);
	}

}
