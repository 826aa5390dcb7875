package org.sanxiang.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address printed (as a QR code) on every document: its public verification page,
 * {@code {base}/verify/document/{number}}. The base is {@code sanxiang.public-base-url}
 * when set — what a printed copy points to must not depend on how a request reached the
 * server — else the current request's, else none (a relative address).
 */
@Component
class VerificationLinks {

	private final String publicBaseUrl;

	VerificationLinks(@Value("${sanxiang.public-base-url:}") String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

	String document(String number) {
		UriComponentsBuilder base;
		if (StringUtils.hasText(this.publicBaseUrl)) {
			base = UriComponentsBuilder.fromUriString(this.publicBaseUrl.strip().replaceAll("/+$", ""));
		}
		else if (RequestContextHolder.getRequestAttributes() != null) {
			base = ServletUriComponentsBuilder.fromCurrentContextPath();
		}
		else {
			base = UriComponentsBuilder.newInstance();
		}
		return base.pathSegment("verify", "document", number).encode().toUriString();
	}

}
