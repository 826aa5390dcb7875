package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence module's API: the items of a case (for the audio/video gates, JL-3, JL-4),
 * their content with a chain-of-custody entry for every view, download, export and share
 * (JL-1), deletion only after the retention end (JL-6), and verification of every stored
 * file against its recorded digest. Uploads arrive through the resumable upload endpoint
 * ({@code /api/v1/evidence/uploads}, tus 1.0).
 */
@Service
public class EvidenceVault {

	/** 北京时间: capture times shown and entered in the agency's local time. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final EvidenceItems items;

	private final BlobStore blobs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final ArchivedCases archived;

	EvidenceVault(EvidenceItems items, BlobStore blobs, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transactions, JdbcClient jdbc, ArchivedCases archived) {
		this.jdbc = jdbc;
		this.archived = archived;
		this.items = items;
		this.blobs = blobs;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** How the content is used, for the custody entry. */
	public enum Access {

		/** Played or shown in the browser: {@link EvidenceViewed}. */
		VIEW,
		/** Saved as a file: {@link EvidenceDownloaded}. */
		DOWNLOAD,
		/**
		 * A further byte range of a playback already recorded (a seek): no new entry.
		 */
		CONTINUED

	}

	/** Content to stream, with its metadata. The resource can be opened repeatedly. */
	public record Content(EvidenceItem item, Resource resource) {
	}

	/**
	 * The result of {@link #verify()}: how many stored files were re-hashed and which no
	 * longer match.
	 */
	public record Verification(int checked, List<Mismatch> mismatches) {

		public boolean intact() {
			return this.mismatches.isEmpty();
		}

	}

	/** A stored file that differs from its record ({@code found} = "missing" if gone). */
	public record Mismatch(UUID evidenceId, String fileName, String sha256, String found) {
	}

	/** The case's evidence still held (tombstones left out), in capture order. */
	@Transactional(readOnly = true)
	public List<EvidenceItem> itemsOf(UUID caseId) {
		return this.items.ofCase(caseId).stream().filter(i -> !i.deleted()).toList();
	}

	/** The case's evidence of one activity, for the audio/video gates (JL-3). */
	@Transactional(readOnly = true)
	public List<EvidenceItem> itemsOf(UUID caseId, Activity activity) {
		return itemsOf(caseId).stream().filter(i -> i.activity() == activity).toList();
	}

	/**
	 * The audio/video items of one activity of a case — what the recording gates count
	 * (JL-3): photos and documents are evidence, but not a recording of the activity.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceItem> recordingsOf(UUID caseId, Activity activity) {
		return itemsOf(caseId, activity).stream()
			.filter(i -> i.mediaType() != null
					&& (i.mediaType().startsWith("video/") || i.mediaType().startsWith("audio/")))
			.toList();
	}

	/**
	 * 免于音像记录 approved by a 负责人 (JL-5): the reason is required; the approval is journaled
	 * and never edited.
	 */
	@Transactional
	public UUID approveRecordingExemption(UUID caseId, Activity activity, String reason, String director) {
		if (caseId == null) {
			throw InputRejected.invalid("caseId", "请指明案件");
		}
		if (activity == null) {
			throw InputRejected.invalid("activity", "请选择活动类型");
		}
		if (reason == null || reason.isBlank()) {
			throw InputRejected.invalid("reason", "请填写免于音像记录的理由（如设备故障、涉及国家秘密或商业秘密、个人隐私、紧急情况）");
		}
		if (reason.strip().length() > 500) {
			throw InputRejected.invalid("reason", "理由不能超过500字");
		}
		refuseIfArchived(caseId);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into evidence_exemption (id, case_id, activity, reason, approved_by, approved_at) "
					+ "values (:id, :caseId, :activity, :reason, :by, :at)")
			.param("id", id)
			.param("caseId", caseId)
			.param("activity", activity.name())
			.param("reason", reason.strip())
			.param("by", director)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		this.events.publishEvent(new RecordingExemptionApproved(id, caseId, activity, reason.strip(), director));
		return id;
	}

	/** The reason a 负责人 approved for recording none of this activity, if any (JL-5). */
	@Transactional(readOnly = true)
	public Optional<String> approvedExemption(UUID caseId, Activity activity) {
		return this.jdbc
			.sql("select reason from evidence_exemption where case_id = :caseId and activity = :activity "
					+ "order by approved_at desc limit 1")
			.param("caseId", caseId)
			.param("activity", activity.name())
			.query(String.class)
			.optional();
	}

	/**
	 * How one activity of a case stands for the recording gates (JL-3, JL-5): whether
	 * audio/video of it is held, and the latest approved exemption's reason, or
	 * {@code null}.
	 */
	public record ActivityRecording(UUID caseId, Activity activity, boolean recorded, String approvedExemption) {
	}

	/**
	 * {@link #recordingsOf} and {@link #approvedExemption} for many cases at once, in one
	 * query (supervision counts them over a year of cases): every activity of the given
	 * cases that has audio/video held or an approved exemption. An activity not in the
	 * answer has neither.
	 */
	@Transactional(readOnly = true)
	public List<ActivityRecording> recordingsOfCases(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		String[] ids = caseIds.stream().map(UUID::toString).distinct().toArray(String[]::new);
		return this.jdbc.sql("""
				with ids as (select unnest(cast(? as uuid[])) as case_id),
				recorded as (
				  select distinct i.case_id, i.activity from evidence_item i join ids on ids.case_id = i.case_id
				  where i.deleted_at is null and (i.media_type like 'video/%' or i.media_type like 'audio/%')),
				exempted as (
				  select distinct on (e.case_id, e.activity) e.case_id, e.activity, e.reason
				  from evidence_exemption e join ids on ids.case_id = e.case_id
				  order by e.case_id, e.activity, e.approved_at desc)
				select coalesce(r.case_id, x.case_id) as case_id, coalesce(r.activity, x.activity) as activity,
				  r.case_id is not null as recorded, x.reason
				from recorded r full join exempted x on x.case_id = r.case_id and x.activity = r.activity""")
			.params(new Object[] { ids })
			.query((rs, n) -> new ActivityRecording(rs.getObject("case_id", UUID.class),
					Activity.valueOf(rs.getString("activity")), rs.getBoolean("recorded"), rs.getString("reason")))
			.list();
	}

	/** Every item of the case, tombstones included: its history. */
	@Transactional(readOnly = true)
	public List<EvidenceItem> historyOf(UUID caseId) {
		return this.items.ofCase(caseId);
	}

	@Transactional(readOnly = true)
	public List<EvidenceItem> latest(int limit) {
		return this.items.latest(limit);
	}

	@Transactional(readOnly = true)
	public Optional<EvidenceItem> item(UUID id) {
		return this.items.find(id);
	}

	/**
	 * The content of an item, recording the access in the journal in this transaction
	 * (chain of custody): if the entry cannot be written, the content is not handed out.
	 */
	@Transactional
	public Content open(UUID id, String actor, Access access) {
		EvidenceItem item = this.items.find(id).orElseThrow(() -> new NotFound("证据不存在"));
		if (item.deleted()) {
			throw new NotFound("证据已于保存期限届满后删除，仅保留删除记录");
		}
		switch (access) {
			case VIEW -> this.events.publishEvent(new EvidenceViewed(id, item.caseId(), actor));
			case DOWNLOAD -> this.events.publishEvent(new EvidenceDownloaded(id, item.caseId(), actor));
			case CONTINUED -> {
			}
		}
		return new Content(item, new StoredContent(this.blobs, item));
	}

	/**
	 * Records that the item was exported (into an electronic case file, a package for a
	 * court); the exporter reads it with {@link #open} and {@link Access#CONTINUED}.
	 */
	@Transactional
	public void exported(UUID id, String actor, String purpose) {
		EvidenceItem item = held(id);
		this.events.publishEvent(new EvidenceExported(id, item.caseId(), actor, required("purpose", purpose, "用途")));
	}

	/** Records that the item was handed to someone outside the case team. */
	@Transactional
	public void shared(UUID id, String actor, String recipient, String purpose) {
		EvidenceItem item = held(id);
		this.events.publishEvent(new EvidenceShared(id, item.caseId(), actor, required("recipient", recipient, "接收方"),
				required("purpose", purpose, "用途")));
	}

	/**
	 * Deletes an item whose retention has ended (JL-6): before that, 409. The row stays
	 * as a tombstone with its digests and an {@link EvidenceDeleted} entry; the stored
	 * file is removed once no record names it.
	 */
	public void delete(UUID id, String actor, String reason) {
		String key = this.transactions.execute(status -> {
			EvidenceItem item = this.items.findForUpdate(id).orElseThrow(() -> new NotFound("证据不存在"));
			if (item.deleted()) {
				throw InputRejected.conflict("id", "该证据已删除");
			}
			refuseIfArchived(item.caseId());
			LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
			if (today.isBefore(item.retentionEnd())) {
				throw InputRejected.conflict("retentionEnd", "保存期限未满，不得删除：该证据应保存至 " + item.retentionEnd() + "（不含当日）");
			}
			this.items.tombstone(id, this.clock.instant(), actor);
			this.events.publishEvent(
					new EvidenceDeleted(id, item.caseId(), actor, item.sha256(), required("reason", reason, "删除理由")));
			return item.sha256();
		});
		this.transactions.executeWithoutResult(status -> {
			this.items.removeIfUnreferenced(key, this.blobs);
		});
	}

	/**
	 * Keeps the case's evidence with its archived case file (JL-6: audio/video used as
	 * evidence is archived with the case and kept as long): every item of the case whose
	 * retention ends earlier is kept until {@code retainUntil}; journaled as
	 * {@link EvidenceRetentionExtended} when any was. Called by casework in the archiving
	 * transaction. Answers how many items were raised.
	 */
	@Transactional
	public int retainWithCase(UUID caseId, LocalDate retainUntil, String actor) {
		int raised = this.items.retainUntil(caseId, retainUntil);
		if (raised > 0) {
			this.events.publishEvent(new EvidenceRetentionExtended(caseId, retainUntil, raised, actor));
		}
		return raised;
	}

	/**
	 * 409 when the case is archived: its evidence is frozen (nothing added, deleted or
	 * exempted). Inside the changing transaction, which the archive then waits for.
	 */
	void refuseIfArchived(UUID caseId) {
		if (caseId != null && this.archived.archived(caseId)) {
			throw InputRejected.conflict("caseId", ARCHIVED);
		}
	}

	/** Why the evidence of an archived case does not change. */
	static final String ARCHIVED = "案件已归档，不能修改：已归档案件的证据不能再上传、删除或批准免于音像记录";

	/**
	 * Re-hashes every stored evidence file and names each one that no longer matches its
	 * recorded SHA-256 and SM3 (a flipped byte, a replaced or missing file); each
	 * mismatch is journaled as {@link EvidenceVerificationFailed}.
	 */
	public Verification verify() {
		List<Mismatch> mismatches = new ArrayList<>();
		List<EvidenceItem> stored = this.items.stored();
		for (EvidenceItem item : stored) {
			String found = rehash(item);
			if (found != null) {
				mismatches.add(new Mismatch(item.id(), item.fileName(), item.sha256(), found));
				this.transactions.executeWithoutResult(s -> this.events.publishEvent(
						new EvidenceVerificationFailed(item.id(), item.caseId(), "system", item.sha256(), found)));
			}
		}
		return new Verification(stored.size(), List.copyOf(mismatches));
	}

	/** {@code null} when the file matches, else what was found. */
	private String rehash(EvidenceItem item) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		Sm3 sm3 = new Sm3();
		long size = 0;
		try (InputStream in = this.blobs.open(item.sha256())) {
			byte[] buffer = new byte[1024 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				sha256.update(buffer, 0, n);
				sm3.update(buffer, 0, n);
				size += n;
			}
		}
		catch (NoSuchFileException ex) {
			return "missing";
		}
		catch (IOException ex) {
			return "unreadable: " + ex.getMessage();
		}
		String foundSha = HexFormat.of().formatHex(sha256.digest());
		String foundSm3 = HexFormat.of().formatHex(sm3.digest());
		if (!foundSha.equals(item.sha256())) {
			return foundSha;
		}
		if (!foundSm3.equals(item.sm3()) || size != item.size()) {
			return "sm3 " + foundSm3;
		}
		return null;
	}

	private EvidenceItem held(UUID id) {
		EvidenceItem item = this.items.find(id).orElseThrow(() -> new NotFound("证据不存在"));
		if (item.deleted()) {
			throw new NotFound("证据已删除");
		}
		return item;
	}

	private static String required(String field, String value, String label) {
		if (value == null || value.isBlank()) {
			throw InputRejected.invalid(field, "请填写" + label);
		}
		if (value.length() > 500) {
			throw InputRejected.invalid(field, label + "不能超过 500 个字");
		}
		return value.strip();
	}

	/** A stored file as a resource that can be opened again for each byte range. */
	static final class StoredContent extends AbstractResource {

		private final BlobStore blobs;

		private final EvidenceItem item;

		StoredContent(BlobStore blobs, EvidenceItem item) {
			this.blobs = blobs;
			this.item = item;
		}

		/**
		 * Opened on first use: Spring serves a byte range by skipping to its start, and a
		 * skip before any read opens the store at that offset instead (a ranged GET on an
		 * object store), so seeking in a long recording does not read what lies before.
		 */
		@Override
		public InputStream getInputStream() throws IOException {
			if (!this.blobs.contains(this.item.sha256())) {
				throw new NoSuchFileException(this.item.sha256());
			}
			return new Ranged(this.blobs, this.item.sha256());
		}

		@Override
		public long contentLength() {
			return this.item.size();
		}

		@Override
		public String getFilename() {
			return this.item.fileName();
		}

		@Override
		public boolean exists() {
			return this.blobs.contains(this.item.sha256());
		}

		@Override
		public String getDescription() {
			return "evidence " + this.item.id();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof StoredContent s && s.item.id().equals(this.item.id());
		}

		@Override
		public int hashCode() {
			return this.item.id().hashCode();
		}

	}

	/** A stored file opened lazily, at the offset of a first skip. */
	static final class Ranged extends InputStream {

		private final BlobStore blobs;

		private final String key;

		private InputStream in;

		private long offset;

		Ranged(BlobStore blobs, String key) {
			this.blobs = blobs;
			this.key = key;
		}

		private InputStream in() throws IOException {
			if (this.in == null) {
				this.in = this.blobs.open(this.key, this.offset);
			}
			return this.in;
		}

		@Override
		public long skip(long n) throws IOException {
			if (this.in == null && n > 0) {
				this.offset += n;
				return n;
			}
			return in().skip(n);
		}

		@Override
		public int read() throws IOException {
			return in().read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return in().read(b, off, len);
		}

		@Override
		public void close() throws IOException {
			if (this.in != null) {
				this.in.close();
			}
		}

	}

}
