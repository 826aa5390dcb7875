package org.sanxiang.evidence;

import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * SHA-256 and SM3 of a stream whose state can be saved after any byte and restored later.
 * The two digests run on two worker threads while the caller reads and writes the next
 * buffer, so hashing costs the upload little more than the slower of the two digests (SM3
 * in pure Java, ≈ 150–200 MB/s per core). A buffer given to {@link #update} must not be
 * touched until the next call (callers alternate two buffers).
 */
final class StreamingDigests {

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "evidence-digest-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final SHA256Digest sha256;

	private final Sm3 sm3;

	private Future<?> pendingSha256;

	private Future<?> pendingSm3;

	StreamingDigests() {
		this.sha256 = new SHA256Digest();
		this.sm3 = new Sm3();
	}

	/** Restores states written by {@link #sha256State()} and {@link #sm3State()}. */
	StreamingDigests(byte[] sha256State, byte[] sm3State) {
		this.sha256 = new SHA256Digest(sha256State);
		this.sm3 = new Sm3(sm3State);
	}

	void update(byte[] buffer, int offset, int length) {
		await();
		this.pendingSha256 = WORKERS.submit(() -> this.sha256.update(buffer, offset, length));
		this.pendingSm3 = WORKERS.submit(() -> this.sm3.update(buffer, offset, length));
	}

	byte[] sha256State() {
		await();
		return this.sha256.getEncodedState();
	}

	byte[] sm3State() {
		await();
		return this.sm3.encodedState();
	}

	/** The SHA-256 so far, lower-case hex; the state goes on unchanged. */
	String sha256() {
		await();
		SHA256Digest copy = new SHA256Digest(this.sha256);
		byte[] out = new byte[copy.getDigestSize()];
		copy.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** The SM3 so far, lower-case hex. */
	String sm3() {
		await();
		return HexFormat.of().formatHex(this.sm3.digest());
	}

	/** Waits for the buffer last given to be hashed. */
	void await() {
		try {
			if (this.pendingSha256 != null) {
				this.pendingSha256.get();
			}
			if (this.pendingSm3 != null) {
				this.pendingSm3.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while hashing", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("hashing failed", ex.getCause());
		}
		finally {
			this.pendingSha256 = null;
			this.pendingSm3 = null;
		}
	}

}
