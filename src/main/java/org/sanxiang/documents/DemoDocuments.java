package org.sanxiang.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.ApplicationAccepted;
import org.sanxiang.casework.ApplicationNotAccepted;
import org.sanxiang.casework.ApplicationReceived;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CorrectionRequested;
import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Material;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents of the demo installation's cases: while casework's and the review
 * module's demo data make their cases, each step that the law answers with a document
 * gets it, issued through {@link Documents} like any other, as of that step (its day and
 * a second after its time) — 申请材料接收凭证 for an application received at the window, 补正告知书
 * for a correction asked for, 受理通知书, 不予受理决定书, 准予 or 不予行政许可决定书, and the 送达回证 of a
 * delivery. Issued as each step commits, because a case the demo archives takes no
 * document afterwards (an archived case is read only): so the archived demo case is
 * archived with its documents and its 电子案卷 holds them. The 法制审核意见书 is the review module's
 * own.
 * <p>
 * Runs only on the start that makes the demo cases ({@link Installation#demo()}, no
 * document issued yet): {@link Before} arms it before casework's demo data (order 200),
 * {@link After} ends it after the last demo step (casework's decision after the review,
 * order 400), so a restart issues nothing again. Only the thread that runs the demo data
 * is watched: a request served meanwhile issues nothing by itself. A document that cannot
 * be issued is logged and leaves its case as it is. {@code sanxiang.demo.documents=false}
 * leaves the documents out (the integration tests: rendering some 25 documents adds
 * seconds to every start).
 */
@Component
class DemoDocuments {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	/** Who issues the demo documents when the step's actor is not a 窗口人员. */
	static final Actor CLERK = Actor.staff("clerk", "李静（示例）", Role.CLERK);

	/**
	 * The name of the licence each demo item's grant issues (许可证件名称, 行政许可法 第三十九条), by
	 * item code of the demo catalog.
	 */
	static final Map<String, String> LICENCES = Map.of("XK-001", "企业投资项目核准文件", "XK-002", "节能审查意见", "XK-003", "招标事项核准意见",
			"XK-004", "政府投资项目审批文件");

	private final Installation installation;

	private final Documents documents;

	private final DocumentTemplates templates;

	private final JdbcIssuedDocuments issued;

	private final CaseFacts cases;

	private final Catalog catalog;

	private final TransactionTemplate apart;

	private final Clock clock;

	/** The thread making the demo data while armed, else {@code null}. */
	private volatile Thread demoThread;

	private final AtomicInteger count = new AtomicInteger();

	private final boolean enabled;

	DemoDocuments(Installation installation, Documents documents, DocumentTemplates templates,
			JdbcIssuedDocuments issued, CaseFacts cases, Catalog catalog, PlatformTransactionManager transactions,
			Clock clock, @Value("${sanxiang.demo.documents:true}") boolean enabled) {
		this.enabled = enabled;
		this.installation = installation;
		this.documents = documents;
		this.templates = templates;
		this.issued = issued;
		this.cases = cases;
		this.catalog = catalog;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Arms the demo documents on a demo installation that has none yet. */
	void start() {
		if (this.enabled && this.installation.demo() && !this.issued.any()) {
			this.demoThread = Thread.currentThread();
		}
	}

	/** Ends them; logs how many were issued. */
	void finish() {
		if (this.demoThread != null) {
			this.demoThread = null;
			log.info("已签发演示执法文书 {} 件（随演示办件的各办理步骤）", this.count.get());
		}
	}

	/**
	 * A step of a demo case: the documents it implies are issued once it has committed,
	 * in a transaction of their own.
	 */
	@EventListener
	void on(CaseEvent event) {
		if (this.demoThread != Thread.currentThread() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				issueFor(event);
			}
		});
	}

	private void issueFor(CaseEvent event) {
		Instant at = event.recorded().at().plusSeconds(1);
		Instant now = this.clock.instant();
		Clock then = Clock.fixed(at.isAfter(now) ? now : at, this.clock.getZone());
		Actor actor = event.recorded().actor().has(Role.CLERK) ? event.recorded().actor() : CLERK;
		for (Planned p : planned(event)) {
			try {
				this.apart.executeWithoutResult(status -> this.documents.issue(event.caseId(),
						this.templates.current(p.template()).orElseThrow(), p.inputs(), p.on(), actor, then));
				this.count.incrementAndGet();
			}
			catch (RuntimeException ex) {
				log.warn("演示文书（{}）未能签发：{}", p.template(), ex.getMessage());
			}
		}
	}

	/** A document to issue: its template, the values typed, its 成文日期. */
	record Planned(String template, Map<String, String> inputs, LocalDate on) {
	}

	/** The documents a step implies, in the order they are issued. */
	List<Planned> planned(CaseEvent event) {
		List<Planned> planned = new ArrayList<>();
		if (event instanceof ApplicationReceived e) {
			// an application made online has no materials handed in to give a receipt for
			if (e.recorded().actor().has(Role.CLERK)) {
				planned.add(new Planned("receipt-voucher", Map.of("materials", materials(e)), e.receivedOn()));
			}
		}
		else if (event instanceof CorrectionRequested e) {
			planned.add(new Planned("correction-notice", Map.of(), e.noticeOn()));
		}
		else if (event instanceof ApplicationAccepted e) {
			planned.add(new Planned("acceptance-notice", Map.of(), e.acceptedOn()));
		}
		else if (event instanceof ApplicationNotAccepted e) {
			planned.add(new Planned("non-acceptance-decision", Map.of(), e.decidedOn()));
		}
		else if (event instanceof CaseDecided e) {
			planned.add(e.granted() ? new Planned("licence-grant", licence(e), e.decidedOn())
					: new Planned("licence-denial", Map.of(), e.decidedOn()));
		}
		else if (event instanceof DecisionDelivered e) {
			planned.add(new Planned("service-receipt", service(e), e.deliveredOn()));
		}
		return planned;
	}

	/**
	 * What the window received: every material of the item's list, handed in on paper, as
	 * the demo applications are.
	 */
	private String materials(ApplicationReceived e) {
		List<Material> list = this.cases.find(e.caseId())
			.flatMap(c -> this.catalog.itemAsOf(c.item().code(), e.receivedOn()))
			.map(v -> v.content().materials())
			.orElse(List.of());
		if (list.isEmpty()) {
			return "申请书（纸质原件1份）";
		}
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Material m = list.get(i);
			String form = m.form() == null || m.form().contains("电子") ? "" : m.form();
			lines.add((i + 1) + ". " + m.name() + "（纸质" + form + Math.max(1, m.copies()) + "份）");
		}
		return String.join("；", lines);
	}

	private Map<String, String> licence(CaseDecided e) {
		String name = this.cases.find(e.caseId()).map(c -> LICENCES.get(c.item().code())).orElse(null);
		return name == null ? Map.of() : Map.of("licenceName", name);
	}

	/** The 送达回证 of the decision delivered: which document, by whom, how. */
	private Map<String, String> service(DecisionDelivered e) {
		String served = this.issued.ofCase(e.caseId().value())
			.stream()
			.filter(d -> d.valid()
					&& (d.templateCode().equals("licence-grant") || d.templateCode().equals("licence-denial")))
			.reduce((first, second) -> second)
			.map(d -> d.title() + "（" + d.number() + "）")
			.orElse("行政许可决定书");
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("servedDocument", served);
		inputs.put("servers", e.recorded().actor().name());
		inputs.put("signedOn", DocumentDates.chinese(e.deliveredOn()));
		if (e.proof() != null && !e.proof().isBlank()) {
			inputs.put("remarks", e.proof());
		}
		return inputs;
	}

	/** Arms the demo documents before casework's demo cases are made. */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 150)
	static class Before implements ApplicationRunner {

		private final DemoDocuments demo;

		Before(DemoDocuments demo) {
			this.demo = demo;
		}

		@Override
		public void run(ApplicationArguments args) {
			this.demo.start();
		}

	}

	/**
	 * Ends them after the last demo step: casework's decision on the reviewed major case.
	 */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 500)
	static class After implements ApplicationRunner {

		private final DemoDocuments demo;

		After(DemoDocuments demo) {
			this.demo = demo;
		}

		@Override
		public void run(ApplicationArguments args) {
			this.demo.finish();
		}

	}

}
