package org.sanxiang.supervision.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The implementation ledger (落实台账) of the three systems: creates and edits tasks, records
 * progress notes (append-only) and evidence files, completes and reopens tasks. Every
 * command checks its input first (422 with a Chinese message), runs in one transaction
 * and publishes its event there for the journal (JL-1).
 */
@Service
class Ledger {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 2000;

	static final int MAX_FILE_NAME = 200;

	private final LedgerTasks tasks;

	private final LedgerFiles files;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DataSize maxFileSize;

	Ledger(LedgerTasks tasks, LedgerFiles files, Catalog catalog, ApplicationEventPublisher events, Clock clock,
			@Value("${sanxiang.supervision.ledger.max-file-size:20MB}") DataSize maxFileSize) {
		this.tasks = tasks;
		this.files = files;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
		this.maxFileSize = maxFileSize;
	}

	/** Which tasks to list; null fields match all. */
	record Filter(LedgerStatus status, String unitCode, LedgerCategory category) {

		static final Filter ALL = new Filter(null, null, null);

	}

	/** A task with its notes and files. */
	record Details(LedgerTask task, List<LedgerTasks.Note> notes, List<LedgerTasks.Evidence> evidence) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	ZoneId zone() {
		return this.clock.getZone();
	}

	long maxFileSize() {
		return this.maxFileSize.toBytes();
	}

	@Transactional(readOnly = true)
	List<LedgerTask> list(Filter filter) {
		LocalDate today = today();
		return this.tasks.all()
			.stream()
			.filter(t -> filter.status() == null || t.statusOn(today) == filter.status())
			.filter(t -> filter.unitCode() == null || t.unitCode().equals(filter.unitCode()))
			.filter(t -> filter.category() == null || t.category() == filter.category())
			.toList();
	}

	@Transactional(readOnly = true)
	Details open(UUID id) {
		LedgerTask task = this.tasks.find(id).orElseThrow(Ledger::notFound);
		return new Details(task, this.tasks.notes(id), this.tasks.evidence(id));
	}

	@Transactional
	UUID create(TaskForm form, String actor) {
		Checked c = check(form, true);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.tasks.insert(id, c.title(), c.category(), c.unitCode(), c.owner(), c.deadline(), actor, now);
		this.events.publishEvent(new LedgerTaskCreated(id, c.title(), c.category().name(), c.unitCode(), c.owner(),
				c.deadline(), actor, now));
		return id;
	}

	@Transactional
	void edit(UUID id, TaskForm form, String actor) {
		LedgerTask task = this.tasks.lock(id).orElseThrow(Ledger::notFound);
		// an unchanged deadline may lie in the past (that is what makes a task overdue);
		// a
		// new one may not
		Checked c = check(form, !task.deadline().equals(form.deadline()));
		this.tasks.update(id, c.title(), c.category(), c.unitCode(), c.owner(), c.deadline());
		this.events.publishEvent(new LedgerTaskEdited(id, c.title(), c.category().name(), c.unitCode(), c.owner(),
				c.deadline(), actor, this.clock.instant()));
	}

	@Transactional
	void note(UUID id, String text, String actor) {
		this.tasks.lock(id).orElseThrow(Ledger::notFound);
		String note = text(text, "note", "请填写进展情况");
		Instant now = this.clock.instant();
		long noteId = this.tasks.addNote(id, actor, now, note);
		this.events.publishEvent(new LedgerNoteRecorded(id, noteId, sha256(note), actor, now));
	}

	@Transactional
	void addEvidence(UUID id, String fileName, String mediaType, long size, InputStream content, String actor) {
		this.tasks.lock(id).orElseThrow(Ledger::notFound);
		String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.isEmpty()) {
			throw InputRejected.unprocessable("file", "请选择要上传的佐证材料文件");
		}
		if (size <= 0) {
			throw InputRejected.unprocessable("file", "上传的文件是空的，请重新选择");
		}
		if (size > this.maxFileSize.toBytes()) {
			throw InputRejected.unprocessable("file",
					"文件不能超过 " + this.maxFileSize.toMegabytes() + " MB（该文件约 " + (size / 1024 / 1024) + " MB）");
		}
		if (name.length() > MAX_FILE_NAME) {
			name = name.substring(name.length() - MAX_FILE_NAME);
		}
		String type = (mediaType == null || mediaType.isBlank() || mediaType.length() > 100)
				? "application/octet-stream" : mediaType.strip();
		BlobStore.Blob blob;
		try {
			// the store writes to a temporary file while hashing and renames it only once
			// complete and durable, so the row below names a whole file
			blob = this.files.put(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (blob.size() == 0) {
			throw InputRejected.unprocessable("file", "上传的文件是空的，请重新选择");
		}
		Instant now = this.clock.instant();
		long evidenceId = this.tasks.addEvidence(id, name, type, blob.key(), blob.sm3(), blob.size(), actor, now);
		this.events.publishEvent(
				new LedgerEvidenceAdded(id, evidenceId, name, blob.sm3(), blob.sha256(), blob.size(), actor, now));
	}

	/** The stored file of an evidence item, for download; the caller closes it. */
	InputStream content(LedgerTasks.Evidence evidence) throws IOException {
		return this.files.open(evidence.blobKey());
	}

	@Transactional(readOnly = true)
	LedgerTasks.Evidence evidence(UUID task, long id) {
		return this.tasks.evidence(task, id).orElseThrow(() -> new NotFound("没有找到该佐证材料"));
	}

	@Transactional
	void complete(UUID id, String summary, String actor) {
		LedgerTask task = this.tasks.lock(id).orElseThrow(Ledger::notFound);
		if (task.completed()) {
			throw InputRejected.unprocessable("summary", "该任务已完成；如需继续办理，请先重新打开");
		}
		if (task.category() == LedgerCategory.RECTIFICATION && task.evidence() == 0) {
			// a finding of 督查 is closed with evidence of its rectification, never by a
			// note
			throw InputRejected.unprocessable("summary", "督查整改任务须先上传整改佐证材料，才能确认完成");
		}
		String text = text(summary, "summary", "请填写完成情况");
		LocalDate today = today();
		this.tasks.complete(id, today, actor, text);
		this.events.publishEvent(new LedgerTaskCompleted(id, today, sha256(text), actor, this.clock.instant()));
	}

	@Transactional
	void reopen(UUID id, String reason, String actor) {
		LedgerTask task = this.tasks.lock(id).orElseThrow(Ledger::notFound);
		if (!task.completed()) {
			throw InputRejected.unprocessable("reason", "该任务尚未完成，无需重新打开");
		}
		String text = text(reason, "reason", "请填写重新打开的原因");
		Instant now = this.clock.instant();
		this.tasks.reopen(id);
		this.tasks.addNote(id, actor, now, "重新打开：" + text);
		this.events.publishEvent(new LedgerTaskReopened(id, sha256(text), actor, now));
	}

	private record Checked(String title, LedgerCategory category, String unitCode, String owner, LocalDate deadline) {
	}

	private Checked check(TaskForm form, boolean newDeadline) {
		List<FieldError> errors = new ArrayList<>();
		String title = form.title() == null ? "" : form.title().strip();
		if (title.isEmpty()) {
			errors.add(new FieldError("title", "请填写任务名称"));
		}
		else if (title.length() > MAX_TITLE) {
			errors.add(new FieldError("title", "任务名称不能超过" + MAX_TITLE + "个字"));
		}
		LedgerCategory category = LedgerCategory.parse(form.category());
		if (category == null) {
			errors.add(new FieldError("category", "请选择任务类别"));
		}
		String unit = form.unitCode() == null ? "" : form.unitCode().strip();
		if (unit.isEmpty() || this.catalog.unit(unit).isEmpty()) {
			errors.add(new FieldError("unitCode", unit.isEmpty() ? "请选择责任单位" : "没有该责任单位：" + unit));
		}
		String owner = form.owner() == null ? "" : form.owner().strip();
		if (owner.isEmpty()) {
			errors.add(new FieldError("owner", "请填写责任人"));
		}
		else if (owner.length() > 100) {
			errors.add(new FieldError("owner", "责任人不能超过100个字"));
		}
		if (form.deadline() == null) {
			errors.add(new FieldError("deadline", "请填写完成期限"));
		}
		else if (newDeadline && form.deadline().isBefore(today())) {
			errors.add(new FieldError("deadline", "完成期限不能早于今天（" + today() + "）"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		return new Checked(title, category, unit, owner, form.deadline());
	}

	private static String text(String value, String field, String missing) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw InputRejected.unprocessable(field, missing);
		}
		if (text.length() > MAX_TEXT) {
			throw InputRejected.unprocessable(field, "不能超过" + MAX_TEXT + "个字（现有" + text.length() + "个字）");
		}
		return text;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NotFound notFound() {
		return new NotFound("没有找到该落实台账任务");
	}

}
