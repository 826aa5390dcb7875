package org.sanxiang.disclosure.search;

import org.sanxiang.platform.PublicAddresses;

import org.springframework.stereotype.Component;

/**
 * Absolute addresses a decision page links to and prints as a QR code: from
 * {@code sanxiang.public-base-url} when set (a scanned code must not depend on how the
 * page was reached), else from the current request.
 */
@Component
class PublicLinks {

	private final PublicAddresses addresses;

	PublicLinks(PublicAddresses addresses) {
		this.addresses = addresses;
	}

	/** The documents module's public verification page of a document number. */
	String documentVerification(String number) {
		return this.addresses.of("verify", "document", number);
	}

	/**
	 * The journal's inclusion proof of the entry that recorded the publication: the path
	 * of hashes from that entry to the root of the latest signed tree head.
	 */
	String inclusionProof(long seq) {
		return this.addresses.base().path("/api/v1/journal/proofs/inclusion").queryParam("seq", seq).toUriString();
	}

}
