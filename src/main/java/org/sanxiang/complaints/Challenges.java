package org.sanxiang.complaints;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A small arithmetic question in Chinese that the public form asks instead of a script or
 * an outside service: the answer is not stored on the server but bound into a token
 * (HMAC-SHA256 over a random nonce, the expiry and the answer), which expires after
 * {@value #VALID_MINUTES} minutes and is accepted once (the nonce is recorded when used).
 * The key comes from {@code sanxiang.complaints.challenge-key}; when unset, a random key
 * made at start (forms open across a restart then ask again; several nodes need the same
 * configured key).
 */
@Component
class Challenges {

	static final int VALID_MINUTES = 20;

	private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final byte[] key;

	Challenges(Clock clock, @Value("${sanxiang.complaints.challenge-key:}") String configuredKey) {
		this.clock = clock;
		if (StringUtils.hasText(configuredKey)) {
			this.key = configuredKey.getBytes(StandardCharsets.UTF_8);
		}
		else {
			this.key = new byte[32];
			this.random.nextBytes(this.key);
		}
	}

	/** A question to show and the token the form carries back. */
	record Challenge(String question, String token) {
	}

	/** A token that checked out: the nonce to record as used and until when. */
	record Passed(String nonce, Instant expiresAt) {
	}

	Challenge next() {
		int a = 1 + this.random.nextInt(9);
		int b = 1 + this.random.nextInt(9);
		boolean add = this.random.nextBoolean() || a == b;
		int big = Math.max(a, b);
		int small = Math.min(a, b);
		String question = add ? NUMERALS[a] + "加" + NUMERALS[b] + "等于几？"
				: NUMERALS[big] + "减" + NUMERALS[small] + "等于几？";
		int answer = add ? a + b : big - small;
		byte[] nonceBytes = new byte[12];
		this.random.nextBytes(nonceBytes);
		return issue(question, answer, HexFormat.of().formatHex(nonceBytes),
				this.clock.instant().plus(Duration.ofMinutes(VALID_MINUTES)));
	}

	/** A challenge with a known answer and expiry (tests, and the form's next()). */
	Challenge issue(String question, int answer, String nonce, Instant expiresAt) {
		String payload = nonce + "." + expiresAt.getEpochSecond();
		return new Challenge(question, payload + "." + mac(payload + "." + answer));
	}

	/**
	 * Whether {@code answer} answers the token's question and the token has not expired;
	 * the caller still records the nonce to refuse a second use.
	 */
	Optional<Passed> check(String token, String answer) {
		if (token == null || answer == null || token.length() > 200) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3 || !parts[0].matches("[0-9a-f]{24}") || !parts[1].matches("\\d{1,12}")) {
			return Optional.empty();
		}
		String typed = normalise(answer);
		if (!typed.matches("\\d{1,3}")) {
			return Optional.empty();
		}
		Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		if (!this.clock.instant().isBefore(expires)) {
			return Optional.empty();
		}
		String expected = mac(parts[0] + "." + parts[1] + "." + Integer.parseInt(typed));
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return Optional.of(new Passed(parts[0], expires));
	}

	/** Whether the token's time has run out (for a clearer message). */
	boolean expired(String token) {
		if (token == null) {
			return false;
		}
		String[] parts = token.split("\\.");
		return parts.length == 3 && parts[1].matches("\\d{1,12}")
				&& !this.clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])));
	}

	/** Full-width digits and surrounding spaces are accepted as typed on a phone. */
	private static String normalise(String answer) {
		StringBuilder out = new StringBuilder();
		for (char c : answer.strip().toCharArray()) {
			out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
		}
		return out.toString();
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
