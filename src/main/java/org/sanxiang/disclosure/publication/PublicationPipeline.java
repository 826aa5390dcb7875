package org.sanxiang.disclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationCompleted;
import org.sanxiang.disclosure.PublicationCorrected;
import org.sanxiang.disclosure.PublicationCreated;
import org.sanxiang.disclosure.PublicationHeldBack;
import org.sanxiang.disclosure.PublicationPublished;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublicationWithdrawalRequested;
import org.sanxiang.disclosure.PublicationWithdrawn;
import org.sanxiang.documents.DocumentIssued;
import org.sanxiang.documents.DocumentVoided;
import org.sanxiang.documents.Documents;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.identity.Role;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalEntry;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;
import org.sanxiang.platform.PersonalData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication of licensing decisions (事后公开): one record per decision with the 双公示
 * fields (GS-7), its free text masked (GS-5); published after one approval by a 负责人 or
 * automatically (the agency's setting) once its decision document is issued, within 7
 * working days (GS-3); withdrawn with a public explanation when the licence is 撤回, 撤销 or
 * 注销 or the decision is found illegal or invalid, within 3 working days (GS-4); corrected
 * when the licence is changed or renewed; held back with a recorded reason (GS-5); public
 * for the period the agency set (GS-6). Every step is journaled ({@code Publication*}
 * events) in the transaction that makes it. Nothing here changes a case, so publications
 * of archived cases can still be withdrawn or corrected.
 */
@Service
class PublicationPipeline {

	/** The decision document each published decision waits for, by action. */
	static final Map<String, String> TEMPLATES = Map.of("准予许可", "licence-grant", "不予许可", "licence-denial", "变更",
			"change-grant", "延续", "renewal-grant", "不予延续", "renewal-denial", "撤回", "withdrawal-decision", "撤销",
			"revocation-decision", "注销", "cancellation-decision");

	/** The document titles of those templates (许可决定文书名称, XK_XKWS). */
	static final Map<String, String> TITLES = Map.of("准予许可", "准予行政许可决定书", "不予许可", "不予行政许可决定书", "变更", "准予变更行政许可决定书",
			"延续", "准予延续行政许可决定书", "不予延续", "不予延续行政许可决定书", "撤回", "撤回行政许可决定书", "撤销", "撤销行政许可决定书", "注销", "注销行政许可决定书");

	/** A renewal the law grants (XK-50) has no decision document. */
	static final String DEEMED_TITLE = "依法视为准予延续（无决定文书）";

	/** 许可类别 (XK_XKLB, GS-7). */
	static final Set<String> CATEGORIES = Set.of("普通", "特许", "认可", "核准", "登记", "其他");

	/** The grounds on which nothing is published (GS-5). */
	static final List<String> HOLD_BACK_GROUNDS = List.of("未成年人", "国家秘密", "商业秘密", "个人隐私");

	/** The grounds a 负责人 withdraws a publication on (GS-4). */
	static final List<String> WITHDRAWAL_GROUNDS = List.of("决定被确认违法", "决定被确认无效", "决定被撤销或者变更（行政复议、行政诉讼）", "许可被撤回、撤销或者注销",
			"其他");

	/** The decisions that make a licence (and so may be corrected or withdrawn later). */
	static final Set<String> LICENSING = Set.of("准予许可", "变更", "延续");

	/**
	 * The refusals: of an application (第三十八条) and of a renewal (第五十条, XK-50); a natural
	 * person's are held back unless the agency publishes them (GS-3 against GS-5).
	 */
	static final Set<String> REFUSALS = Set.of("不予许可", "不予延续");

	static final int MAX_TEXT = 500;

	/**
	 * Why the 不予许可 of a natural person is held back unless the agency publishes them.
	 */
	static final String PERSON_REFUSAL = "不予许可（不予延续）决定的相对人为自然人，按本机关设置不予公开（GS-5）";

	/**
	 * A decision to publish, as casework's event says it.
	 *
	 * @param action 准予许可, 不予许可, 变更, 延续, 不予延续, 撤回, 撤销 or 注销
	 * @param source what raised it, unique per case (idempotence)
	 * @param text the decision's text or reasons: 许可内容 once masked
	 * @param article the article it applies, or {@code null}
	 * @param validTo the licence's end of validity after the decision, or {@code null}
	 * @param needsDocument whether a decision document is to be issued (not for a renewal
	 * deemed by law)
	 */
	record Decision(CaseId caseId, String action, String source, LocalDate decidedOn, String text, String article,
			LocalDate validTo, String actor, Instant at, boolean needsDocument) {
	}

	private final JdbcPublications publications;

	private final JdbcPublicationSettings settings;

	private final CaseFacts cases;

	private final Catalog catalog;

	private final Documents documents;

	private final Journal journal;

	private final PublicationDeadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationPipeline(JdbcPublications publications, JdbcPublicationSettings settings, CaseFacts cases,
			Catalog catalog, Documents documents, Journal journal, WorkingDays days, ApplicationEventPublisher events,
			Clock clock) {
		this.publications = publications;
		this.settings = settings;
		this.cases = cases;
		this.catalog = catalog;
		this.documents = documents;
		this.journal = journal;
		this.deadlines = new PublicationDeadlines(days);
		this.events = events;
		this.clock = clock;
	}

	PublicationDeadlines deadlines() {
		return this.deadlines;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The publication of a decision on a case read through {@link CaseFacts}. */
	@Transactional
	Optional<UUID> decided(Decision decision) {
		return this.cases.find(decision.caseId()).map(snapshot -> create(snapshot, decision));
	}

	/**
	 * Creates the publication of {@code decision} unless the case has one from the same
	 * source (then returns that one), and applies the decision to the case's earlier
	 * publications: a 变更 or 延续 corrects them, a 撤回, 撤销 or 注销 asks for their withdrawal.
	 */
	@Transactional
	UUID create(CaseSnapshot snapshot, Decision d) {
		return create(snapshot, d, null);
	}

	/**
	 * The publications a case's history asks for that it does not have (an installation
	 * upgraded from before the pipeline, or a decision whose publication was lost):
	 * created as the decisions would have created them, oldest first, with the same
	 * clocks (due 7 working days after each decision, so overdue if that has passed);
	 * journaled as made by {@code actor}. How many it created; none when all are there.
	 */
	@Transactional
	int backfill(CaseSnapshot snapshot, String actor) {
		int created = 0;
		for (org.sanxiang.casework.CaseEvent event : snapshot.history()) {
			Optional<Decision> decision = LicensingDecisions.decision(event);
			if (decision.isPresent()
					&& this.publications.bySource(snapshot.id().value(), decision.get().source()).isEmpty()) {
				create(snapshot, decision.get(), actor);
				created++;
			}
		}
		return created;
	}

	/** {@code backfilledBy}: the account that found it missing, else {@code null}. */
	private UUID create(CaseSnapshot snapshot, Decision d, String backfilledBy) {
		UUID caseId = snapshot.id().value();
		Optional<PublicationRecord> existing = this.publications.bySource(caseId, d.source());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		CaseSnapshot.ApplicantDetails applicant = snapshot.applicantDetails();
		boolean person = applicant != null && "自然人".equals(applicant.kind());
		String partyName = applicant != null && applicant.name() != null ? applicant.name() : snapshot.applicant();
		String agencyCode = snapshot.agencyCode();
		String authority = this.catalog.agency(agencyCode).map(Agency::name).orElse(agencyCode);
		String category = this.catalog.item(snapshot.item().code())
			.map(Item::subcategory)
			.filter(CATEGORIES::contains)
			.orElse("其他");
		PublicationSettings settings = this.settings.of(agencyCode);
		String template = d.needsDocument() ? TEMPLATES.get(d.action()) : null;
		IssuedDocument document = template == null ? null : issuedUnused(snapshot.id(), template);
		CaseSnapshot.Licence licence = snapshot.licence();
		boolean licensing = LICENSING.contains(d.action());
		LocalDate validFrom = !licensing || licence == null ? null
				: "准予许可".equals(d.action()) ? licence.validFrom() : d.decidedOn();
		LocalDate validTo = !licensing ? null
				: d.validTo() != null ? d.validTo() : licence == null ? null : licence.validTo();
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			validFrom = validTo;
		}
		String heldBack = REFUSALS.contains(d.action()) && person && !settings.publishPersonRefusals()
				? "个人隐私：" + PERSON_REFUSAL : null;
		PublicationStatus status = heldBack != null ? PublicationStatus.HELD_BACK : template == null || document != null
				? PublicationStatus.AWAITING_APPROVAL : PublicationStatus.PENDING;
		// 法定代表人 (XK_FRDB): the name of an organisation's representative, public with the
		// record; its ID number is never collected (GS-7)
		String representative = person || applicant == null || applicant.legalRepresentative() == null
				|| applicant.legalRepresentative().isBlank() ? null : applicant.legalRepresentative().strip();
		List<String> keep = representative == null ? List.of(partyName) : List.of(partyName, representative);
		String documentTitle = template == null ? DEEMED_TITLE
				: document != null ? document.title() : TITLES.get(d.action());
		// 许可证书名称 (XK_XKZS, GS-7): the catalogue names no licence document per item and
		// the
		// issued 准予行政许可决定书 keeps its typed 许可证件名称 only in its PDF, so a decision that
		// makes a licence (准予许可, 变更, 延续) names its decision document, as 信用中国 practice
		// does for approvals without a separate certificate (XK-39: 批准文件); a renewal the
		// law grants keeps the grant's. Refusals and endings name none.
		String certificateName = !licensing || licence == null ? null
				: template == null ? TITLES.get("准予许可") : documentTitle;
		String content = PersonalData.mask(
				d.text() == null || d.text().isBlank() ? d.action() + "：" + snapshot.item().name() : d.text().strip(),
				keep);
		String remarks = d.article() == null ? null : "依据：" + d.article();
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		Publication p = new Publication(id, caseId, snapshot.number(), d.action(), snapshot.item().code(),
				snapshot.item().name(), partyName, person ? "自然人" : "法人及非法人组织",
				person ? null : applicant == null ? null : applicant.creditCode(), representative, documentTitle,
				document == null ? null : document.number(), category, certificateName,
				"不予许可".equals(d.action()) || licence == null ? null : licence.number(), content, d.decidedOn(),
				validFrom, validTo, authority, agencyCode, "有效", authority, agencyCode, remarks, status,
				this.deadlines.publishBy(d.decidedOn()), null, null, null, null, null);
		if (!this.publications.insert(new PublicationRecord(p, d.source(), template, null, heldBack, null, null),
				now)) {
			return this.publications.bySource(caseId, d.source()).orElseThrow().id();
		}
		String creator = backfilledBy == null ? d.actor() : backfilledBy;
		this.publications.history(id, now, creator, "生成",
				d.action() + "决定，应于 " + p.dueOn() + " 前公示" + (backfilledBy == null ? "" : "（核对时补生成）"), false);
		this.events.publishEvent(new PublicationCreated(id, caseId, snapshot.number(), d.action(), d.source(),
				d.decidedOn(), p.dueOn(), status.label(), creator, now));
		if (heldBack != null) {
			this.publications.history(id, now, "system", "不予公开", heldBack, false);
			this.events.publishEvent(new PublicationHeldBack(id, caseId, "个人隐私", heldBack, "system", now));
		}
		applyToEarlier(snapshot, d, id, keep, settings);
		if (status == PublicationStatus.AWAITING_APPROVAL && settings.autoPublish()) {
			publish(id, Actor.SYSTEM);
		}
		return id;
	}

	/** A 变更 or 延续 corrects, a 撤回, 撤销 or 注销 asks to withdraw, the earlier grant. */
	private void applyToEarlier(CaseSnapshot snapshot, Decision d, UUID created, List<String> keep,
			PublicationSettings settings) {
		boolean correcting = "变更".equals(d.action()) || "延续".equals(d.action());
		boolean ending = Set.of("撤回", "撤销", "注销").contains(d.action());
		if (!correcting && !ending) {
			return;
		}
		String article = d.article() == null ? "" : "（" + d.article() + "）";
		for (PublicationRecord r : this.publications.ofCaseLocked(snapshot.id().value())) {
			Publication p = r.publication();
			if (p.id().equals(created) || !LICENSING.contains(p.action()) || p.status() == PublicationStatus.WITHDRAWN
					|| p.status() == PublicationStatus.HELD_BACK || r.withdrawalPending() != null) {
				continue;
			}
			if (correcting && "有效".equals(p.currentStatus())) {
				LocalDate validTo = d.validTo() != null ? d.validTo() : p.validTo();
				String note = "该许可已于 " + d.decidedOn() + " " + ("延续".equals(d.action()) ? "延续" : "变更") + article
						+ (validTo == null ? "" : "，有效期至 " + validTo) + "；详见该" + d.action() + "决定的公示。";
				correct(r, "有效", validTo, p.remarks(), note, d.actor(), settings);
			}
			else if (ending) {
				String why = d.text() == null || d.text().isBlank() ? ""
						: "：" + PersonalData.mask(d.text().strip(), keep);
				String explanation = truncate("该许可已于 " + d.decidedOn() + " 依法" + d.action() + article + why, MAX_TEXT);
				LocalDate due = this.deadlines.withdrawBy(d.decidedOn());
				this.publications.withdrawalPending(p.id(), explanation, due);
				Instant now = this.clock.instant();
				this.publications.history(p.id(), now, d.actor(), "待撤回", explanation + "（应于 " + due + " 前撤回）", false);
				this.events.publishEvent(
						new PublicationWithdrawalRequested(p.id(), p.caseId(), explanation, due, d.actor(), now));
				if (settings.autoPublish() && p.status() == PublicationStatus.PUBLISHED) {
					withdraw(p.id(), null, explanation, Actor.SYSTEM);
				}
			}
		}
	}

	/** A valid document of the template on the case that no publication carries yet. */
	private IssuedDocument issuedUnused(CaseId caseId, String template) {
		Set<String> used = new java.util.HashSet<>();
		for (PublicationRecord r : this.publications.ofCase(caseId.value())) {
			if (r.publication().documentNumber() != null) {
				used.add(r.publication().documentNumber());
			}
		}
		return this.documents.ofCase(caseId)
			.stream()
			.filter(doc -> template.equals(doc.templateCode()) && !"已作废".equals(doc.status())
					&& !used.contains(doc.number()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The decision document was issued: the oldest publication of the case waiting for a
	 * document of its template takes its number and title, and can be published.
	 */
	@Transactional
	void documentIssued(DocumentIssued issued) {
		List<PublicationRecord> records = this.publications.ofCaseLocked(issued.caseId().value());
		if (relinked(records, issued)) {
			return;
		}
		for (PublicationRecord r : records) {
			Publication p = r.publication();
			if (!issued.templateCode().equals(r.documentTemplate()) || p.documentNumber() != null
					|| (p.status() != PublicationStatus.PENDING && p.status() != PublicationStatus.HELD_BACK)) {
				continue;
			}
			PublicationStatus next = p.status() == PublicationStatus.PENDING ? PublicationStatus.AWAITING_APPROVAL
					: p.status();
			this.publications.document(p.id(), issued.title(), issued.number(), next);
			Instant now = this.clock.instant();
			this.publications.history(p.id(), now, issued.actor(), "补录文书号", issued.title() + " " + issued.number(),
					false);
			this.events.publishEvent(
					new PublicationCompleted(p.id(), p.caseId(), issued.title(), issued.number(), issued.actor(), now));
			if (next == PublicationStatus.AWAITING_APPROVAL && this.settings.of(p.authorityCode()).autoPublish()) {
				publish(p.id(), Actor.SYSTEM);
			}
			return;
		}
	}

	/**
	 * A publication whose decision document was voided (作废) takes the document of its
	 * template issued to replace it: a public one keeps its history and records the new
	 * number as a public 更正 (文书号更正); one not yet public just takes it. Whether one did.
	 */
	private boolean relinked(List<PublicationRecord> records, DocumentIssued issued) {
		Set<String> voided = new java.util.HashSet<>();
		for (IssuedDocument doc : this.documents.ofCase(issued.caseId())) {
			if ("已作废".equals(doc.status())) {
				voided.add(doc.number());
			}
		}
		for (PublicationRecord r : records) {
			Publication p = r.publication();
			if (!issued.templateCode().equals(r.documentTemplate()) || p.documentNumber() == null
					|| !voided.contains(p.documentNumber())) {
				continue;
			}
			Instant now = this.clock.instant();
			this.publications.document(p.id(), issued.title(), issued.number(), p.status());
			if (p.status().isPublic()) {
				String note = "文书号更正：原" + p.documentTitle() + "（" + p.documentNumber() + "）已作废，更正为 " + issued.number();
				this.publications.history(p.id(), now, issued.actor(), "更正", note, true);
				this.events.publishEvent(new PublicationCorrected(p.id(), p.caseId(), p.currentStatus(), p.validTo(),
						p.disclosureUntil(), note, issued.actor(), now));
			}
			else {
				this.publications.history(p.id(), now, issued.actor(), "补录文书号",
						issued.title() + " " + issued.number() + "（替换已作废的 " + p.documentNumber() + "）", false);
				this.events.publishEvent(new PublicationCompleted(p.id(), p.caseId(), issued.title(), issued.number(),
						issued.actor(), now));
			}
			return true;
		}
		return false;
	}

	/**
	 * The decision document a publication carries was voided (作废): one not yet public
	 * waits for its replacement again (待文书) and cannot be published with a voided number;
	 * a public one keeps the number until the replacement is issued, then is corrected
	 * ({@link #documentIssued}).
	 */
	@Transactional
	void documentVoided(DocumentVoided voided) {
		for (PublicationRecord r : this.publications.ofCaseLocked(voided.caseId().value())) {
			Publication p = r.publication();
			if (!voided.number().equals(p.documentNumber())) {
				continue;
			}
			Instant now = this.clock.instant();
			if (p.status().isPublic()) {
				this.publications.history(p.id(), now, voided.actor(), "文书作废", p.documentNumber() + " 已作废，待重新签发后更正文书号",
						false);
			}
			else {
				PublicationStatus next = p.status() == PublicationStatus.AWAITING_APPROVAL ? PublicationStatus.PENDING
						: p.status();
				this.publications.document(p.id(), p.documentTitle(), null, next);
				this.publications.history(p.id(), now, voided.actor(), "文书作废",
						p.documentNumber() + " 已作废（" + voided.reason() + "），待重新签发", false);
			}
			return;
		}
	}

	/**
	 * Publishes a complete publication: one approval by a 负责人, or the platform where the
	 * agency publishes automatically. Sets the disclosure period (GS-6) and the journal
	 * entry that records it.
	 */
	@Transactional
	Publication publish(UUID id, Actor actor) {
		return publish(id, actor, this.clock);
	}

	/**
	 * {@link #publish(UUID, Actor)} as of the time {@code clock} gives: the demo data
	 * publishes its past decisions as of the day after each.
	 */
	@Transactional
	Publication publish(UUID id, Actor actor, Clock clock) {
		PublicationRecord r = locked(id);
		Publication p = r.publication();
		if (actor != Actor.SYSTEM && !actor.has(Role.DIRECTOR)) {
			throw new AccessDeniedException("公示需要负责人审核");
		}
		if (p.status() == PublicationStatus.PENDING) {
			throw InputRejected.conflict("status", "尚未签发决定文书（待文书），不能公示");
		}
		if (p.status() != PublicationStatus.AWAITING_APPROVAL) {
			throw InputRejected.conflict("status", "该公示当前状态为“" + p.status().label() + "”，不能公示");
		}
		PublicationSettings settings = this.settings.of(p.authorityCode());
		LocalDate until = DisclosurePeriods.until(settings, p.action(), p.decidedOn(), p.validTo());
		Instant now = clock.instant();
		this.publications.published(id, now, actor.account(), until);
		this.publications.history(id, now, actor.account(), "公示", null, true);
		boolean onTime = !LocalDate.now(clock).isAfter(p.dueOn());
		this.events.publishEvent(new PublicationPublished(id, p.caseId(), p.action(), p.documentNumber(), p.dueOn(),
				onTime, until, actor.account(), now));
		// the journal appended the event just now, in this transaction, under its writer
		// lock: the newest entry is this one
		JournalEntry entry = this.journal.latest(1).get(0);
		if ("PublicationPublished".equals(entry.type()) && entry.entry().contains(id.toString())) {
			this.publications.journalSeq(id, entry.seq());
		}
		return this.publications.find(id).orElseThrow().publication();
	}

	/**
	 * Withdraws a published publication with a public explanation (GS-4); it stays public
	 * as 已撤回 for the period the agency set (GS-6).
	 * @param ground one of {@link #WITHDRAWAL_GROUNDS}, or {@code null} for the
	 * explanation alone
	 */
	@Transactional
	Publication withdraw(UUID id, String ground, String explanation, Actor actor) {
		requireDirector(actor, "撤回公示需要负责人");
		PublicationRecord r = locked(id);
		Publication p = r.publication();
		String text = required("explanation", explanation, "请填写撤回的公开说明");
		if (ground != null && !ground.isBlank() && !WITHDRAWAL_GROUNDS.contains(ground)) {
			throw InputRejected.unprocessable("ground", "撤回理由应为：" + String.join("、", WITHDRAWAL_GROUNDS));
		}
		if (p.status() != PublicationStatus.PUBLISHED) {
			throw InputRejected.conflict("status", "该公示当前状态为“" + p.status().label() + "”，只有已公示的才能撤回");
		}
		String reason = PersonalData.mask(
				ground == null || ground.isBlank() || text.startsWith(ground) ? text : ground + "：" + text,
				List.of(p.partyName()));
		Instant now = this.clock.instant();
		LocalDate until = DisclosurePeriods.afterWithdrawal(this.settings.of(p.authorityCode()),
				LocalDate.ofInstant(now, this.clock.getZone()));
		this.publications.withdrawn(id, now, actor.account(), reason, until);
		this.publications.history(id, now, actor.account(), "撤回", reason, true);
		this.events.publishEvent(new PublicationWithdrawn(id, p.caseId(), reason, until, actor.account(), now));
		return this.publications.find(id).orElseThrow().publication();
	}

	/**
	 * Corrects a publication (更正) with a public explanation: 当前状态, 有效期至 and 备注 may
	 * change; the disclosure period follows the new validity (GS-6).
	 */
	@Transactional
	Publication correct(UUID id, String currentStatus, LocalDate validTo, String remarks, String explanation,
			Actor actor) {
		requireDirector(actor, "更正公示需要负责人");
		PublicationRecord r = locked(id);
		Publication p = r.publication();
		String note = required("explanation", explanation, "请填写更正的公开说明");
		if (!"有效".equals(currentStatus) && !"无效".equals(currentStatus)) {
			throw InputRejected.unprocessable("currentStatus", "当前状态应为“有效”或“无效”");
		}
		if (validTo != null && p.validFrom() != null && validTo.isBefore(p.validFrom())) {
			throw InputRejected.unprocessable("validTo", "有效期至不能早于有效期自（" + p.validFrom() + "）");
		}
		if (remarks != null && remarks.length() > MAX_TEXT) {
			throw InputRejected.unprocessable("remarks", "备注不能超过" + MAX_TEXT + "字");
		}
		if (p.status() == PublicationStatus.WITHDRAWN || p.status() == PublicationStatus.HELD_BACK) {
			throw InputRejected.conflict("status", "该公示当前状态为“" + p.status().label() + "”，不能更正");
		}
		String masked = remarks == null || remarks.isBlank() ? null
				: PersonalData.mask(remarks.strip(), List.of(p.partyName()));
		return correct(r, currentStatus, validTo, masked, PersonalData.mask(note, List.of(p.partyName())),
				actor.account(), this.settings.of(p.authorityCode()));
	}

	private Publication correct(PublicationRecord r, String currentStatus, LocalDate validTo, String remarks,
			String note, String actor, PublicationSettings settings) {
		Publication p = r.publication();
		LocalDate until = p.status() == PublicationStatus.PUBLISHED
				? DisclosurePeriods.until(settings, p.action(), p.decidedOn(), validTo) : p.disclosureUntil();
		Instant now = this.clock.instant();
		this.publications.corrected(p.id(), currentStatus, validTo, remarks, until);
		this.publications.history(p.id(), now, actor, "更正", note, p.status().isPublic());
		this.events.publishEvent(
				new PublicationCorrected(p.id(), p.caseId(), currentStatus, validTo, until, note, actor, now));
		return this.publications.find(p.id()).orElseThrow().publication();
	}

	/**
	 * Holds a publication back (不予公开, GS-5) with the ground and the recorded reason; a
	 * published one leaves the public lists.
	 */
	@Transactional
	Publication holdBack(UUID id, String ground, String reason, Actor actor) {
		requireDirector(actor, "不予公开需要负责人决定");
		PublicationRecord r = locked(id);
		Publication p = r.publication();
		if (ground == null || !HOLD_BACK_GROUNDS.contains(ground)) {
			throw InputRejected.unprocessable("ground", "不予公开的理由应为：" + String.join("、", HOLD_BACK_GROUNDS));
		}
		String why = PersonalData.mask(required("reason", reason, "请填写不予公开的具体理由"), List.of(p.partyName()));
		if (p.status() == PublicationStatus.WITHDRAWN || p.status() == PublicationStatus.HELD_BACK) {
			throw InputRejected.conflict("status", "该公示当前状态为“" + p.status().label() + "”，不能再决定不予公开");
		}
		Instant now = this.clock.instant();
		this.publications.heldBack(id, now, actor.account(), ground + "：" + why);
		this.publications.history(id, now, actor.account(), "不予公开", ground + "：" + why, false);
		this.events.publishEvent(new PublicationHeldBack(id, p.caseId(), ground, why, actor.account(), now));
		return this.publications.find(id).orElseThrow().publication();
	}

	private PublicationRecord locked(UUID id) {
		return this.publications.lock(id).orElseThrow(() -> new NotFound("未找到该公示信息"));
	}

	private static void requireDirector(Actor actor, String message) {
		if (actor != Actor.SYSTEM && !actor.has(Role.DIRECTOR)) {
			throw new AccessDeniedException(message);
		}
	}

	private static String required(String field, String value, String message) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw InputRejected.unprocessable(field, message);
		}
		if (text.length() > MAX_TEXT) {
			throw InputRejected.unprocessable(field, "说明不能超过" + MAX_TEXT + "字");
		}
		return text;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
