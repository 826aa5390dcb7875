package org.sanxiang.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tus client over real HTTP with HTTP Basic, as a script would use the API; public for
 * the casework tests that attach recordings to a case.
 */
public final class Tus {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	private final String authorization;

	public Tus(int port, String user) {
		this.port = port;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	public static Map<String, String> metadata(String fileName) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("filename", fileName);
		m.put("activity", "现场检查");
		m.put("device", "执法记录仪 DSJ-001");
		m.put("captureStart", Instant.now().minusSeconds(3600).toString().replace("Z", "+00:00"));
		m.put("captureEnd", Instant.now().minusSeconds(600).toString().replace("Z", "+00:00"));
		m.put("location", "新田县龙泉镇");
		return m;
	}

	public static String encode(Map<String, String> metadata) {
		return metadata.entrySet()
			.stream()
			.map(e -> e.getKey() + " "
					+ Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
			.collect(Collectors.joining(","));
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization)
			.header("Tus-Resumable", "1.0.0");
	}

	public HttpResponse<String> create(long length, String metadataHeader) throws Exception {
		HttpRequest.Builder r = request(uri("/api/v1/evidence/uploads")).header("Upload-Length", Long.toString(length));
		if (metadataHeader != null) {
			r.header("Upload-Metadata", metadataHeader);
		}
		return this.http.send(r.POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public URI created(long length, Map<String, String> metadata) throws Exception {
		HttpResponse<String> response = create(length, encode(metadata));
		if (response.statusCode() != 201) {
			throw new AssertionError("create: " + response.statusCode() + " " + response.body());
		}
		return URI.create(response.headers().firstValue("Location").orElseThrow());
	}

	public HttpResponse<String> head(URI upload) throws Exception {
		return this.http.send(request(upload).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public long offset(URI upload) throws Exception {
		return Long.parseLong(head(upload).headers().firstValue("Upload-Offset").orElseThrow());
	}

	public HttpResponse<String> patch(URI upload, long offset, byte[] data, int from, int to) throws Exception {
		return this.http.send(request(upload).header("Upload-Offset", Long.toString(offset))
			.header("Content-Type", "application/offset+octet-stream")
			.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(data, from, to - from))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> delete(URI upload) throws Exception {
		return this.http.send(request(upload).DELETE().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Uploads in one PATCH and answers the evidence id. */
	public String upload(byte[] data, Map<String, String> metadata) throws Exception {
		URI upload = created(data.length, metadata);
		HttpResponse<String> response = patch(upload, 0, data, 0, data.length);
		if (response.statusCode() != 204) {
			throw new AssertionError("patch: " + response.statusCode() + " " + response.body());
		}
		return response.headers().firstValue("Evidence-Id").orElseThrow();
	}

	public HttpResponse<byte[]> get(String path, String range) throws Exception {
		HttpRequest.Builder r = request(uri(path)).GET();
		if (range != null) {
			r.header("Range", range);
		}
		return this.http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A PATCH whose connection drops after {@code sent} of the declared bytes, as on a
	 * weak field connection.
	 */
	public void droppedPatch(URI upload, long offset, byte[] data, int from, int declared, int sent)
			throws IOException {
		openPatch(upload, offset, data, from, declared, sent).close();
	}

	/**
	 * A PATCH that has sent {@code sent} of the declared bytes and waits, its connection
	 * still open; closing the socket drops it.
	 */
	public Socket openPatch(URI upload, long offset, byte[] data, int from, int declared, int sent) throws IOException {
		Socket socket = new Socket("localhost", this.port);
		try {
			OutputStream out = socket.getOutputStream();
			String head = "PATCH " + upload.getRawPath() + " HTTP/1.1\r\nHost: localhost:" + this.port
					+ "\r\nAuthorization: " + this.authorization + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: "
					+ offset + "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " + declared
					+ "\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(data, from, sent);
			out.flush();
			return socket;
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	}

}
