package org.sanxiang.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.ApplicationNotAccepted;
import org.sanxiang.casework.ApplicationReceived;
import org.sanxiang.casework.CaseArchived;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The electronic case files (电子案卷) of archived cases ({@code documents_case_file}).
 * <p>
 * Archiving checks, inside its own transaction, that the file can be assembled — every
 * issued document's stored PDF is there and still has the SM3 recorded when it was
 * issued, every evidence file is in the store — and queues it ({@code PENDING}); a case
 * whose file cannot be made is not archived (422, nothing saved). The file is assembled
 * after that transaction commits, on one background thread: laying out a PDF with a 15 MB
 * CJK font takes a tenth of a second to a second, which the archive — and the licensing
 * lifecycle it ends — should not wait for while it holds the case's row. The queue row
 * commits with the archive, so no file is forgotten: a sweep picks up any row left
 * {@code PENDING} (a crash, a failed attempt) and whoever asks for the file first gets it
 * assembled on the spot. The PDF, its SM3 and page count are stored in one transaction
 * with {@link CaseFileAssembled} in the journal, and only once: no half-made file is ever
 * seen. {@code sanxiang.case-file.background=false} leaves assembly to the first request
 * and the sweep (e.g. for a benchmark of casework alone).
 */
@Service
class CaseFileBook implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CaseFileBook.class);

	static final String VOIDED = "已作废";

	private final JdbcClient jdbc;

	private final CaseFacts cases;

	private final Catalog catalog;

	private final IssuedDocuments issued;

	private final EvidenceVault evidence;

	private final CaseFileAssembler assembler;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean background;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "case-file-assembly");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	CaseFileBook(JdbcClient jdbc, CaseFacts cases, Catalog catalog, IssuedDocuments issued, EvidenceVault evidence,
			CaseFileAssembler assembler, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock, @Value("${sanxiang.case-file.background:true}") boolean background) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.catalog = catalog;
		this.issued = issued;
		this.evidence = evidence;
		this.assembler = assembler;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.background = background;
	}

	/**
	 * A stored case file.
	 *
	 * @param pdf the PDF, as stored
	 */
	record Stored(UUID caseId, byte[] pdf, String sm3, int pages, int documents, int evidence) {
	}

	// --- archiving ---

	/**
	 * In the archive's transaction: refuses it (422) when the file could not be made,
	 * else queues the file.
	 */
	@EventListener
	void on(CaseArchived archived) {
		UUID caseId = archived.caseId().value();
		String problem = problem(caseId);
		if (problem != null) {
			throw InputRejected.unprocessable("caseFile", "电子案卷无法组卷，未归档：" + problem);
		}
		this.jdbc.sql("""
				insert into documents_case_file (case_id, status, queued_at) values (:id, 'PENDING', :at)
				on conflict (case_id) do nothing""")
			.param("id", caseId)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Once the archive committed: the file is assembled in the background. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void afterArchive(CaseArchived archived) {
		if (this.background) {
			later(archived.caseId().value());
		}
	}

	/** Files still queued — after a crash, or a failed attempt — are assembled again. */
	// 排队的案卷只由一个节点的巡检重新组卷（归档所在节点在提交后已立即组卷）
	@SchedulerLock(name = "documents-case-file-sweep", lockAtMostFor = "PT10M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(fixedDelayString = "${sanxiang.case-file.sweep-interval:10m}",
			initialDelayString = "${sanxiang.case-file.sweep-initial-delay:1m}")
	void sweep() {
		this.jdbc.sql("select case_id from documents_case_file where status = 'PENDING' order by queued_at")
			.query(UUID.class)
			.list()
			.forEach(this::later);
	}

	private void later(UUID caseId) {
		try {
			this.worker.execute(() -> {
				try {
					caseFile(caseId);
				}
				catch (RuntimeException ex) {
					log.warn("电子案卷组卷失败（案件 {}），将在下次巡检时重试：{}", caseId, ex.getMessage());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the row stays queued for the next start's sweep
		}
	}

	/**
	 * Why the case's file could not be made now, or {@code null}: a document's stored PDF
	 * missing or no longer the one issued, an evidence file missing from the store.
	 */
	String problem(UUID caseId) {
		for (IssuedDocument d : documentsOf(caseId)) {
			byte[] pdf;
			try {
				pdf = this.issued.pdf(d.id());
			}
			catch (RuntimeException ex) {
				return "文书“" + d.title() + "”（" + d.number() + "）的存档PDF无法读取";
			}
			if (pdf == null || (d.sm3() != null && !d.sm3().equalsIgnoreCase(Sm3Digests.hex(pdf)))) {
				return "文书“" + d.title() + "”（" + d.number() + "）的存档PDF与出具时登记的SM3不符";
			}
		}
		for (EvidenceItem item : this.evidence.itemsOf(caseId)) {
			if (!this.evidence.open(item.id(), "system", EvidenceVault.Access.CONTINUED).resource().exists()) {
				return "证据“" + item.fileName() + "”的文件不在存储中（SHA-256 " + item.sha256() + "），请先核查证据存储";
			}
		}
		return null;
	}

	// --- reading ---

	/**
	 * The case's file, assembled now if it is still queued (or the case was archived
	 * before case files existed). 404 for a case that is not archived.
	 */
	Stored caseFile(UUID caseId) {
		Optional<Stored> stored = stored(caseId);
		if (stored.isPresent()) {
			return stored.get();
		}
		CaseFile file = this.transactions.execute(status -> read(caseId));
		CaseFileAssembler.Assembled assembled = this.assembler.assemble(file);
		return this.transactions.execute(status -> store(caseId, file, assembled));
	}

	/** The file if it was assembled; nothing while it is queued. */
	Optional<Stored> stored(UUID caseId) {
		return this.jdbc.sql("""
				select case_id, pdf, sm3, pages, documents, evidence from documents_case_file
				where case_id = :id and status = 'ASSEMBLED'""")
			.param("id", caseId)
			.query((rs, n) -> new Stored(rs.getObject("case_id", UUID.class), rs.getBytes("pdf"), rs.getString("sm3"),
					rs.getInt("pages"), rs.getInt("documents"), rs.getInt("evidence")))
			.optional();
	}

	/** Whether the file is queued, assembled, or not there (the case is not archived). */
	Optional<String> status(UUID caseId) {
		return this.jdbc.sql("select status from documents_case_file where case_id = :id")
			.param("id", caseId)
			.query(String.class)
			.optional();
	}

	/** The documents that belong in the case file: all but the voided, in issue order. */
	List<IssuedDocument> documentsOf(UUID caseId) {
		return this.issued.ofCase(caseId).stream().filter(d -> !VOIDED.equals(d.status())).toList();
	}

	/** Everything the file is made of, read in one transaction. */
	private CaseFile read(UUID caseId) {
		CaseSnapshot c = this.cases.find(new CaseId(caseId)).orElseThrow(() -> new NotFound("未找到该案件：" + caseId));
		CaseArchived archived = last(c.history(), CaseArchived.class)
			.orElseThrow(() -> InputRejected.conflict("caseId", "案件尚未归档，归档时生成电子案卷"));
		String problem = problem(caseId);
		if (problem != null) {
			throw InputRejected.unprocessable("caseFile", "电子案卷无法组卷：" + problem);
		}
		LocalDate receivedOn = last(c.history(), ApplicationReceived.class).map(ApplicationReceived::receivedOn)
			.orElse(null);
		LocalDate decidedOn = last(c.history(), CaseDecided.class).map(CaseDecided::decidedOn)
			.or(() -> last(c.history(), ApplicationNotAccepted.class).map(ApplicationNotAccepted::decidedOn))
			.orElse(null);
		String agency = c.agencyCode() == null ? ""
				: this.catalog.agency(c.agencyCode()).map(Agency::name).orElse(c.agencyCode());
		CaseFile.Cover cover = new CaseFile.Cover(agency, c.number(), c.applicant() + "申请" + c.item().name(),
				receivedOn, decidedOn, archived.archivedOn(), archived.retentionYears(), archived.retainUntil());
		List<CaseFile.Document> documents = new ArrayList<>();
		for (IssuedDocument d : documentsOf(caseId)) {
			documents
				.add(new CaseFile.Document(d.number(), d.issuer(), d.title(), d.issuedOn(), this.issued.pdf(d.id())));
		}
		List<CaseFile.Evidence> evidence = this.evidence.itemsOf(caseId)
			.stream()
			.map(i -> new CaseFile.Evidence(i.fileName(), i.activity().label() + " · " + i.mediaType(),
					i.captureStart(), i.captureEnd(), i.size(), i.sm3(), i.sha256()))
			.toList();
		return new CaseFile(cover, documents, evidence);
	}

	/**
	 * Stores the file and journals it, once: the row is locked, and a file someone else
	 * stored meanwhile is the one kept.
	 */
	private Stored store(UUID caseId, CaseFile file, CaseFileAssembler.Assembled assembled) {
		this.jdbc.sql("""
				insert into documents_case_file (case_id, status, queued_at) values (:id, 'PENDING', :at)
				on conflict (case_id) do nothing""")
			.param("id", caseId)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		String status = this.jdbc.sql("select status from documents_case_file where case_id = :id for update")
			.param("id", caseId)
			.query(String.class)
			.single();
		if (!"PENDING".equals(status)) {
			return stored(caseId).orElseThrow();
		}
		this.jdbc.sql("""
				update documents_case_file set status = 'ASSEMBLED', assembled_at = :at, pdf = :pdf, sm3 = :sm3,
				  pages = :pages, documents = :documents, evidence = :evidence
				where case_id = :id""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("pdf", assembled.pdf())
			.param("sm3", assembled.sm3())
			.param("pages", assembled.pages())
			.param("documents", file.documents().size())
			.param("evidence", file.evidence().size())
			.param("id", caseId)
			.update();
		this.events.publishEvent(new CaseFileAssembled(caseId, file.cover().caseNumber(), assembled.sm3(),
				assembled.pages(), file.documents().size(), file.evidence().size(), "system"));
		return new Stored(caseId, assembled.pdf(), assembled.sm3(), assembled.pages(), file.documents().size(),
				file.evidence().size());
	}

	private static <T extends CaseEvent> Optional<T> last(List<CaseEvent> history, Class<T> type) {
		T found = null;
		for (CaseEvent event : history) {
			if (type.isInstance(event)) {
				found = type.cast(event);
			}
		}
		return Optional.ofNullable(found);
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
