package org.sanxiang.documents;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.crypto.digests.SM3Digest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.journal.CaseRecordExport;
import org.sanxiang.journal.Journal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case file as a package (案卷包, ZIP) for a court, a reviewing body or the archives:
 * the case-file PDF, each document's PDF as issued, each evidence file as stored, the
 * journal's record of the case with the inclusion proof of every entry in one signed tree
 * head ({@link Journal#exportCase}), and {@code manifest.json}, which lists every file
 * with its SM3 (and SHA-256 for evidence) and, for the case file, each document and each
 * evidence item, the journal entry that recorded it with its inclusion proof — so an
 * outsider checks with the package alone that each file is the one the agency recorded.
 * <p>
 * Everything that goes in is fixed, and the hand-over recorded (one
 * {@code EvidenceExported} per evidence item, {@link CaseFileExported}, and the journal's
 * own {@code CaseRecordExported}), in one transaction before the first byte is written;
 * then the files are streamed one after another — evidence straight from the store in
 * small buffers, never whole in memory — and the manifest comes last, with what was
 * actually written.
 */
@Component
class CaseFilePackage {

	static final String FORMAT = "sanxiang-case-file/v1";

	static final String MANIFEST = "manifest.json";

	static final String CASE_FILE = "case-file.pdf";

	static final String JOURNAL = "journal/case-record.json";

	private static final HexFormat HEX = HexFormat.of();

	private final CaseFileBook book;

	private final CaseFacts cases;

	private final IssuedDocuments issued;

	private final EvidenceVault vault;

	private final Journal journal;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseFilePackage(CaseFileBook book, CaseFacts cases, IssuedDocuments issued, EvidenceVault vault, Journal journal,
			JsonMapper json, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.book = book;
		this.cases = cases;
		this.issued = issued;
		this.vault = vault;
		this.journal = journal;
		this.json = json;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** What one package holds, fixed and recorded before it is written. */
	record Prepared(CaseFileBook.Stored caseFile, String caseNumber, List<IssuedDocument> documents,
			List<EvidenceItem> evidence, CaseRecordExport record, String actor, Instant at) {
	}

	/** The case-file PDF, its hand-over journaled. */
	CaseFileBook.Stored pdf(UUID caseId, String actor) {
		CaseFileBook.Stored stored = this.book.caseFile(caseId);
		this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new CaseFileExported(caseId, actor, "pdf", stored.sm3())));
		return stored;
	}

	/** The case's number, for file names. */
	String caseNumber(UUID caseId) {
		return this.cases.find(new CaseId(caseId)).map(CaseSnapshot::number).orElse(caseId.toString());
	}

	/**
	 * Fixes what the package holds and records its hand-over; 404 for an unknown case,
	 * 409 for one not archived.
	 */
	Prepared prepare(UUID caseId, String actor) {
		CaseFileBook.Stored stored = this.book.caseFile(caseId);
		String number = caseNumber(caseId);
		return this.transactions.execute(status -> {
			List<IssuedDocument> documents = this.book.documentsOf(caseId);
			List<EvidenceItem> evidence = this.vault.itemsOf(caseId);
			for (EvidenceItem item : evidence) {
				this.vault.exported(item.id(), actor, "电子案卷导出（案卷包 " + number + "）");
			}
			this.events.publishEvent(new CaseFileExported(caseId, actor, "zip", stored.sm3()));
			CaseRecordExport record = this.journal.exportCase(caseId, actor);
			return new Prepared(stored, number, documents, evidence, record, actor, this.clock.instant());
		});
	}

	/** Writes the package to {@code out} (not closed). */
	void write(Prepared p, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		ObjectNode manifest = this.json.createObjectNode();
		manifest.put("format", FORMAT);
		manifest.put("caseId", p.caseFile().caseId().toString());
		manifest.put("caseNumber", p.caseNumber());
		manifest.put("exportedAt", p.at().toString());
		manifest.put("exportedBy", p.actor());
		manifest.put("hashAlgorithm", p.record().hashAlgorithm());
		manifest.set("treeHead", this.json.valueToTree(p.record().treeHead()));
		manifest.set("publicKey", this.json.valueToTree(p.record().publicKey()));
		ArrayNode files = manifest.putArray("files");
		ArrayNode problems = manifest.putArray("problems");

		Written written = put(zip, CASE_FILE, p.caseFile().pdf(), Deflater.DEFAULT_COMPRESSION);
		ObjectNode caseFile = file(files, CASE_FILE, "case-file", written);
		caseFile.put("pages", p.caseFile().pages());
		proof(caseFile, p.record(), "CaseFileAssembled", p.caseFile().sm3(), null, problems);

		int n = 0;
		for (IssuedDocument d : p.documents()) {
			n++;
			String path = "documents/" + String.format("%02d", n) + "-"
					+ safe(d.number() == null ? d.title() : d.number()) + ".pdf";
			written = put(zip, path, this.issued.pdf(d.id()), Deflater.DEFAULT_COMPRESSION);
			ObjectNode entry = file(files, path, "document", written);
			entry.put("number", d.number());
			entry.put("title", d.title());
			entry.put("issuedOn", d.issuedOn() == null ? null : d.issuedOn().toString());
			entry.put("status", d.status());
			if (d.sm3() != null && !d.sm3().equalsIgnoreCase(written.sm3())) {
				problems.add(path + "：文件的SM3与出具时登记的不符（登记 " + d.sm3() + "）");
			}
			proof(entry, p.record(), "DocumentIssued", written.sm3(), d.number(), problems);
		}

		n = 0;
		for (EvidenceItem item : p.evidence()) {
			n++;
			String path = "evidence/" + String.format("%02d", n) + "-" + safe(item.fileName());
			EvidenceVault.Content content = this.vault.open(item.id(), p.actor(), EvidenceVault.Access.CONTINUED);
			try (InputStream in = content.resource().getInputStream()) {
				written = put(zip, path, in, Deflater.NO_COMPRESSION);
			}
			ObjectNode entry = file(files, path, "evidence", written);
			entry.put("evidenceId", item.id().toString());
			entry.put("fileName", item.fileName());
			entry.put("activity", item.activity().label());
			entry.put("mediaType", item.mediaType());
			entry.put("captureStart", item.captureStart().toString());
			entry.put("captureEnd", item.captureEnd().toString());
			// the digests recorded when it was stored: what the journal entry proves
			entry.put("sm3", item.sm3());
			entry.put("sha256", item.sha256());
			if (!item.sm3().equalsIgnoreCase(written.sm3()) || !item.sha256().equalsIgnoreCase(written.sha256())) {
				entry.put("contentSm3", written.sm3());
				entry.put("contentSha256", written.sha256());
				problems.add(path + "：存储中的文件与存入时登记的哈希不符（SM3 " + written.sm3() + "）");
			}
			proof(entry, p.record(), "EvidenceAdded", item.id().toString(), null, problems);
		}

		written = put(zip, JOURNAL, this.json.writeValueAsString(p.record()).getBytes(StandardCharsets.UTF_8),
				Deflater.DEFAULT_COMPRESSION);
		ObjectNode journalFile = file(files, JOURNAL, "journal", written);
		journalFile.put("entries", p.record().entries().size());
		manifest.set("howToVerify", this.json.valueToTree(steps()));
		put(zip, MANIFEST,
				this.json.writerWithDefaultPrettyPrinter()
					.writeValueAsString(manifest)
					.getBytes(StandardCharsets.UTF_8),
				Deflater.DEFAULT_COMPRESSION);
		zip.finish();
		zip.flush();
	}

	private ObjectNode file(ArrayNode files, String path, String kind, Written written) {
		ObjectNode file = files.addObject();
		file.put("path", path);
		file.put("kind", kind);
		file.put("size", written.size());
		file.put("sm3", written.sm3());
		if ("evidence".equals(kind)) {
			file.put("sha256", written.sha256());
		}
		return file;
	}

	/**
	 * Adds to {@code file} the journal entry of {@code type} that names {@code key} (an
	 * SM3, or an evidence id) — or {@code alsoKey} — with its inclusion proof in the
	 * export's signed head; a problem when there is none.
	 */
	private void proof(ObjectNode file, CaseRecordExport record, String type, String key, String alsoKey,
			ArrayNode problems) {
		Optional<CaseRecordExport.ProvenEntry> found = Optional.empty();
		for (CaseRecordExport.ProvenEntry e : record.entries()) {
			if (e.type().equals(type) && (names(e, key) || (alsoKey != null && names(e, alsoKey)))) {
				found = Optional.of(e);
			}
		}
		if (found.isEmpty()) {
			file.putNull("recorded");
			problems.add(file.path("path").asString() + "：全过程记录中没有其存入记录（" + type + "）");
			return;
		}
		CaseRecordExport.ProvenEntry e = found.get();
		ObjectNode proof = file.putObject("recorded");
		proof.put("seq", e.seq());
		proof.put("type", e.type());
		proof.put("treeSize", record.treeHead().size());
		proof.put("entry", e.entry());
		proof.put("leafHash", e.leafHash());
		ArrayNode path = proof.putArray("path");
		e.inclusionPath().forEach(path::add);
	}

	/** Whether a text value of the entry's payload equals {@code key}. */
	private boolean names(CaseRecordExport.ProvenEntry e, String key) {
		JsonNode payload = this.json.readTree(e.entry()).path("payload");
		for (JsonNode value : payload) {
			if (value.isString() && value.asString().equalsIgnoreCase(key)) {
				return true;
			}
		}
		return false;
	}

	static List<String> steps() {
		return List.of("1. 对 files 中的每个文件：计算其SM3（GB/T 32905-2016），应等于 sm3；证据文件另计算SHA-256，应等于 sha256。",
				"2. 对带有 recorded 的文件：recorded.entry 为全过程记录的原文，其叶哈希 H(0x00 ‖ entry 的 UTF-8 字节) 应等于 leafHash；"
						+ "以 seq、treeSize 和 path 按 RFC 9162 第 2.1.3.2 节计算树根，应等于 treeHead.root；"
						+ "entry 的 payload 中应载有该文件的 SM3（文书、电子案卷）或证据编号及其 SM3、SHA-256（证据）。",
				"3. 以 publicKey（X.509 SubjectPublicKeyInfo，Base64）用 SM3withSM2（用户标识 1234567812345678，GB/T 32918）验证 treeHead.signature，"
						+ "签名内容为 sanxiang-tree-head/v1、hashAlgorithm、size、root、at 五行（以换行分隔）。",
				"4. journal/case-record.json 为本案全部全过程记录及其包含证明，可用平台的 VerifyProof 独立核验；problems 列出导出时发现的不符。");
	}

	/** A file name without path separators or control characters. */
	static String safe(String name) {
		String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.isEmpty() ? "_" : cleaned;
	}

	/** What was written for one file. */
	record Written(long size, String sm3, String sha256) {
	}

	private static Written put(ZipOutputStream zip, String path, byte[] bytes, int level) throws IOException {
		return put(zip, path, new java.io.ByteArrayInputStream(bytes), level);
	}

	private static Written put(ZipOutputStream zip, String path, InputStream in, int level) throws IOException {
		zip.setLevel(level);
		zip.putNextEntry(new ZipEntry(path));
		Digesting out = new Digesting(zip);
		in.transferTo(out);
		zip.closeEntry();
		return out.written();
	}

	/** Passes bytes on while it hashes and counts them. */
	private static final class Digesting extends FilterOutputStream {

		private final SM3Digest sm3 = new SM3Digest();

		private final MessageDigest sha256;

		private long size;

		Digesting(OutputStream out) {
			super(out);
			try {
				this.sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.sm3.update(b, off, len);
			this.sha256.update(b, off, len);
			this.size += len;
			this.out.write(b, off, len);
		}

		@Override
		public void close() {
			// the entry is closed by the caller; the zip stays open
		}

		Written written() {
			byte[] digest = new byte[this.sm3.getDigestSize()];
			this.sm3.doFinal(digest, 0);
			return new Written(this.size, HEX.formatHex(digest), HEX.formatHex(this.sha256.digest()));
		}

	}

}
