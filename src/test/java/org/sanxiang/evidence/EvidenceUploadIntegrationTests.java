package org.sanxiang.evidence;

import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sanxiang.platform.FileSystemBlobStore;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence over real HTTP on PostgreSQL: resumable upload (tus) through a dropped
 * connection, the refusals (413, 415, 422), safe names, Range playback, chain of custody
 * in the journal, retention and tombstones, and a flipped byte found by verification.
 */
@SanxiangIntegrationTest
class EvidenceUploadIntegrationTests {

	private static final HexFormat HEX = HexFormat.of();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceVault vault;

	@Autowired
	ResumableUploads uploads;

	@Autowired
	CrashRecovery crashRecovery;

	@Autowired
	FileSystemBlobStore blobs;

	Tus officer;

	@BeforeEach
	void client() {
		this.officer = new Tus(this.port, "officer1");
	}

	@Test
	void aResumableUploadInThreeChunksSurvivesADroppedConnectionAndItsHashesMatch() throws Exception {
		byte[] data = EvidenceFixtures.mp4(3 * 1024 * 1024 + 12345, 1);
		UUID caseId = UUID.randomUUID();
		Map<String, String> metadata = Tus.metadata("现场检查录像.mp4");
		metadata.put("caseId", caseId.toString());
		metadata.put("sha256", sha256(data));
		URI upload = this.officer.created(data.length, metadata);
		assertThat(this.officer.offset(upload)).isZero();

		int chunk = 1024 * 1024 + 17;
		assertThat(this.officer.patch(upload, 0, data, 0, chunk).statusCode()).isEqualTo(204);
		// the second chunk loses its connection half-way
		this.officer.droppedPatch(upload, chunk, data, chunk, chunk, chunk / 2);
		long offset = awaitOffsetAbove(upload, chunk);
		assertThat(offset).isGreaterThan(chunk).isLessThanOrEqualTo(chunk + chunk / 2);
		// a client that resends from a wrong offset is told so
		assertThat(this.officer.patch(upload, chunk, data, chunk, 2 * chunk).statusCode()).isEqualTo(409);

		HttpResponse<String> second = this.officer.patch(upload, offset, data, (int) offset, 2 * chunk);
		assertThat(second.statusCode()).isEqualTo(204);
		assertThat(second.headers().firstValue("Upload-Offset")).contains(Long.toString(2L * chunk));
		HttpResponse<String> last = this.officer.patch(upload, 2L * chunk, data, 2 * chunk, data.length);
		assertThat(last.statusCode()).isEqualTo(204);
		UUID id = UUID.fromString(last.headers().firstValue("Evidence-Id").orElseThrow());

		EvidenceItem item = this.vault.item(id).orElseThrow();
		assertThat(item.sha256()).isEqualTo(sha256(data));
		assertThat(item.sm3()).isEqualTo(sm3(data));
		assertThat(item.size()).isEqualTo(data.length);
		assertThat(item.mediaType()).isEqualTo("video/mp4");
		assertThat(item.fileName()).isEqualTo("现场检查录像.mp4");
		assertThat(item.activity()).isEqualTo(Activity.SITE_INSPECTION);
		assertThat(item.capturedBy()).isEqualTo("officer1");
		assertThat(item.retentionEnd().getYear())
			.isEqualTo(java.time.LocalDate.ofInstant(item.captureEnd(), EvidenceVault.CHINA).getYear() + 30);
		assertThat(this.vault.itemsOf(caseId)).extracting(EvidenceItem::id).containsExactly(id);
		assertThat(this.vault.itemsOf(caseId, Activity.HEARING)).isEmpty();
		try (var in = this.blobs.open(item.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(data);
		}
		// a HEAD after the last chunk tells the whole file is there and what it became
		HttpResponse<String> done = this.officer.head(upload);
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.headers().firstValue("Upload-Offset")).contains(Long.toString(data.length));
		assertThat(done.headers().firstValue("Evidence-Id")).contains(id.toString());
		assertThat(new Tus(this.port, "officer2").head(upload).statusCode()).isEqualTo(404);
		assertThat(this.uploads.partial(uuidOf(upload))).doesNotExist();
		assertThat(journalCount("EvidenceAdded", id)).isEqualTo(1);
		assertThat(this.jdbc.sql("select case_id from journal_entry where type = 'EvidenceAdded' and entry like ?")
			.param("%" + id + "%")
			.query(UUID.class)
			.single()).isEqualTo(caseId);
	}

	@Test
	void aClientThatLostTheAnswerToItsLastChunkLearnsFromHeadThatTheEvidenceIsStored() throws Exception {
		byte[] data = EvidenceFixtures.mp4(300_000, 14);
		URI upload = this.officer.created(data.length, Tus.metadata("应答丢失.mp4"));
		assertThat(this.officer.patch(upload, 0, data, 0, 100_000).statusCode()).isEqualTo(204);
		// the rest arrives whole, but the connection drops before the answer
		this.officer.droppedPatch(upload, 100_000, data, 100_000, data.length - 100_000, data.length - 100_000);
		HttpResponse<String> head = awaitEvidenceId(upload);
		assertThat(head.headers().firstValue("Upload-Offset")).contains(Long.toString(data.length));
		EvidenceItem item = this.vault.item(UUID.fromString(head.headers().firstValue("Evidence-Id").orElseThrow()))
			.orElseThrow();
		assertThat(item.sha256()).isEqualTo(sha256(data));
		assertThat(item.fileName()).isEqualTo("应答丢失.mp4");
		// nothing more to send: the upload itself is over
		assertThat(this.officer.patch(upload, data.length, data, 0, 0).statusCode()).isEqualTo(404);
	}

	@Test
	void aLongRequestRecordsCheckpointsWhileItIsStillSendingAndAfterItBreaksResumesFromWhereItStopped()
			throws Exception {
		int mib = 1024 * 1024;
		byte[] data = EvidenceFixtures.mp4(40 * mib + 4321, 14);
		Map<String, String> metadata = Tus.metadata("长录像.mp4");
		metadata.put("sha256", sha256(data));
		metadata.put("sm3", sm3(data));
		URI upload = this.officer.created(data.length, metadata);
		int sent = 37 * mib + 99;
		try (Socket socket = this.officer.openPatch(upload, 0, data, 0, data.length, sent)) {
			// the request is still open: only a checkpoint taken within it moves the
			// offset
			long recorded = awaitOffsetAbove(upload, 2 * ResumableUploads.CHECKPOINT_BYTES - 1);
			assertThat(recorded).isLessThan(sent);
		}
		long offset = awaitOffset(upload, sent);
		HttpResponse<String> rest = this.officer.patch(upload, offset, data, (int) offset, data.length);
		assertThat(rest.statusCode()).isEqualTo(204);

		EvidenceItem item = this.vault.item(UUID.fromString(rest.headers().firstValue("Evidence-Id").orElseThrow()))
			.orElseThrow();
		assertThat(item.sha256()).isEqualTo(sha256(data));
		assertThat(item.sm3()).isEqualTo(sm3(data));
		assertThat(item.size()).isEqualTo(data.length);
		assertThat(this.uploads.partial(uuidOf(upload))).doesNotExist();
	}

	@Test
	void aTruncatedUploadLeavesNoRowAndTerminationRemovesItsPartialFile() throws Exception {
		long before = evidenceRows();
		byte[] data = EvidenceFixtures.mp4(200_000, 2);
		URI upload = this.officer.created(data.length, Tus.metadata("中断.mp4"));
		this.officer.patch(upload, 0, data, 0, 100_000);
		Path partial = this.uploads.partial(uuidOf(upload));
		assertThat(partial).exists();
		assertThat(evidenceRows()).isEqualTo(before);

		assertThat(this.officer.delete(upload).statusCode()).isEqualTo(204);
		assertThat(partial).doesNotExist();
		assertThat(this.officer.head(upload).statusCode()).isEqualTo(404);
		assertThat(evidenceRows()).isEqualTo(before);
	}

	@Test
	void contentThatIsNotAudioVideoImageOrPdfIsRefusedWith415AndNothingKept() throws Exception {
		long before = evidenceRows();
		byte[] data = "MZ 这不是录像，是一个可执行文件\n".repeat(100).getBytes(StandardCharsets.UTF_8);
		URI upload = this.officer.created(data.length, Tus.metadata("伪装.mp4"));
		HttpResponse<String> response = this.officer.patch(upload, 0, data, 0, data.length);
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).contains("不支持的文件类型").contains("\"field\":\"file\"");
		assertThat(this.uploads.partial(uuidOf(upload))).doesNotExist();
		assertThat(this.officer.head(upload).statusCode()).isEqualTo(404);
		assertThat(evidenceRows()).isEqualTo(before);
	}

	@Test
	void anUploadOverTheSizeLimitIsRefusedWith413() throws Exception {
		HttpResponse<String> response = this.officer.create(5L * 1024 * 1024 * 1024,
				Tus.encode(Tus.metadata("太大.mp4")));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件过大").contains("Upload-Length");

		byte[] data = EvidenceFixtures.mp4(1000, 3);
		URI upload = this.officer.created(500, Tus.metadata("超出声明.mp4"));
		assertThat(this.officer.patch(upload, 0, data, 0, data.length).statusCode()).isEqualTo(413);
		this.officer.delete(upload);
	}

	@Test
	void aDeclaredHashThatDiffersIsRefusedWith422() throws Exception {
		long before = evidenceRows();
		byte[] data = EvidenceFixtures.png(50_000, 4);
		Map<String, String> metadata = Tus.metadata("照片.png");
		metadata.put("sm3", "0".repeat(64));
		URI upload = this.officer.created(data.length, metadata);
		HttpResponse<String> response = this.officer.patch(upload, 0, data, 0, data.length);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("SM3").contains("\"field\":\"sm3\"");
		assertThat(evidenceRows()).isEqualTo(before);
		assertThat(this.uploads.partial(uuidOf(upload))).doesNotExist();
	}

	@Test
	void badMetadataIsRefusedWith400NamingTheField() throws Exception {
		Map<String, String> metadata = Tus.metadata("x.mp4");
		metadata.remove("device");
		metadata.put("activity", "喝茶");
		HttpResponse<String> response = this.officer.create(10, Tus.encode(metadata));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"activity\"").contains("\"field\":\"device\"");
		HttpResponse<String> noTus = this.officer
			.send(HttpRequest.newBuilder(this.officer.uri("/api/v1/evidence/uploads"))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder().encodeToString("officer1:demo".getBytes()))
				.header("Upload-Length", "10")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
		assertThat(noTus.statusCode()).isEqualTo(412);
	}

	@Test
	void oddFileNamesAreStoredSafely() throws Exception {
		Map<String, String> pathLike = Tus.metadata("../../etc/passwd\u0000.mp4");
		String id = this.officer.upload(EvidenceFixtures.mp4(5000, 5), pathLike);
		assertThat(this.vault.item(UUID.fromString(id)).orElseThrow().fileName()).isEqualTo("passwd_.mp4");

		Map<String, String> gbk = Tus.metadata("placeholder");
		gbk.remove("filename");
		byte[] raw = "询问录音.mp4".getBytes(java.nio.charset.Charset.forName("GBK"));
		String header = Tus.encode(gbk) + ",filename " + java.util.Base64.getEncoder().encodeToString(raw);
		byte[] data = EvidenceFixtures.mp4(5000, 6);
		HttpResponse<String> created = this.officer.create(data.length, header);
		URI upload = URI.create(created.headers().firstValue("Location").orElseThrow());
		String gbkId = this.officer.patch(upload, 0, data, 0, data.length)
			.headers()
			.firstValue("Evidence-Id")
			.orElseThrow();
		String name = this.vault.item(UUID.fromString(gbkId)).orElseThrow().fileName();
		assertThat(name).endsWith(".mp4").doesNotContain("\uFFFD").doesNotContain("/");
	}

	@Test
	void playbackStreamsByteRangesAndEveryViewAndDownloadIsJournaled() throws Exception {
		byte[] data = EvidenceFixtures.mp4(300_000, 7);
		UUID id = UUID.fromString(this.officer.upload(data, Tus.metadata("听证.mp4")));
		String path = "/api/v1/evidence/" + id + "/content";

		HttpResponse<byte[]> first = this.officer.get(path, "bytes=0-");
		assertThat(first.statusCode()).isEqualTo(206);
		HttpResponse<byte[]> seek = this.officer.get(path, "bytes=1000-1999");
		assertThat(seek.statusCode()).isEqualTo(206);
		assertThat(seek.body()).isEqualTo(Arrays.copyOfRange(data, 1000, 2000));
		assertThat(seek.headers().firstValue("Content-Range")).contains("bytes 1000-1999/" + data.length);
		assertThat(seek.headers().firstValue("Content-Type")).contains("video/mp4");
		assertThat(journalCount("EvidenceViewed", id)).isEqualTo(1);

		HttpResponse<byte[]> download = this.officer.get(path + "?download=true", null);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(data);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(journalCount("EvidenceDownloaded", id)).isEqualTo(1);

		this.vault.shared(id, "director", "新田县人民法院", "行政诉讼举证");
		this.vault.exported(id, "officer1", "电子案卷归档");
		assertThat(journalCount("EvidenceShared", id)).isEqualTo(1);
		assertThat(journalCount("EvidenceExported", id)).isEqualTo(1);
		assertThat(this.jdbc.sql("select actor from journal_entry where type = 'EvidenceDownloaded' and entry like ?")
			.param("%" + id + "%")
			.query(String.class)
			.single()).isEqualTo("officer1");

		// a legal reviewer reads the evidence (SH-4), journaled under their name; the
		// administrator cannot reach it
		assertThat(new Tus(this.port, "reviewer").get(path, null).statusCode()).isEqualTo(200);
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'EvidenceViewed' and actor = 'reviewer'"
					+ " and entry like ?")
			.param("%" + id + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new Tus(this.port, "admin").get(path, null).statusCode()).isEqualTo(403);
	}

	@Test
	void deletionIsRefusedBeforeTheRetentionEndAndLeavesATombstoneAfterIt() throws Exception {
		byte[] data = EvidenceFixtures.mp4(20_000, 8);
		UUID id = UUID.fromString(this.officer.upload(data, Tus.metadata("送达.mp4")));
		String key = this.vault.item(id).orElseThrow().sha256();
		Tus director = new Tus(this.port, "director");
		HttpRequest delete = director.request(director.uri("/api/v1/evidence/" + id))
			.header("Content-Type", "application/json")
			.method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"保存期限届满\"}"))
			.build();

		HttpResponse<String> early = director.send(delete);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("保存期限未满，不得删除");
		assertThat(this.blobs.contains(key)).isTrue();

		HttpResponse<String> byOfficer = this.officer
			.send(this.officer.request(this.officer.uri("/api/v1/evidence/" + id))
				.header("Content-Type", "application/json")
				.method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}"))
				.build());
		assertThat(byOfficer.statusCode()).isEqualTo(403);

		this.jdbc.sql("update evidence_item set retention_end = current_date - 1 where id = ?").param(id).update();
		assertThat(director.send(delete).statusCode()).isEqualTo(204);
		EvidenceItem tombstone = this.vault.item(id).orElseThrow();
		assertThat(tombstone.deleted()).isTrue();
		assertThat(tombstone.sha256()).isEqualTo(key);
		assertThat(this.blobs.contains(key)).isFalse();
		assertThat(journalCount("EvidenceDeleted", id)).isEqualTo(1);
		assertThat(this.officer.get("/api/v1/evidence/" + id + "/content", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aStoredFileStillNamedByAnotherItemIsKeptWhenOneIsDeleted() throws Exception {
		byte[] data = EvidenceFixtures.mp4(10_000, 9);
		UUID first = UUID.fromString(this.officer.upload(data, Tus.metadata("同一文件.mp4")));
		UUID second = UUID.fromString(this.officer.upload(data, Tus.metadata("同一文件副本.mp4")));
		this.jdbc.sql("update evidence_item set retention_end = current_date where id = ?").param(first).update();
		this.vault.delete(first, "director", "期限届满");
		assertThat(this.blobs.contains(this.vault.item(second).orElseThrow().sha256())).isTrue();
	}

	@Test
	void aFlippedByteInAStoredFileIsFoundAndTheItemNamed() throws Exception {
		byte[] data = EvidenceFixtures.png(40_000, 10);
		UUID id = UUID.fromString(this.officer.upload(data, Tus.metadata("证据保全照片.png")));
		EvidenceItem item = this.vault.item(id).orElseThrow();
		assertThat(this.vault.verify().mismatches()).extracting(EvidenceVault.Mismatch::evidenceId).doesNotContain(id);

		Path file = this.blobs.root()
			.resolve(item.sha256().substring(0, 2))
			.resolve(item.sha256().substring(2, 4))
			.resolve(item.sha256());
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.seek(20_000);
			int b = raf.read();
			raf.seek(20_000);
			raf.write(b ^ 0x01);
		}
		try {
			EvidenceVault.Verification verification = this.vault.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.mismatches()).singleElement().satisfies(m -> {
				assertThat(m.evidenceId()).isEqualTo(id);
				assertThat(m.fileName()).isEqualTo("证据保全照片.png");
				assertThat(m.found()).isNotEqualTo(item.sha256());
			});
			assertThat(journalCount("EvidenceVerificationFailed", id)).isEqualTo(1);
		}
		finally {
			Files.write(file, data);
		}
	}

	@Test
	void theConsolePageListsACasesEvidenceWithPlayersAndTheResumableUploadForm() throws Exception {
		UUID caseId = UUID.randomUUID();
		Map<String, String> metadata = Tus.metadata("询问录音.mp4");
		metadata.put("caseId", caseId.toString());
		UUID id = UUID.fromString(this.officer.upload(EvidenceFixtures.mp4(8000, 11), metadata));
		HttpResponse<byte[]> page = this.officer.get("/console/evidence?caseId=" + caseId, null);
		assertThat(page.statusCode()).isEqualTo(200);
		String html = new String(page.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("上传证据")
			.contains("evidence-" + id)
			.contains("询问录音.mp4")
			.contains("<video controls preload=\"none\" src=\"/api/v1/evidence/" + id + "/content\"")
			.contains("accept=\"video/*,audio/*,image/*,application/pdf\" capture")
			.contains("/js/evidence-upload.js")
			.doesNotContain("<script>");
		// reviewers read the page without the upload form; administrators do not reach it
		HttpResponse<byte[]> forReviewer = new Tus(this.port, "reviewer").get("/console/evidence?caseId=" + caseId,
				null);
		assertThat(forReviewer.statusCode()).isEqualTo(200);
		assertThat(new String(forReviewer.body(), StandardCharsets.UTF_8)).contains("询问录音.mp4")
			.doesNotContain("evidence-upload\"");
		assertThat(new Tus(this.port, "admin").get("/console/evidence", null).statusCode()).isEqualTo(403);
	}

	@Test
	void afterACrashRecoveryUndoesAnUncommittedCompletionAndDeletesOrphanFilesButKeepsResumableUploads()
			throws Exception {
		byte[] data = EvidenceFixtures.mp4(100_000, 12);
		URI receiving = this.officer.created(data.length, Tus.metadata("续传中.mp4"));
		this.officer.patch(receiving, 0, data, 0, 70_000);
		// a completion killed between the rename into the blob store and the commit
		URI completing = this.officer.created(data.length, Tus.metadata("未提交.mp4"));
		byte[] lost = EvidenceFixtures.mp4(30_000, 13);
		String key = this.blobs.put(new java.io.ByteArrayInputStream(lost)).key();
		this.jdbc.sql("update evidence_upload set state = 'COMPLETING', sha256 = ?, sm3 = ? where id = ?")
			.params(key, sm3(lost), uuidOf(completing))
			.update();
		Files.deleteIfExists(this.uploads.partial(uuidOf(completing)));
		Path orphan = this.uploads.partial(UUID.randomUUID());
		Files.write(orphan, new byte[10]);

		this.uploads.recover();

		assertThat(orphan).doesNotExist();
		assertThat(this.blobs.contains(key)).isFalse();
		assertThat(this.officer.head(completing).statusCode()).isEqualTo(404);
		assertThat(this.officer.offset(receiving)).isEqualTo(70_000);
		HttpResponse<String> rest = this.officer.patch(receiving, 70_000, data, 70_000, data.length);
		assertThat(rest.statusCode()).isEqualTo(204);
		assertThat(this.vault.item(UUID.fromString(rest.headers().firstValue("Evidence-Id").orElseThrow()))
			.orElseThrow()
			.sha256()).isEqualTo(sha256(data));
	}

	@Test
	void theStartUpCleanUpRemovesFilesNoModuleNamesAndKeepsWindowPhotosAndMaterials() throws Exception {
		String orphan = this.blobs.put(new java.io.ByteArrayInputStream(EvidenceFixtures.mp4(20_000, 14))).key();
		List<String> photos = this.jdbc.sql("select photo_key from disclosure_window_staff where photo_key is not null")
			.query(String.class)
			.list();
		List<String> materials = this.jdbc.sql("select sha256 from casework_material where sha256 is not null limit 3")
			.query(String.class)
			.list();
		assertThat(photos).as("the demo window's staff photos").isNotEmpty();

		this.crashRecovery.removeUnreferencedFiles();

		assertThat(this.blobs.contains(orphan)).isFalse();
		for (String key : photos) {
			assertThat(this.blobs.contains(key)).as("window photo %s", key).isTrue();
		}
		for (String key : materials) {
			assertThat(this.blobs.contains(key)).as("material %s", key).isTrue();
		}
	}

	private long awaitOffsetAbove(URI upload, long offset) throws Exception {
		for (int i = 0; i < 100; i++) {
			long now = this.officer.offset(upload);
			if (now > offset) {
				// the server records the bytes once it notices the dropped connection
				Thread.sleep(100);
				return this.officer.offset(upload);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("offset did not move past " + offset);
	}

	private HttpResponse<String> awaitEvidenceId(URI upload) throws Exception {
		for (int i = 0; i < 100; i++) {
			HttpResponse<String> head = this.officer.head(upload);
			if (head.headers().firstValue("Evidence-Id").isPresent()) {
				return head;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the upload did not complete");
	}

	private long awaitOffset(URI upload, long offset) throws Exception {
		for (int i = 0; i < 100; i++) {
			if (this.officer.offset(upload) == offset) {
				return offset;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("offset did not reach " + offset + ": " + this.officer.offset(upload));
	}

	private long journalCount(String type, UUID id) {
		return this.jdbc.sql("select count(*) from journal_entry where type = ? and entry like ?")
			.params(type, "%" + id + "%")
			.query(Long.class)
			.single();
	}

	private long evidenceRows() {
		return this.jdbc.sql("select count(*) from evidence_item").query(Long.class).single();
	}

	private static UUID uuidOf(URI upload) {
		String path = upload.getPath();
		return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
	}

	static String sha256(byte[] data) throws Exception {
		return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}

	static String sm3(byte[] data) {
		SM3Digest d = new SM3Digest();
		d.update(data, 0, data.length);
		byte[] out = new byte[32];
		d.doFinal(out, 0);
		return HEX.formatHex(out);
	}

}
