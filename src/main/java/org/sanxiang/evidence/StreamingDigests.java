package org.sanxiang.evidence;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * SHA-256 and SM3 of a stream whose state can be saved after any byte and restored later.
 * <p>
 * The caller (one thread: the request that reads the body and writes the file) takes a
 * buffer with {@link #buffer()}, fills it and hands it over with {@link #update}. Each
 * digest has its own worker thread that works through the buffers in the order given, at
 * its own pace; a buffer goes back to the pool once both have hashed it. So the caller
 * waits only when all {@value #BUFFERS} buffers are still being hashed, and the two
 * digests (pure Java, ≈ 4 ns a byte each: they must be resumable, so neither is the JDK's
 * intrinsic SHA-256) run side by side with the reading and writing instead of in step
 * with it. At most {@value #BUFFERS} × {@value #BUFFER} bytes are held.
 */
final class StreamingDigests {

	static final int BUFFER = 256 * 1024;

	static final int BUFFERS = 16;

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "evidence-digest-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	/** Both states after the same byte. */
	record States(byte[] sha256, byte[] sm3) {
	}

	private final SHA256Digest sha256;

	private final Sm3 sm3;

	private final Lane sha256Lane = new Lane();

	private final Lane sm3Lane = new Lane();

	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);

	private int allocated;

	StreamingDigests() {
		this.sha256 = new SHA256Digest();
		this.sm3 = new Sm3();
	}

	/** Restores the states of {@link #states()}. */
	StreamingDigests(byte[] sha256State, byte[] sm3State) {
		this.sha256 = new SHA256Digest(sha256State);
		this.sm3 = new Sm3(sm3State);
	}

	/** The states before the first byte. */
	static States initialStates() {
		return new States(new SHA256Digest().getEncodedState(), new Sm3().encodedState());
	}

	/**
	 * A buffer of {@value #BUFFER} bytes to fill; waits while every buffer is still being
	 * hashed.
	 */
	byte[] buffer() throws InterruptedIOException {
		byte[] buffer = this.free.poll();
		if (buffer != null) {
			return buffer;
		}
		if (this.allocated < BUFFERS) {
			this.allocated++;
			return new byte[BUFFER];
		}
		try {
			return this.free.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting for the digests");
		}
	}

	/**
	 * Hashes the first {@code length} bytes of a buffer from {@link #buffer()}, after
	 * everything handed over before. The caller must not touch the buffer again.
	 */
	void update(byte[] buffer, int length) {
		AtomicInteger hashing = new AtomicInteger(2);
		this.sha256Lane.execute(failed -> {
			try {
				if (failed == null) {
					this.sha256.update(buffer, 0, length);
				}
			}
			finally {
				release(buffer, hashing);
			}
		});
		this.sm3Lane.execute(failed -> {
			try {
				if (failed == null) {
					this.sm3.update(buffer, 0, length);
				}
			}
			finally {
				release(buffer, hashing);
			}
		});
	}

	private void release(byte[] buffer, AtomicInteger hashing) {
		if (hashing.decrementAndGet() == 0) {
			this.free.add(buffer);
		}
	}

	/**
	 * The states after everything handed over so far, once both digests have got there;
	 * the caller may go on handing over buffers meanwhile.
	 */
	CompletableFuture<States> states() {
		CompletableFuture<byte[]> sha256State = new CompletableFuture<>();
		CompletableFuture<byte[]> sm3State = new CompletableFuture<>();
		this.sha256Lane.execute(failed -> complete(sha256State, failed, this.sha256::getEncodedState));
		this.sm3Lane.execute(failed -> complete(sm3State, failed, this.sm3::encodedState));
		return sha256State.thenCombine(sm3State, States::new);
	}

	private static void complete(CompletableFuture<byte[]> state, Throwable failed, Supplier<byte[]> encoded) {
		if (failed != null) {
			state.completeExceptionally(failed);
			return;
		}
		try {
			state.complete(encoded.get());
		}
		catch (RuntimeException ex) {
			state.completeExceptionally(ex);
			throw ex;
		}
	}

	/** Waits for the states after everything handed over so far. */
	States awaitStates() {
		try {
			return states().join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("hashing failed", ex.getCause());
		}
	}

	/** SHA-256 of the content whose states these are, lower-case hex. */
	static String sha256(States states) {
		SHA256Digest copy = new SHA256Digest(states.sha256());
		byte[] out = new byte[copy.getDigestSize()];
		copy.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** SM3 of the content whose states these are, lower-case hex. */
	static String sm3(States states) {
		return HexFormat.of().formatHex(new Sm3(states.sm3()).digest());
	}

	/**
	 * One digest's work, in the order given, one step at a time on a worker thread that
	 * keeps going while steps are queued. After a failure every later step is told of it
	 * (buffers still go back, waiting callers hear of it).
	 */
	private static final class Lane {

		interface Step {

			void run(Throwable failed);

		}

		private final Queue<Step> steps = new ArrayDeque<>();

		private boolean running;

		private Throwable failure;

		void execute(Step step) {
			synchronized (this) {
				this.steps.add(step);
				if (this.running) {
					return;
				}
				this.running = true;
			}
			WORKERS.execute(this::drain);
		}

		private void drain() {
			while (true) {
				Step step;
				synchronized (this) {
					step = this.steps.poll();
					if (step == null) {
						this.running = false;
						return;
					}
				}
				try {
					step.run(this.failure);
				}
				catch (RuntimeException | Error ex) {
					if (this.failure == null) {
						this.failure = ex;
					}
				}
			}
		}

	}

}
