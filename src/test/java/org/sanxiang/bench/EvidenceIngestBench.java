package org.sanxiang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.bouncycastle.crypto.digests.SM3Digest;

import org.sanxiang.SanxiangApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence ingest benchmark (issue 5 (a), DESIGN.md "Performance targets"): a file of
 * {@code bench.size} MiB (default 1024) uploaded through the resumable HTTP endpoint
 * (tus, chunks of {@code bench.chunk} MiB, default 64, HTTP Basic) of the running
 * application on embedded PostgreSQL with fsync on, against plain Java reading the same
 * file, hashing it with SHA-256 (JDK) and SM3 (BouncyCastle) and writing it to disk
 * (forced), in the same run. Prints MB/s of both, the ratio (target ≥ 0.8) and the peak
 * heap used while the upload ran (target < 256 MiB for 4 GiB: {@code bench/evidence
 * 4096}).
 *
 * <p>
 * Not a test: run it with {@code bench/evidence} (see {@code bench/README.md}).
 */
public final class EvidenceIngestBench {

	private static final long MIB = 1024 * 1024;

	private EvidenceIngestBench() {
	}

	public static void main(String[] args) throws Exception {
		long sizeMiB = Long.getLong("bench.size", args.length > 0 ? Long.parseLong(args[0]) : 1024);
		long chunk = Long.getLong("bench.chunk", 64) * MIB;
		Path dir = Files.createTempDirectory("sanxiang-evidence-bench-");
		System.out.printf("基准：证据入库 %d MiB，分块 %d MiB；最大堆 %d MiB；数据目录 %s%n", sizeMiB, chunk / MIB,
				Runtime.getRuntime().maxMemory() / MIB, dir);
		try {
			Path source = dir.resolve("source.mp4");
			generate(source, sizeMiB * MIB);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class)
				.properties("sanxiang.embedded-db.data-dir=" + dir.resolve("pg"), "sanxiang.demo.enabled=true",
						"server.port=0", "spring.datasource.url=", "sanxiang.blob-store.dir=" + dir.resolve("blobs"),
						"sanxiang.evidence.max-size=" + Math.max(4096, sizeMiB) + "MB", "logging.level.root=WARN",
						"logging.level.org.sanxiang=WARN", "spring.main.banner-mode=off")
				.run()) {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				System.out.println("PostgreSQL: fsync=" + jdbc.queryForObject("show fsync", String.class)
						+ ", synchronous_commit=" + jdbc.queryForObject("show synchronous_commit", String.class));
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();

				// warm-up of both paths (JIT), not measured
				Path small = dir.resolve("warmup.mp4");
				generate(small, 64 * MIB);
				baseline(small, dir.resolve("warmup.out"));
				upload(port, small, chunk);

				double baselineSeconds = baseline(source, dir.resolve("baseline.out"));
				Files.deleteIfExists(dir.resolve("baseline.out"));
				HeapWatch heap = new HeapWatch();
				heap.start();
				double platformSeconds = upload(port, source, chunk);
				heap.stop();
				report(sizeMiB, chunk, baselineSeconds, platformSeconds, heap);
			}
		}
		finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static void report(long sizeMiB, long chunk, double baseline, double platform, HeapWatch heap) {
		double mb = sizeMiB * MIB / 1e6;
		double ratio = baseline / platform;
		System.out.println();
		System.out.printf(Locale.ROOT, "Evidence ingest benchmark: %d MiB, chunks of %d MiB, PostgreSQL fsync on%n",
				sizeMiB, chunk / MIB);
		System.out.printf(Locale.ROOT, "%-44s %8.2f s %8.1f MB/s%n", "plain Java read + SHA-256 + SM3 + write",
				baseline, mb / baseline);
		System.out.printf(Locale.ROOT, "%-44s %8.2f s %8.1f MB/s%n", "platform: tus upload over HTTP (stored)",
				platform, mb / platform);
		System.out.printf(Locale.ROOT, "ratio (platform MB/s ÷ baseline MB/s) = %.2f  (target ≥ 0.8: %s)%n", ratio,
				ratio >= 0.8 ? "MET" : "NOT MET");
		System.out.printf(Locale.ROOT,
				"peak heap used during the upload: %.1f MiB sampled, %.1f MiB upper bound (sum of pool peaks); max heap %d MiB (target < 256 MiB: %s)%n",
				heap.sampledPeak / (double) MIB, heap.poolPeaks() / (double) MIB,
				Runtime.getRuntime().maxMemory() / MIB, heap.poolPeaks() < 256 * MIB ? "MET" : "NOT MET");
		System.out.println("(client and server in one JVM: the heap figures include the HTTP client)");
	}

	/** A file of random bytes that starts like an MP4 video (Tika detects video/mp4). */
	static void generate(Path file, long size) throws IOException {
		byte[] block = new byte[(int) MIB];
		Random random = new Random(size);
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			for (long written = 0; written < size; written += block.length) {
				random.nextBytes(block);
				if (written == 0) {
					byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4',
							'2', 'i', 's', 'o', 'm' };
					System.arraycopy(ftyp, 0, block, 0, ftyp.length);
				}
				ByteBuffer buffer = ByteBuffer.wrap(block, 0, (int) Math.min(block.length, size - written));
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
			}
		}
	}

	/** Plain Java: read, SHA-256 and SM3, write, force. */
	static double baseline(Path source, Path target) throws Exception {
		long t0 = System.nanoTime();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		SM3Digest sm3 = new SM3Digest();
		byte[] buffer = new byte[(int) MIB];
		try (InputStream in = Files.newInputStream(source);
				FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			for (int n = in.readNBytes(buffer, 0, buffer.length); n > 0; n = in.readNBytes(buffer, 0, buffer.length)) {
				sha256.update(buffer, 0, n);
				sm3.update(buffer, 0, n);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
		}
		byte[] sm3Hash = new byte[32];
		sm3.doFinal(sm3Hash, 0);
		HexFormat.of().formatHex(sha256.digest());
		return (System.nanoTime() - t0) / 1e9;
	}

	/**
	 * The platform: tus creation, then PATCH chunk by chunk, until the evidence is
	 * stored.
	 */
	static double upload(int port, Path source, long chunk) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder().encodeToString("officer1:demo".getBytes(StandardCharsets.UTF_8));
		long size = Files.size(source);
		long t0 = System.nanoTime();
		String metadata = String.join(",", pair("filename", source.getFileName().toString()), pair("activity", "现场检查"),
				pair("device", "执法记录仪 DSJ-001"), pair("captureStart", Instant.now().minusSeconds(7200).toString()),
				pair("captureEnd", Instant.now().minusSeconds(60).toString()));
		HttpResponse<String> created = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/evidence/uploads"))
				.header("Authorization", auth)
				.header("Tus-Resumable", "1.0.0")
				.header("Upload-Length", Long.toString(size))
				.header("Upload-Metadata", metadata)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("create: " + created.statusCode() + " " + created.body());
		}
		URI upload = URI.create(created.headers().firstValue("Location").orElseThrow());
		String evidenceId = null;
		for (long offset = 0; offset < size;) {
			long length = Math.min(chunk, size - offset);
			long from = offset;
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(upload)
					.header("Authorization", auth)
					.header("Tus-Resumable", "1.0.0")
					.header("Upload-Offset", Long.toString(offset))
					.header("Content-Type", "application/offset+octet-stream")
					.method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
							HttpRequest.BodyPublishers.ofInputStream(() -> slice(source, from, length)), length))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 204) {
				throw new IllegalStateException("patch: " + response.statusCode() + " " + response.body());
			}
			offset = Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
			evidenceId = response.headers().firstValue("Evidence-Id").orElse(evidenceId);
		}
		if (evidenceId == null) {
			throw new IllegalStateException("upload finished without an evidence id");
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	static String pair(String key, String value) {
		return key + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	static InputStream slice(Path source, long from, long length) {
		try {
			FileChannel channel = FileChannel.open(source, StandardOpenOption.READ);
			channel.position(from);
			InputStream in = Channels.newInputStream(channel);
			return new InputStream() {
				long left = length;

				@Override
				public int read() throws IOException {
					if (this.left <= 0) {
						return -1;
					}
					this.left--;
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					if (this.left <= 0) {
						return -1;
					}
					int n = in.read(b, off, (int) Math.min(len, this.left));
					if (n > 0) {
						this.left -= n;
					}
					return n;
				}

				@Override
				public void close() throws IOException {
					in.close();
				}
			};
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Peak heap while the upload runs: sampled every 5 ms, and bounded above by the sum
	 * of each heap pool's peak (reset before).
	 */
	static final class HeapWatch {

		volatile boolean running = true;

		long sampledPeak;

		private Thread thread;

		void start() {
			System.gc();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					pool.resetPeakUsage();
				}
			}
			AtomicLong peak = new AtomicLong();
			this.thread = new Thread(() -> {
				while (this.running) {
					peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				this.sampledPeak = peak.get();
			}, "heap-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
		}

		long poolPeaks() {
			return ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
		}

	}

}
