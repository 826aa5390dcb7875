package org.sanxiang.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.Tus;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with {@code sanxiang.blob-store.type=s3} against an S3-compatible
 * server in this JVM: switching stores is configuration only. Evidence is uploaded
 * (resumable, so adopted), kept in the bucket in the file store's layout, played back by
 * byte range and listed for crash recovery; the health group reports the bucket.
 */
@SanxiangIntegrationTest
class ObjectStorageIntegrationTests {

	static final String BUCKET = "sanxiang-evidence";

	static S3TestServer server;

	@DynamicPropertySource
	static void objectStore(DynamicPropertyRegistry registry) throws Exception {
		server = S3TestServer.start();
		registry.add("sanxiang.blob-store.type", () -> "s3");
		registry.add("sanxiang.blob-store.s3.endpoint", server::endpoint);
		registry.add("sanxiang.blob-store.s3.region", () -> "us-east-1");
		registry.add("sanxiang.blob-store.s3.bucket", () -> BUCKET);
		registry.add("sanxiang.blob-store.s3.prefix", () -> "xintian/");
		registry.add("sanxiang.blob-store.s3.path-style-access", () -> "true");
		registry.add("sanxiang.blob-store.s3.create-bucket", () -> "true");
		registry.add("sanxiang.blob-store.s3.access-key", () -> S3TestServer.ACCESS_KEY);
		registry.add("sanxiang.blob-store.s3.secret-key", () -> S3TestServer.SECRET_KEY);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void evidenceIsKeptInTheBucketAndPlayedBackByByteRange() throws Exception {
		assertThat(this.blobs).isInstanceOf(S3BlobStore.class);
		Tus officer = new Tus(this.port, "officer1");
		byte[] data = EvidenceFixtures.mp4(400_000, 3);
		UUID id = UUID.fromString(officer.upload(data, Tus.metadata("对象存储现场检查.mp4")));
		String key = this.jdbc.sql("select sha256 from evidence_item where id = ?")
			.param(id)
			.query(String.class)
			.single();

		try (S3Client client = server.client()) {
			String object = "xintian/" + key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key;
			assertThat(client.headObject(h -> h.bucket(BUCKET).key(object)).contentLength()).isEqualTo(data.length);
		}
		String path = "/api/v1/evidence/" + id + "/content";
		HttpResponse<byte[]> seek = officer.get(path, "bytes=250000-250999");
		assertThat(seek.statusCode()).isEqualTo(206);
		assertThat(seek.body()).isEqualTo(Arrays.copyOfRange(data, 250_000, 251_000));
		assertThat(seek.headers().firstValue("Content-Range")).contains("bytes 250000-250999/" + data.length);
		HttpResponse<byte[]> whole = officer.get(path + "?download=true", null);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(data);
		try (Stream<String> keys = this.blobs.keys()) {
			assertThat(keys.toList()).contains(key);
		}
	}

	@Test
	void theHealthGroupReportsTheBucket() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/blobstore"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

}
