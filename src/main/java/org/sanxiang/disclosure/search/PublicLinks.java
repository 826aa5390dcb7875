package org.sanxiang.disclosure.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute addresses a decision page links to and prints as a QR code: from
 * {@code sanxiang.public-base-url} when set (a scanned code must not depend on how the
 * page was reached), else from the current request.
 */
@Component
class PublicLinks {

	private final String publicBaseUrl;

	PublicLinks(@Value("${sanxiang.public-base-url:}") String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

	/** The documents module's public verification page of a document number. */
	String documentVerification(String number) {
		return base().pathSegment("verify", "document", number).encode().toUriString();
	}

	/**
	 * The journal's inclusion proof of the entry that recorded the publication: the path
	 * of hashes from that entry to the root of the latest signed tree head.
	 */
	String inclusionProof(long seq) {
		return base().path("/api/v1/journal/proofs/inclusion").queryParam("seq", seq).toUriString();
	}

	private UriComponentsBuilder base() {
		return StringUtils.hasText(this.publicBaseUrl)
				? UriComponentsBuilder.fromUriString(this.publicBaseUrl.strip().replaceAll("/+$", ""))
				: ServletUriComponentsBuilder.fromCurrentContextPath();
	}

}
