package org.sanxiang.casework.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.FileSystemBlobStore;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault "disk full in the blob store": a material uploaded over real HTTP while the
 * store's disk fills part-way through the write is refused with 507 and a Chinese
 * problem; no material row, no stored file and no temporary file remain; once space is
 * freed the same upload succeeds without any repair.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import({ LicensingApiIntegrationTests.OnAFixedDay.class, DiskFullIntegrationTests.FillingDisk.class })
class DiskFullIntegrationTests {

	static final String CREDIT_CODE = "91431128MA4L0000" + "3" + CreditCode.checkCharacter("91431128MA4L00003");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DiskThatFills disk;

	@Autowired
	FileSystemBlobStore files;

	@LocalServerPort
	int port;

	@AfterEach
	void freeSpace() {
		this.disk.free();
	}

	@Test
	void aMaterialUploadOnAFullDiskIsA507LeavesNothingBehindAndSucceedsOnceSpaceIsFreed() throws Exception {
		String id = OnlineApplications.organisation(this.mvc, this.json, "新田县存储示范公司", CREDIT_CODE, "XK-002");
		byte[] pdf = pdf(200_000);
		String key = CaseMaterialsIntegrationTests.sha256(pdf);

		this.disk.fillAfter(64 * 1024);
		HttpResponse<String> refused = upload(id, pdf);

		assertThat(refused.statusCode()).isEqualTo(507);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(refused.body());
		assertThat(problem.path("title").asString()).isEqualTo("存储空间不足");
		assertThat(problem.path("detail").asString()).contains("存储空间不足", "未生效");
		assertThat(refused.body()).doesNotContain("Exception", "No space left");
		assertThat(materialsOf(id)).isZero();
		assertThat(this.files.contains(key)).isFalse();
		assertThat(temporaryFiles()).isEmpty();
		assertThat(this.disk.refusedWrites()).isEqualTo(1);

		this.disk.free();
		HttpResponse<String> accepted = upload(id, pdf);

		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(materialsOf(id)).isEqualTo(1);
		assertThat(this.files.contains(key)).isTrue();
		assertThat(temporaryFiles()).isEmpty();
	}

	private HttpResponse<String> upload(String id, byte[] pdf) throws Exception {
		HttpRequest request = new CaseMaterialsIntegrationTests.Multipart().field("materialName", "节能报告")
			.file("file", "节能报告.pdf", "application/pdf", pdf)
			.post(URI.create("http://localhost:" + this.port + "/api/v1/licensing/cases/" + id + "/materials"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long materialsOf(String id) {
		return this.jdbc.sql("select count(*) from casework_material where case_id = cast(:id as uuid)")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private java.util.List<Path> temporaryFiles() throws IOException {
		Path tmp = this.files.root().resolve("tmp");
		if (!Files.isDirectory(tmp)) {
			return java.util.List.of();
		}
		try (Stream<Path> list = Files.list(tmp)) {
			return list.toList();
		}
	}

	private static byte[] pdf(int size) {
		byte[] pdf = new byte[size];
		System.arraycopy(CaseMaterialsIntegrationTests.PDF, 0, pdf, 0, CaseMaterialsIntegrationTests.PDF.length);
		for (int i = CaseMaterialsIntegrationTests.PDF.length; i < size; i++) {
			pdf[i] = (byte) (i * 31);
		}
		return pdf;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FillingDisk {

		@Bean
		@Primary
		DiskThatFills diskThatFills(FileSystemBlobStore files) {
			return new DiskThatFills(files);
		}

	}

	/**
	 * The file store on a disk that can be made to fill: while full, a write stops after
	 * {@code room} bytes with the IOException the JDK raises for ENOSPC, part-way through
	 * the store's temporary file — as a real full disk does, without needing a small
	 * mounted file system.
	 */
	static final class DiskThatFills implements BlobStore {

		private final FileSystemBlobStore files;

		private volatile long room = -1;

		private volatile int refused;

		DiskThatFills(FileSystemBlobStore files) {
			this.files = files;
		}

		void fillAfter(long bytes) {
			this.room = bytes;
		}

		void free() {
			this.room = -1;
		}

		int refusedWrites() {
			return this.refused;
		}

		@Override
		public Blob put(InputStream content) throws IOException {
			long limit = this.room;
			if (limit < 0) {
				return this.files.put(content);
			}
			return this.files.put(new FilterInputStream(content) {

				private long written;

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					if (this.written >= limit) {
						DiskThatFills.this.refused++;
						throw new IOException("No space left on device");
					}
					int n = super.read(b, off, (int) Math.min(len, limit - this.written));
					this.written += Math.max(n, 0);
					return n;
				}

			});
		}

		@Override
		public Blob adopt(Path file, String sha256, String sm3, long size) throws IOException {
			return this.files.adopt(file, sha256, sm3, size);
		}

		@Override
		public void delete(String key) throws IOException {
			this.files.delete(key);
		}

		@Override
		public InputStream open(String key) throws IOException {
			return this.files.open(key);
		}

		@Override
		public boolean contains(String key) {
			return this.files.contains(key);
		}

		@Override
		public Stream<String> keys() throws IOException {
			return this.files.keys();
		}

	}

}
