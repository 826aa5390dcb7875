package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the key store ({@code /actuator/health/keystore}): the tree head signing key
 * is loaded and signs, and its signature verifies with the public key the journal
 * publishes. Without it no tree head is signed and entries stay unproven (JL-1). The
 * details (key id, algorithm) are shown to 管理员 only.
 */
@Component("signingKeyHealthIndicator")
class SigningKeyHealthIndicator implements HealthIndicator {

	private static final byte[] PROBE = "sanxiang-health".getBytes(StandardCharsets.UTF_8);

	private final JournalSettings settings;

	SigningKeyHealthIndicator(JournalSettings settings) {
		this.settings = settings;
	}

	@Override
	public Health health() {
		SigningKey key = this.settings.signingKey();
		if (key == null) {
			return Health.down().withDetail("error", "树头签名密钥未加载").build();
		}
		try {
			if (!SigningKey.verify(key.publicKeyBytes(), PROBE, key.sign(PROBE))) {
				return Health.down().withDetail("keyId", key.id()).withDetail("error", "签名无法验证").build();
			}
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("keyId", key.id()).withDetail("error", "签名失败").build();
		}
		return Health.up()
			.withDetail("keyId", key.id())
			.withDetail("algorithm", SigningKey.SIGNATURE_ALGORITHM)
			.withDetail("hash", this.settings.algorithm().label())
			.build();
	}

}
