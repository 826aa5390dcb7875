package org.sanxiang.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute addresses of the public site, for links and QR codes that leave the page
 * (printed documents, certificates, window boards, feeds). The base is
 * {@code sanxiang.public-base-url} when set — what is printed or scanned must not depend
 * on how a request reached the server — else the current request's, else none (a relative
 * address, e.g. in a background job).
 */
@Component
public class PublicAddresses {

	private final String publicBaseUrl;

	public PublicAddresses(@Value("${sanxiang.public-base-url:}") String publicBaseUrl) {
		this.publicBaseUrl = StringUtils.hasText(publicBaseUrl) ? publicBaseUrl.strip().replaceAll("/+$", "") : null;
	}

	/** A new builder at the site's root; add the path and encode. */
	public UriComponentsBuilder base() {
		if (this.publicBaseUrl != null) {
			return UriComponentsBuilder.fromUriString(this.publicBaseUrl);
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath();
		}
		return UriComponentsBuilder.newInstance();
	}

	/**
	 * The address of a path made of these segments, each encoded, e.g. verify, document,
	 * 文号.
	 */
	public String of(String... segments) {
		return base().pathSegment(segments).encode().toUriString();
	}

}
