package org.sanxiang.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The platform started as a child JVM, for the tests that must kill it for real or run
 * several nodes: its classpath, its start-up wait and the tail of its output.
 */
public final class ChildPlatform {

	/** The line the platform logs once it answers requests. */
	public static final String READY = "三项制度执法平台已启动";

	private ChildPlatform() {
	}

	/**
	 * This JVM's classpath without the test classes: the application and its
	 * dependencies. Surefire and Failsafe may hand the forked JVM a single jar whose
	 * manifest lists the classpath; its entries are read from there.
	 */
	public static String classpath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry);
			if (path.getFileName().toString().startsWith("surefirebooter") && entry.endsWith(".jar")) {
				try (JarFile jar = new JarFile(path.toFile())) {
					Manifest manifest = jar.getManifest();
					String listed = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
					if (listed != null) {
						for (String url : listed.trim().split("\\s+")) {
							entries.add(Path.of(path.getParent().toUri().resolve(url)).toString());
						}
						continue;
					}
				}
			}
			entries.add(entry);
		}
		return entries.stream()
			.filter(e -> !Path.of(e).endsWith("test-classes"))
			.distinct()
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * Waits until {@code child}, writing to {@code log}, says it is ready; fails with the
	 * end of its output when it exits or takes longer than {@code timeout}.
	 */
	public static void awaitReady(String name, Process child, Path log, Duration timeout)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!child.isAlive()) {
				throw new AssertionError(name + " exited with " + child.exitValue() + ":\n" + tail(log));
			}
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(name + " did not start within " + timeout + ":\n" + tail(log));
	}

	/**
	 * The multipart body of {@code POST /api/v1/licensing/cases/{id}/materials}: the
	 * material {@code name}, with {@code pdf} as its file, or declared as a paper
	 * original checked at the window when {@code pdf} is {@code null}. Sent with
	 * {@code Content-Type: multipart/form-data; boundary=<boundary>}.
	 */
	public static byte[] materialBody(String boundary, String name, byte[] pdf) {
		StringBuilder head = new StringBuilder();
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"materialName\"\r\n\r\n");
		head.append(name).append("\r\n--").append(boundary);
		if (pdf == null) {
			head.append("\r\nContent-Disposition: form-data; name=\"paper\"\r\n\r\ntrue\r\n--")
				.append(boundary)
				.append("--\r\n");
			return head.toString().getBytes(StandardCharsets.UTF_8);
		}
		head.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\n")
			.append("Content-Type: application/pdf\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + pdf.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(pdf, 0, body, start.length, pdf.length);
		System.arraycopy(end, 0, body, start.length + pdf.length, end.length);
		return body;
	}

	/** The last 40 lines of {@code log}. */
	public static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(no output)";
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
