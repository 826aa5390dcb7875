package org.sanxiang.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The SM2 key that signs tree heads (GB/T 32918, signature SM3withSM2), kept in a
 * password-protected PKCS#12 keystore. Created on first start; its public key (X.509
 * SubjectPublicKeyInfo) is published on the portal and kept in the database so that every
 * head it signed stays verifiable.
 */
final class SigningKey {

	static final String SIGNATURE_ALGORITHM = "SM3withSM2";

	private static final String ALIAS = "tree-head";

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	/**
	 * The key in {@code keystore}, created there (written whole to a temporary file, then
	 * moved into place) when the file does not exist yet.
	 */
	static SigningKey loadOrCreate(Path keystore, char[] password, String subject, Instant now) {
		try {
			if (Files.exists(keystore)) {
				KeyStore store = KeyStore.getInstance("PKCS12", BC);
				try (InputStream in = Files.newInputStream(keystore)) {
					store.load(in, password);
				}
				PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
				if (key == null) {
					throw new IllegalStateException("日志签名密钥库 " + keystore + " 中没有签名密钥（别名 " + ALIAS + "）");
				}
				return new SigningKey(key, store.getCertificate(ALIAS).getPublicKey());
			}
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
			generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			KeyStore store = KeyStore.getInstance("PKCS12", BC);
			store.load(null, null);
			store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] { selfSigned(pair, subject, now) });
			Files.createDirectories(keystore.toAbsolutePath().getParent());
			Path temp = Files.createTempFile(keystore.toAbsolutePath().getParent(), ".signing-key", ".tmp");
			try (OutputStream out = Files.newOutputStream(temp)) {
				store.store(out, password);
			}
			restrict(temp);
			move(temp, keystore);
			return new SigningKey(pair.getPrivate(), pair.getPublic());
		}
		catch (IOException | GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("无法读取或创建日志签名密钥库 " + keystore + "：" + ex.getMessage(), ex);
		}
	}

	/** SubjectPublicKeyInfo (DER) of the public key. */
	byte[] publicKeyBytes() {
		return this.publicKey.getEncoded();
	}

	/** The key's id: the first 16 bytes of SM3 over its public key, hex. */
	String id() {
		return HexFormat.of().formatHex(org.sanxiang.journal.integrity.HashAlgorithm.SM3.hash(publicKeyBytes()), 0, 16);
	}

	byte[] sign(byte[] message) {
		try {
			Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, BC);
			signature.initSign(this.privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("签名失败", ex);
		}
	}

	/** Whether {@code signature} over {@code message} verifies with {@code publicKey}. */
	static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		try {
			PublicKey key = java.security.KeyFactory.getInstance("EC", BC)
				.generatePublic(new X509EncodedKeySpec(publicKey));
			Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM, BC);
			verifier.initVerify(key);
			verifier.update(message);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static X509Certificate selfSigned(KeyPair pair, String subject, Instant now)
			throws OperatorCreationException, GeneralSecurityException {
		X500Name name = new X500Name("CN=" + subject.replace(",", " ").replace("=", " "));
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
				new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.DAYS)),
				Date.from(now.plus(36500, ChronoUnit.DAYS)), name, pair.getPublic());
		return new JcaX509CertificateConverter().setProvider(BC)
			.getCertificate(builder
				.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(BC).build(pair.getPrivate())));
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: the keystore password still protects the key
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

}
