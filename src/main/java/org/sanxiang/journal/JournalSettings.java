package org.sanxiang.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.platform.Installation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal's fixed choices. The hash is chosen once, at the first start
 * ({@code sanxiang.journal.hash-algorithm}: SM3 by default, SHA-256 selectable), and
 * stored: a log cannot change its hash later. The signing key lives in the keystore at
 * {@code sanxiang.journal.keystore} (default {@code ./data/journal/signing-key.p12};
 * empty = a temporary directory, for tests) under
 * {@code sanxiang.journal.keystore-password}; when no password is configured one is
 * generated and kept beside the keystore, readable by the service account only.
 */
@Component
class JournalSettings {

	private static final Logger log = LoggerFactory.getLogger(JournalSettings.class);

	private final HashAlgorithm algorithm;

	private final SigningKey signingKey;

	JournalSettings(JournalEntries entries, TransactionTemplate transactions, Installation installation, Clock clock,
			@Value("${sanxiang.journal.hash-algorithm:SM3}") String configuredAlgorithm,
			@Value("${sanxiang.journal.keystore:./data/journal/signing-key.p12}") String keystore,
			@Value("${sanxiang.journal.keystore-password:}") String password) throws IOException {
		HashAlgorithm wanted = HashAlgorithm.of(configuredAlgorithm);
		String stored = transactions.execute(status -> {
			entries.insertSettingIfAbsent("hash-algorithm", wanted.label());
			return entries.setting("hash-algorithm").orElseThrow();
		});
		this.algorithm = HashAlgorithm.of(stored);
		if (this.algorithm != wanted) {
			log.warn("全过程记录的哈希算法已在安装时定为 {}，配置的 {} 不再生效", this.algorithm.label(), wanted.label());
		}
		Path path = keystore.isBlank() ? Files.createTempDirectory("sanxiang-journal").resolve("signing-key.p12")
				: Path.of(keystore).toAbsolutePath().normalize();
		char[] secret = password.isBlank() ? generatedPassword(path, installation) : password.toCharArray();
		this.signingKey = SigningKey.loadOrCreate(path, secret, "Sanxiang tree head signing key", clock.instant());
		transactions.executeWithoutResult(status -> entries.insertKey(this.signingKey.id(),
				SigningKey.SIGNATURE_ALGORITHM, this.signingKey.publicKeyBytes(), clock.instant()));
		log.info("全过程记录：哈希 {}，树头签名密钥 {}（{}）", this.algorithm.label(), this.signingKey.id(), path);
	}

	HashAlgorithm algorithm() {
		return this.algorithm;
	}

	SigningKey signingKey() {
		return this.signingKey;
	}

	private static char[] generatedPassword(Path keystore, Installation installation) throws IOException {
		Path file = keystore.resolveSibling(keystore.getFileName() + ".password");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
		}
		if (!installation.demo()) {
			log.warn("未配置 SANXIANG_JOURNAL_KEYSTORE_PASSWORD：已生成树头签名密钥库口令并保存在 {}，请妥善保管或改为通过环境变量提供", file);
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Files.createDirectories(file.getParent());
		Files.writeString(file, generated, StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not POSIX
		}
		return generated.toCharArray();
	}

}
