package org.sanxiang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * (tus, chunks of {@code bench.chunk} MiB, default 64; HTTP Basic, or the console's
 * session with {@code bench.auth=session}) of the running application on embedded
 * PostgreSQL with fsync on, against plain Java reading the same file, hashing it with
 * SHA-256 (JDK) and SM3 (BouncyCastle), writing it to disk (forced) and renaming it into
 * place, in the same run, the two taking turns for {@code bench.rounds} rounds (default
 * 3). Prints MB/s of both, the ratio (target ≥ 0.8) and the peak heap used while the
 * upload ran (target < 256 MiB for 4 GiB: {@code bench/evidence
 * 4096}).
 *
 * <p>
 * Not a test: run it with {@code bench/evidence} (see {@code bench/README.md}).
 */
public final class EvidenceIngestBench {

	private static final long MIB = 1024 * 1024;

	/** The warm-up file, run through both paths before measuring. */
	private static final long WARMUP_MIB = 128;

	private EvidenceIngestBench() {
	}

	public static void main(String[] args) throws Exception {
		long sizeMiB = Long.getLong("bench.size", args.length > 0 ? Long.parseLong(args[0]) : 1024);
		long chunk = Long.getLong("bench.chunk", 64) * MIB;
		boolean session = "session".equals(System.getProperty("bench.auth", "basic"));
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path dir = Files.createTempDirectory("sanxiang-evidence-bench-");
		System.out.printf("基准：证据入库 %d MiB，分块 %d MiB，%s；最大堆 %d MiB；数据目录 %s%n", sizeMiB, chunk / MIB,
				session ? "控制台会话登录" : "HTTP Basic", Runtime.getRuntime().maxMemory() / MIB, dir);
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

				Client client = session ? Client.signIn(port, "officer1", "demo")
						: Client.basic(port, "officer1", "demo");

				// warm-up of both paths (JIT), not measured; the last upload in 1 MiB
				// chunks, so that the code run once per request gets compiled too
				Path small = dir.resolve("warmup.mp4");
				generate(small, WARMUP_MIB * MIB);
				for (int i = 0; i < 2; i++) {
					baseline(small, dir.resolve("warmup.out"), dir.resolve("stored"));
					vary(small, -1 - i);
					upload(client, small, chunk);
				}
				vary(small, -3);
				upload(client, small, MIB);

				settle();

				// the sides take turns: both meet the same neighbours on shared cores
				double baselineSeconds = 0;
				double platformSeconds = 0;
				HeapWatch heap = new HeapWatch();
				for (int round = 0; round < rounds; round++) {
					if (round > 0) {
						// new content: each upload is stored anew, not found kept
						vary(source, round);
					}
					for (int side = 0; side < 2; side++) {
						if ((round + side) % 2 == 0) {
							baselineSeconds += baseline(source, dir.resolve("baseline.out"), dir.resolve("stored"));
						}
						else {
							heap.start();
							platformSeconds += upload(client, source, chunk);
							heap.stop();
						}
					}
				}
				report(sizeMiB, chunk, session, rounds, baselineSeconds, platformSeconds, heap);
			}
		}
		finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static void report(long sizeMiB, long chunk, boolean session, int rounds, double baseline, double platform,
			HeapWatch heap) {
		double mb = rounds * sizeMiB * MIB / 1e6;
		double ratio = baseline / platform;
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Evidence ingest benchmark: %d MiB × %d rounds, chunks of %d MiB, %s, PostgreSQL fsync on, load average %.1f%n",
				sizeMiB, rounds, chunk / MIB, session ? "console session" : "HTTP Basic",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "%-48s %8.2f s %8.1f MB/s%n", "plain Java read + SHA-256 + SM3 + write + rename",
				baseline, mb / baseline);
		System.out.printf(Locale.ROOT, "%-48s %8.2f s %8.1f MB/s%n", "platform: tus upload over HTTP (stored)",
				platform, mb / platform);
		System.out.printf(Locale.ROOT, "ratio (platform MB/s ÷ baseline MB/s) = %.2f  (target ≥ 0.8: %s)%n", ratio,
				ratio >= 0.8 ? "MET" : "NOT MET");
		System.out.printf(Locale.ROOT,
				"peak heap used during the upload: %.1f MiB sampled, %.1f MiB upper bound (sum of pool peaks); max heap %d MiB (target < 256 MiB: %s)%n",
				heap.sampledPeak / (double) MIB, heap.poolPeaks / (double) MIB, Runtime.getRuntime().maxMemory() / MIB,
				heap.poolPeaks < 256 * MIB ? "MET" : "NOT MET");
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

	/**
	 * Waits (up to 30 s) until the JIT compilers have worked through what the warm-up
	 * queued: on busy shared cores they lag behind, and their compiling would otherwise
	 * be timed with the first side to run.
	 */
	static void settle() throws InterruptedException {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long deadline = System.nanoTime() + 30_000_000_000L;
		for (long before = jit.getTotalCompilationTime(); System.nanoTime() < deadline;) {
			Thread.sleep(1000);
			long now = jit.getTotalCompilationTime();
			if (now - before < 10) {
				return;
			}
			before = now;
		}
	}

	/** Overwrites the file's second MiB with other random bytes. */
	static void vary(Path file, long seed) throws IOException {
		byte[] block = new byte[(int) MIB];
		new Random(seed).nextBytes(block);
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(block, 0, (int) Math.min(MIB, Math.max(0, out.size() - MIB)));
			for (long at = MIB; buffer.hasRemaining();) {
				at += out.write(buffer, at);
			}
		}
	}

	/**
	 * Plain Java: read, SHA-256 and SM3, write, force, then rename into {@code stored}
	 * and force that directory, as the blob store keeps a file. The stored file is
	 * deleted afterwards (not timed).
	 */
	static double baseline(Path source, Path target, Path stored) throws Exception {
		Files.createDirectories(stored);
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
		Path kept = stored.resolve(HexFormat.of().formatHex(sha256.digest()));
		Files.move(target, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		try (FileChannel directory = FileChannel.open(stored, StandardOpenOption.READ)) {
			directory.force(true);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		Files.delete(kept);
		return seconds;
	}

	/**
	 * The platform: tus creation, then PATCH chunk by chunk, until the evidence is
	 * stored.
	 */
	static double upload(Client client, Path source, long chunk) throws Exception {
		long size = Files.size(source);
		long t0 = System.nanoTime();
		String metadata = String.join(",", pair("filename", source.getFileName().toString()), pair("activity", "现场检查"),
				pair("device", "执法记录仪 DSJ-001"), pair("captureStart", Instant.now().minusSeconds(7200).toString()),
				pair("captureEnd", Instant.now().minusSeconds(60).toString()));
		URI upload = client.create(size, metadata);
		String evidenceId = null;
		try (FileChannel file = FileChannel.open(source, StandardOpenOption.READ)) {
			for (long offset = 0; offset < size;) {
				Response response = client.patch(upload, offset, file, Math.min(chunk, size - offset));
				if (response.status() != 204) {
					throw new IllegalStateException("patch: " + response.status() + " " + response.body());
				}
				offset = Long.parseLong(response.header("Upload-Offset"));
				if (response.header("Evidence-Id") != null) {
					evidenceId = response.header("Evidence-Id");
				}
			}
		}
		if (evidenceId == null) {
			throw new IllegalStateException("upload finished without an evidence id");
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	static String pair(String key, String value) {
		return key + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	/** A response's status, headers (names in lower case) and body. */
	record Response(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * A tus client over real HTTP, signed in either with HTTP Basic on every request (as
	 * a script) or once through the login form, then with the session cookie and the CSRF
	 * token in a header (as the console's upload page). A PATCH body goes from the file
	 * to the socket with {@code FileChannel.transferTo} (sendfile), so the client, which
	 * shares the JVM and the cores with the server here but is another machine in use,
	 * costs little CPU.
	 */
	static final class Client {

		private final HttpClient http;

		private final int port;

		private final Map<String, String> credentials;

		private Client(HttpClient http, int port, Map<String, String> credentials) {
			this.http = http;
			this.port = port;
			this.credentials = credentials;
		}

		static Client basic(int port, String user, String password) {
			String auth = "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			return new Client(HttpClient.newHttpClient(), port, Map.of("Authorization", auth));
		}

		static Client signIn(int port, String user, String password) throws Exception {
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
			String base = "http://localhost:" + port;
			String login = http
				.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			String form = "username=" + user + "&password=" + password + "&_csrf="
					+ URLEncoder.encode(find(login, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
			HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (signedIn.statusCode() != 302
					|| signedIn.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
			}
			String page = http
				.send(HttpRequest.newBuilder(URI.create(base + "/console/evidence")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			String session = cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("JSESSIONID"))
				.findFirst()
				.orElseThrow()
				.getValue();
			return new Client(http, port,
					Map.of("Cookie", "JSESSIONID=" + session,
							find(page, "<meta name=\"_csrf_header\" content=\"([^\"]+)\""),
							find(page, "<meta name=\"_csrf\" content=\"([^\"]+)\"")));
		}

		private static String find(String html, String pattern) {
			Matcher m = Pattern.compile(pattern).matcher(html);
			if (!m.find()) {
				throw new IllegalStateException("not found in the page: " + pattern);
			}
			return m.group(1);
		}

		URI create(long size, String metadata) throws Exception {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/evidence/uploads"))
				.header("Tus-Resumable", "1.0.0")
				.header("Upload-Length", Long.toString(size))
				.header("Upload-Metadata", metadata);
			this.credentials.forEach(request::header);
			HttpResponse<String> created = this.http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IllegalStateException("create: " + created.statusCode() + " " + created.body());
			}
			return URI.create(created.headers().firstValue("Location").orElseThrow());
		}

		/** One PATCH of {@code length} bytes of the file from {@code offset}. */
		Response patch(URI upload, long offset, FileChannel file, long length) throws IOException {
			StringBuilder head = new StringBuilder("PATCH " + upload.getRawPath() + " HTTP/1.1\r\n")
				.append("Host: localhost:" + this.port + "\r\n")
				.append("Tus-Resumable: 1.0.0\r\n")
				.append("Upload-Offset: " + offset + "\r\n")
				.append("Content-Type: application/offset+octet-stream\r\n")
				.append("Content-Length: " + length + "\r\n")
				.append("Connection: close\r\n");
			this.credentials.forEach((name, value) -> head.append(name + ": " + value + "\r\n"));
			head.append("\r\n");
			try (SocketChannel socket = SocketChannel.open(new InetSocketAddress("localhost", this.port))) {
				ByteBuffer request = ByteBuffer.wrap(head.toString().getBytes(StandardCharsets.UTF_8));
				while (request.hasRemaining()) {
					socket.write(request);
				}
				for (long sent = 0; sent < length;) {
					sent += file.transferTo(offset + sent, length - sent, socket);
				}
				socket.shutdownOutput();
				String response = new String(Channels.newInputStream(socket).readAllBytes(), StandardCharsets.UTF_8);
				int end = response.indexOf("\r\n\r\n");
				String[] lines = response.substring(0, end < 0 ? response.length() : end).split("\r\n");
				Map<String, String> headers = new HashMap<>();
				for (int i = 1; i < lines.length; i++) {
					int colon = lines[i].indexOf(':');
					headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
				return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
						end < 0 ? "" : response.substring(end + 4));
			}
		}

	}

	/**
	 * Peak heap while the upload runs: sampled every 20 ms (more often costs the upload
	 * noticeable CPU), and bounded above by the sum of each heap pool's peak (reset
	 * before).
	 */
	static final class HeapWatch {

		private volatile boolean running;

		/** The highest of all the uploads watched. */
		long sampledPeak;

		/** The highest of all the uploads watched. */
		long poolPeaks;

		private final AtomicLong peak = new AtomicLong();

		private Thread thread;

		void start() {
			System.gc();
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					pool.resetPeakUsage();
				}
			}
			this.running = true;
			this.thread = new Thread(() -> {
				while (this.running) {
					this.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
			this.sampledPeak = this.peak.get();
			this.poolPeaks = Math.max(this.poolPeaks,
					ManagementFactory.getMemoryPoolMXBeans()
						.stream()
						.filter(p -> p.getType() == MemoryType.HEAP)
						.mapToLong(p -> p.getPeakUsage().getUsed())
						.sum());
		}

	}

}
