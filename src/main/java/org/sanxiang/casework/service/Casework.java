package org.sanxiang.casework.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseArchived;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.licensing.Delivery;
import org.sanxiang.casework.licensing.HandlingMode;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.MediaRecord;
import org.sanxiang.casework.licensing.LicensingRules;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.casework.licensing.Outcome;
import org.sanxiang.casework.licensing.ReceiptScans;
import org.sanxiang.casework.licensing.TransitionRefused;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.IdNumber;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licensing case service: one transaction per command. Intake validates the applicant
 * and the item (行政许可法 第二十九条、第三十二条) and receives the application; every other command
 * loads the case, asks the core, and — when the core moves the case — stores it at the
 * revision the caller read, records the event and publishes it in the same transaction
 * (全过程记录, JL-1). A refusal changes nothing.
 */
@Service
class Casework {

	/** Query-code letters without look-alikes (0/O, 1/I/L). */
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int QUERY_CODE_LENGTH = 8;

	private static final Pattern ID_FORMAT = Pattern.compile("\\d{17}[\\dX]");

	private static final Pattern CREDIT_FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

	private final LicensingCases cases;

	private final Catalog catalog;

	private final WorkingDays workingDays;

	private final DecisionGuard guard;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CaseMaterials materials;

	private final MaterialFiles files;

	private final BlobStore blobs;

	private final EvidenceVault evidence;

	private final int retentionYears;

	private final SecureRandom random = new SecureRandom();

	Casework(LicensingCases cases, Catalog catalog, WorkingDays workingDays, DecisionGuard guard, Clock clock,
			ApplicationEventPublisher events, CaseMaterials materials, MaterialFiles files, BlobStore blobs,
			EvidenceVault evidence, @Value("${sanxiang.archive.retention-years:" + LicensingCase.DEFAULT_RETENTION_YEARS
					+ "}") int retentionYears) {
		if (retentionYears < 1) {
			throw new IllegalStateException("sanxiang.archive.retention-years must be at least 1: " + retentionYears);
		}
		this.retentionYears = retentionYears;
		this.cases = cases;
		this.evidence = evidence;
		this.materials = materials;
		this.files = files;
		this.blobs = blobs;
		this.catalog = catalog;
		this.workingDays = workingDays;
		this.guard = guard;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * What the applicant gets back once: the number and the query code (shown once), and
	 * the materials received with the application.
	 */
	// a flash attribute: kept in the session (JDBC, serialized) across the redirect
	record Receipt(CaseId id, String number, String queryCode, LocalDate receivedOn,
			List<ReceivedMaterial> materials) implements java.io.Serializable {

		Receipt {
			materials = List.copyOf(materials);
		}

	}

	/**
	 * 接收申请: validates the applicant (身份证 GB 11643-1999 or 统一社会信用代码 GB 32100-2015
	 * checksum), the contact and the item (exists, in force today, a 行政许可 item), then
	 * receives the application on today (XK-32b starts the correction window).
	 */
	@Transactional
	Receipt apply(Applicant applicant, String itemCode, Actor actor) {
		return apply(applicant, itemCode, List.of(), actor, this.clock);
	}

	/**
	 * 接收申请 as of the day and time {@code clock} gives: the demo data records its past
	 * cases this way, each step on its own day, so their events carry that day (JL-1).
	 */
	@Transactional
	Receipt apply(Applicant applicant, String itemCode, Actor actor, Clock clock) {
		return apply(applicant, itemCode, List.of(), actor, clock);
	}

	@Transactional
	Receipt apply(Applicant applicant, String itemCode, List<MaterialSubmission> submitted, Actor actor) {
		return apply(applicant, itemCode, submitted, actor, this.clock);
	}

	/**
	 * 接收申请 with the materials handed in (行政许可法 第三十条、第三十一条): each a file or a paper
	 * original of the item's list. Missing materials do not stop the receipt — the law
	 * answers them with a correction notice (XK-32b) — but a refused file (type, size,
	 * name) refuses the whole application and nothing is saved. Files are in the blob
	 * store before their rows are inserted, in this transaction.
	 */
	@Transactional
	Receipt apply(Applicant applicant, String itemCode, List<MaterialSubmission> submitted, Actor actor, Clock clock) {
		Applicant valid = validated(applicant);
		LocalDate today = LocalDate.now(clock);
		Versioned<Item> item = item(itemCode, today);
		CaseId id = CaseId.random();
		Outcome outcome = LicensingCase.receive(id, item, valid.name(), actor, today, rules(clock));
		Outcome.Moved moved = moved(outcome);
		List<MaterialFiles.Kept> kept = this.files.keep(item.content(), submitted);
		String number = this.cases.nextNumber(today);
		String code = queryCode();
		this.cases.add(new StoredCase(number, valid, moved.next()), hash(id, code));
		this.cases.record(moved.event(), moved.next().revision());
		List<ReceivedMaterial> received = recordMaterials(id, kept, ReceivedMaterial.Stage.APPLICATION, actor);
		this.events.publishEvent(moved.event());
		return new Receipt(id, number, code, today, received);
	}

	/**
	 * 补收材料 before acceptance: the materials are recorded with the application, or — once
	 * a correction was asked for — as the correction (补正). Refused (409) in any other
	 * state: after acceptance the case's files are evidence, not application materials.
	 */
	@Transactional
	List<ReceivedMaterial> receiveMaterials(CaseId id, List<MaterialSubmission> submitted, Actor actor) {
		if (submitted.isEmpty()) {
			throw InputRejected.invalid("file", "请选择要上传的文件，或勾选已核验的纸质材料");
		}
		LicensingCase c = writable(find(id), null).licensingCase();
		ReceivedMaterial.Stage stage = stage(c);
		List<MaterialFiles.Kept> kept = this.files.keep(c.item().content(), submitted);
		return recordMaterials(id, kept, stage, actor);
	}

	/**
	 * 提交补正材料 with the materials that correct the application, in one transaction: the
	 * files are kept and recorded as the correction, and the case returns to acceptance
	 * (XK-32b).
	 */
	@Transactional
	StoredCase submitCorrection(CaseId id, Integer revision, LocalDate on, List<MaterialSubmission> submitted,
			Actor actor) {
		if (revision == null) {
			throw InputRejected.invalid("revision", "请提供读取案件时的版本号（revision）");
		}
		StoredCase stored = writable(find(id), LicensingAction.SUBMIT_CORRECTION);
		if (stored.revision() != revision) {
			throw InputRejected.conflict("revision", "案件已被他人修改，请刷新后重试");
		}
		LicensingRules rules = rules(this.clock);
		Outcome.Moved moved = moved(
				stored.licensingCase().submitCorrection(actor, on != null ? on : rules.today(), rules));
		StoredCase corrected = store(stored, moved, revision);
		List<MaterialFiles.Kept> kept = this.files.keep(corrected.licensingCase().item().content(), submitted);
		recordMaterials(id, kept, ReceivedMaterial.Stage.CORRECTION, actor);
		return corrected;
	}

	/** The materials received for the case, in the order they arrived. */
	@Transactional(readOnly = true)
	List<ReceivedMaterial> materials(CaseId id) {
		return this.materials.of(id);
	}

	@Transactional(readOnly = true)
	ReceivedMaterial material(CaseId caseId, String materialId) {
		UUID uuid;
		try {
			uuid = UUID.fromString(materialId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该申请材料：" + materialId);
		}
		return this.materials.find(caseId, uuid).orElseThrow(() -> new NotFound("未找到该申请材料：" + materialId));
	}

	/** The file of a material received as a file; the caller closes it. */
	InputStream open(ReceivedMaterial material) throws IOException {
		if (material.paper()) {
			throw new NotFound("“" + material.materialName() + "”为纸质材料，没有电子文件");
		}
		return this.blobs.open(material.sha256());
	}

	/**
	 * The required materials of the case's item (第三十条 list) received neither as a file
	 * nor on paper, in the list's order.
	 */
	@Transactional(readOnly = true)
	List<String> missingMaterials(LicensingCase c) {
		Set<String> received = Set.copyOf(this.materials.receivedNames(c.id()));
		return c.item()
			.content()
			.materials()
			.stream()
			.filter(Material::required)
			.map(Material::name)
			.filter(name -> !received.contains(name))
			.toList();
	}

	/**
	 * One staff action on the case read at {@code request.revision()}; 409 when the state
	 * does not allow it or the case changed since, 422 when a statutory rule refuses it.
	 */
	@Transactional
	StoredCase act(CaseId id, LicensingAction action, ActionRequest request, Actor actor) {
		return act(id, action, request, actor, this.clock);
	}

	/** One staff action as of the day and time {@code clock} gives (demo data). */
	@Transactional
	StoredCase act(CaseId id, LicensingAction action, ActionRequest request, Actor actor, Clock clock) {
		if (request == null || request.revision() == null) {
			throw InputRejected.invalid("revision", "请提供读取案件时的版本号（revision）");
		}
		StoredCase stored = writable(find(id), action);
		if (stored.revision() != request.revision()) {
			throw InputRejected.conflict("revision", "案件已被他人修改，请刷新后重试");
		}
		Outcome.Moved moved = moved(dispatch(stored.licensingCase(), action, request, actor, rules(clock)));
		StoredCase next = store(stored, moved, request.revision());
		if (moved.event() instanceof CaseArchived archived) {
			// JL-6: audio/video used as evidence is kept with the case file, as long as
			// it
			this.evidence.retainWithCase(id.value(), archived.retainUntil(), actor.account());
		}
		return next;
	}

	/**
	 * The case when it may still change: an archived case is read only, refused (409,
	 * 案件已归档，不能修改) before any input is looked at — an action by the core's refusal, a
	 * material ({@code action} {@code null}) as a conflict.
	 */
	private static StoredCase writable(StoredCase stored, LicensingAction action) {
		LicensingCase c = stored.licensingCase();
		if (c.state() instanceof LicensingState.Archived) {
			if (action == null) {
				throw InputRejected.conflict("materialName", LicensingCase.ARCHIVED);
			}
			throw new CaseActionRefused(
					new TransitionRefused(c.state().label(), action.action(), LicensingCase.ARCHIVED, null, List.of()));
		}
		return stored;
	}

	@Transactional(readOnly = true)
	StoredCase find(CaseId id) {
		return this.cases.find(id).orElseThrow(() -> new NotFound("未找到该案件：" + id));
	}

	@Transactional(readOnly = true)
	List<LicensingCases.TimelineEntry> timeline(CaseId id) {
		return this.cases.timeline(id);
	}

	/**
	 * Every open case and the {@code recent} newest cases, in one query, for the
	 * console's work lists.
	 */
	@Transactional(readOnly = true)
	List<LicensingCases.WorkItem> workList(int recent) {
		return this.cases.workList(recent);
	}

	/** Whether any licensing case exists yet. */
	@Transactional(readOnly = true)
	boolean anyCase() {
		return this.cases.any();
	}

	/**
	 * The case with that number when the query code matches; otherwise nothing — an
	 * unknown number and a wrong code look the same, so numbers cannot be probed.
	 */
	@Transactional(readOnly = true)
	Optional<StoredCase> progress(String number, String code) {
		if (number == null || code == null) {
			return Optional.empty();
		}
		return this.cases.findByNumber(number.strip())
			.filter(l -> MessageDigest.isEqual(l.queryCodeHash().getBytes(StandardCharsets.US_ASCII),
					hash(l.stored().licensingCase().id(), code.strip().toUpperCase())
						.getBytes(StandardCharsets.US_ASCII)))
			.map(LicensingCases.Located::stored);
	}

	/**
	 * 视为受理 for one received case whose correction window has lapsed on {@code clock}
	 * (XK-32b); {@code false} while it is open.
	 */
	@Transactional
	boolean deemAcceptedIfLapsed(CaseId id, Clock clock) {
		return deemed(id, c -> c.deemAccepted(rules(clock)));
	}

	/**
	 * 视为准予延续 for one case whose licence expired on {@code clock} with a renewal
	 * application undecided (XK-50); {@code false} while the licence is in force.
	 */
	@Transactional
	boolean deemRenewedIfLapsed(CaseId id, Clock clock) {
		return deemed(id, c -> c.deemRenewed(rules(clock)));
	}

	/**
	 * An act the law makes automatic, by the platform: stored when the core moves the
	 * case, nothing when it refuses (the period has not lapsed yet).
	 */
	private boolean deemed(CaseId id, java.util.function.Function<LicensingCase, Outcome> act) {
		StoredCase stored = find(id);
		if (act.apply(stored.licensingCase()) instanceof Outcome.Moved moved) {
			store(stored, moved, stored.revision());
			return true;
		}
		return false;
	}

	/** Cases whose licence has a renewal application awaiting a decision (XK-50). */
	List<CaseId> awaitingRenewalDecision() {
		return this.cases.idsAwaitingRenewalDecision();
	}

	List<CaseId> received() {
		return this.cases.idsInState(LicensingState.Received.class.getSimpleName());
	}

	LicensingRules rules(Clock clock) {
		return new LicensingRules(this.workingDays, clock, this.guard, null, this::reviewCatalogue);
	}

	/**
	 * The agency's 重大执法决定法制审核目录 in force on {@code on} (SH-2), enabled or not; a case
	 * received that day keeps its enabled conditions.
	 */
	private List<MajorCondition> reviewCatalogue(String agencyCode, LocalDate on) {
		return this.catalog.majorConditionsAsOf(on)
			.stream()
			.filter(c -> agencyCode == null || agencyCode.equals(c.agencyCode()))
			.toList();
	}

	WorkingDays workingDays() {
		return this.workingDays;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ReceivedMaterial.Stage stage(LicensingCase c) {
		if (c.state() instanceof LicensingState.AwaitingCorrection
				|| c.state() instanceof LicensingState.Received received && received.corrected()) {
			return ReceivedMaterial.Stage.CORRECTION;
		}
		if (c.state() instanceof LicensingState.Received) {
			return ReceivedMaterial.Stage.APPLICATION;
		}
		throw InputRejected.conflict("materialName",
				"案件当前状态为“" + c.state().label() + "”，申请材料只能在受理前接收或在补正时提交（《行政许可法》第三十二条）");
	}

	private List<ReceivedMaterial> recordMaterials(CaseId id, List<MaterialFiles.Kept> kept,
			ReceivedMaterial.Stage stage, Actor actor) {
		OffsetDateTime at = OffsetDateTime.now(this.clock);
		List<ReceivedMaterial> received = new ArrayList<>();
		for (MaterialFiles.Kept k : kept) {
			ReceivedMaterial m = new ReceivedMaterial(UUID.randomUUID(), id.value(), k.materialName(), stage,
					k.fileName(), k.paper() ? null : k.type().contentType(), k.paper() ? null : k.blob().size(),
					k.paper() ? null : k.blob().sha256(), k.paper() ? null : k.blob().sm3(), k.paper(), at,
					actor.account());
			this.materials.add(m);
			received.add(m);
		}
		return received;
	}

	private StoredCase store(StoredCase stored, Outcome.Moved moved, int expectedRevision) {
		this.cases.update(moved.next(), expectedRevision);
		this.cases.record(moved.event(), moved.next().revision());
		this.events.publishEvent(moved.event());
		return new StoredCase(stored.number(), stored.applicant(), moved.next());
	}

	private Outcome dispatch(LicensingCase c, LicensingAction action, ActionRequest r, Actor actor,
			LicensingRules rules) {
		LocalDate on = r.on() != null ? r.on() : rules.today();
		return switch (action) {
			case ACCEPT -> c.accept(actor, on, r.handlingMode() == null ? HandlingMode.ORDINARY : r.handlingMode(),
					missingMaterials(c), rules);
			case REQUEST_CORRECTION ->
				c.requestCorrection(actor, on, r.missing() == null ? List.of() : r.missing(), rules);
			case SUBMIT_CORRECTION -> c.submitCorrection(actor, on, rules);
			case NOT_ACCEPT -> {
				if (r.ground() == null) {
					throw InputRejected.invalid("ground", "请选择不予受理的依据");
				}
				yield c.notAccept(actor, on, r.ground(), r.reason(), r.competentBody(), rules);
			}
			case ASSIGN_OFFICERS -> c.assignOfficers(actor, officers(r.officerIds(), on), rules);
			case SITE_INSPECTION -> c.recordSiteInspection(actor, on, officers(r.officerIds(), on), r.findings(),
					media(c, Activity.SITE_INSPECTION, r), rules);
			case OPINION -> c.recordOpinion(actor, r.opinion(), r.proposeGrant() == null || r.proposeGrant(), rules);
			case EXTEND -> c.extend(actor, actor, on, r.reason(), rules);
			case PAUSE -> {
				if (r.pauseKind() == null) {
					throw InputRejected.invalid("pauseKind", "请选择中止计时的程序（听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审）");
				}
				yield c.pause(actor, r.pauseKind(), on, r.writtenNotice(), rules);
			}
			case RESUME -> c.resume(actor, on, rules);
			case NOTIFY_HEARING_RIGHT -> c.notifyHearingRight(actor, on, rules);
			case REQUEST_HEARING -> {
				if (r.hearingBasis() == null) {
					throw InputRejected.invalid("hearingBasis", "请选择听证的依据");
				}
				yield c.requestHearing(actor, on, r.hearingBasis(), rules);
			}
			case SCHEDULE_HEARING -> c.scheduleHearing(actor, on, r.hearingOn(), r.host(), r.place(), rules);
			case RECORD_HEARING -> c.recordHearing(actor, on, r.hearingRecord(), media(c, Activity.HEARING, r), rules);
			case GRANT -> c.grant(actor, actor, on, r.text(), r.hearingRecord(), r.licenceNumber(), r.validTo(), rules);
			case DENY -> c.deny(actor, actor, on, r.text(), r.hearingRecord(), rules);
			case DELIVER -> c.deliver(actor, r.on(), delivery(r.delivery()), receiptScans(c, r.delivery()),
					media(c, Activity.SERVICE, r), rules);
			case ARCHIVE -> c.archive(actor, on, this.retentionYears, rules);
			case ALTER_LICENCE -> c.alterLicence(actor, on, r.reason(), rules);
			case RENEW_LICENCE -> c.renewLicence(actor, r.appliedOn(), on, r.validTo(), r.reason(), rules);
			case WITHDRAW_LICENCE -> c.withdrawLicence(actor, on, r.reason(), rules);
			case REVOKE_LICENCE -> c.revokeLicence(actor, on, r.reason(), rules);
			case CANCEL_LICENCE -> c.cancelLicence(actor, on, r.reason(), rules);
			case NOTIFY_INTERESTED_PARTIES ->
				c.notifyInterestedParties(actor, on, r.interestedParties(), r.notice(), rules);
			case RECORD_STATEMENT -> c.recordStatement(actor, on, r.party(), r.statement(), rules);
			case MARK_PUBLIC_INTEREST -> c.markPublicInterest(actor, on, r.reason(), rules);
			case MARK_FULL_RECORDING -> c.markFullRecording(actor, on, r.reason(), rules);
			case RENEWAL_APPLIED -> c.applyForRenewal(actor, on, r.validTo(), rules);
			case DENY_RENEWAL -> c.denyRenewal(actor, actor, on, r.reason(), rules);
			case FLAG_MAJOR -> c.flagMajor(actor, on, r.condition(), r.conditionLabel(), r.reason(), rules);
			case CLEAR_MAJOR_FLAG -> c.clearMajorFlag(actor, on, r.condition(), r.reason(), rules);
		};
	}

	/**
	 * What the evidence store holds for one activity of the case — the capture intervals
	 * of its audio/video items and any approved exemption — for the console's forms.
	 */
	@Transactional(readOnly = true)
	MediaRecord recordings(CaseId id, Activity activity) {
		return new MediaRecord(activity.label(), null, null,
				this.evidence.recordingsOf(id.value(), activity).stream().map(EvidenceItem::capture).toList(),
				this.evidence.approvedExemption(id.value(), activity).orElse(null));
	}

	/**
	 * The case's evidence of the activity 送达 that is a scan (an image or a PDF), not a
	 * recording: what a delivery may name as its signed 送达回证 or postal receipt.
	 */
	@Transactional(readOnly = true)
	List<EvidenceItem> receiptScans(CaseId id) {
		return this.evidence.itemsOf(id.value(), Activity.SERVICE).stream().filter(i -> !i.isAudioVisual()).toList();
	}

	/** The delivery of the case's decision, once delivered. */
	@Transactional(readOnly = true)
	Optional<DecisionDelivered> delivery(CaseId id) {
		return this.cases.events(id)
			.stream()
			.filter(DecisionDelivered.class::isInstance)
			.map(DecisionDelivered.class::cast)
			.reduce((first, second) -> second);
	}

	/** An evidence item, for showing what a delivery attached. */
	@Transactional(readOnly = true)
	Optional<EvidenceItem> evidenceItem(UUID id) {
		return this.evidence.item(id);
	}

	/**
	 * The record of one activity of the case: when the officer says it ran, the capture
	 * intervals of its audio/video items in the evidence store and any exemption a 负责人
	 * approved (JL-3, JL-4, JL-5).
	 */
	private MediaRecord media(LicensingCase c, Activity activity, ActionRequest r) {
		return recordings(c.id(), activity).during(ActivityTimes.parse("activityStart", "活动开始时间", r.activityStart()),
				ActivityTimes.parse("activityEnd", "活动结束时间", r.activityEnd()));
	}

	/** The officers as the catalog held them on {@code on} (their certificates then). */
	private List<Officer> officers(List<String> ids, LocalDate on) {
		List<Officer> officers = new ArrayList<>();
		for (String officerId : ids == null ? List.<String>of() : ids) {
			officers.add(this.catalog.asOf(EntryKind.OFFICER, officerId, on)
				.filter(v -> !v.retired())
				.map(Versioned::content)
				.orElseThrow(() -> InputRejected.unprocessable("officerIds", "执法人员 " + officerId + " 不存在或已调离")));
		}
		return officers;
	}

	private static Delivery delivery(ActionRequest.DeliveryRequest d) {
		if (d == null || d.method() == null) {
			throw InputRejected.invalid("delivery.method", "请选择送达方式");
		}
		return switch (d.method()) {
			case DIRECT -> new Delivery.Direct(d.receiver(), d.signedOn());
			case POSTAL -> new Delivery.Postal(d.trackingNumber(), d.receivedOn());
			case ELECTRONIC -> new Delivery.Electronic(d.consentReference(), d.receiptId(), d.receivedOn());
			case LEFT_AT_ADDRESS -> new Delivery.LeftAtAddress(d.receiver(), d.witness(), d.leftOn());
			case PUBLIC -> new Delivery.Public(d.whyOtherMethodsFailed(), d.medium(), d.publishedOn());
		};
	}

	/**
	 * The scans a delivery names as its signed 送达回证 or postal receipt: each an evidence
	 * item still held, of this case's activity 送达, and a scan (an image or a PDF), not a
	 * recording — the way the audio/video gates find a case's recordings (JL-2, JL-3).
	 * 422 names the first one that is not.
	 */
	private ReceiptScans receiptScans(LicensingCase c, ActionRequest.DeliveryRequest d) {
		if (d == null) {
			return ReceiptScans.none();
		}
		List<UUID> scans = new ArrayList<>();
		for (String text : d.receiptEvidence() == null ? List.<String>of() : d.receiptEvidence()) {
			if (text == null || text.isBlank()) {
				continue;
			}
			UUID id;
			try {
				id = UUID.fromString(text.strip());
			}
			catch (IllegalArgumentException ex) {
				throw InputRejected.invalid("delivery.receiptEvidence", "证据编号格式不正确：" + text.strip());
			}
			EvidenceItem item = this.evidence.item(id)
				.filter(i -> !i.deleted())
				.orElseThrow(() -> InputRejected.unprocessable("delivery.receiptEvidence", "证据 " + id + " 不存在或已删除"));
			if (!c.id().value().equals(item.caseId()) || item.activity() != Activity.SERVICE) {
				throw InputRejected.unprocessable("delivery.receiptEvidence",
						"证据“" + item.fileName() + "”不是本案“送达”活动的证据：送达回证、邮件回执的扫描件须在“音像记录”中以本案“送达”活动上传");
			}
			if (item.isAudioVisual()) {
				throw InputRejected.unprocessable("delivery.receiptEvidence",
						"证据“" + item.fileName() + "”是录音录像，不是签收的送达回证或邮件回执的扫描件（图片或 PDF）");
			}
			scans.add(id);
		}
		return new ReceiptScans(scans, d.noReceiptReason());
	}

	private static Outcome.Moved moved(Outcome outcome) {
		if (outcome instanceof TransitionRefused refused) {
			throw new CaseActionRefused(refused);
		}
		return outcome.moved();
	}

	private Applicant validated(Applicant a) {
		if (a == null || a.kind() == null) {
			throw InputRejected.invalid("applicantKind", "请选择申请人类型：自然人（PERSON）或法人和其他组织（ORGANISATION）");
		}
		String name = required("applicantName", a.name(), "请填写申请人名称", 200);
		String idNumber = null;
		String creditCode = null;
		if (a.kind() == Applicant.ApplicantKind.PERSON) {
			idNumber = required("idNumber", a.idNumber(), "请填写公民身份号码", 18).toUpperCase();
			if (!ID_FORMAT.matcher(idNumber).matches()) {
				throw InputRejected.invalid("idNumber", IdNumber.problem(idNumber, this.clock).orElse("公民身份号码格式不正确"));
			}
			String problem = IdNumber.problem(idNumber, this.clock).orElse(null);
			if (problem != null) {
				throw InputRejected.unprocessable("idNumber", problem);
			}
		}
		else {
			creditCode = required("creditCode", a.creditCode(), "请填写统一社会信用代码", 18).toUpperCase();
			if (!CREDIT_FORMAT.matcher(creditCode).matches()) {
				throw InputRejected.invalid("creditCode", CreditCode.problem(creditCode).orElse("统一社会信用代码格式不正确"));
			}
			String problem = CreditCode.problem(creditCode).orElse(null);
			if (problem != null) {
				throw InputRejected.unprocessable("creditCode", problem);
			}
		}
		String contactName = required("contactName", a.contactName(), "请填写联系人", 100);
		String phone = required("contactPhone", a.contactPhone(), "请填写联系电话", 40);
		if (!PHONE.matcher(phone).matches()) {
			throw InputRejected.invalid("contactPhone", "联系电话格式不正确");
		}
		String address = a.contactAddress() == null || a.contactAddress().isBlank() ? null : a.contactAddress().strip();
		if (address != null && address.length() > 300) {
			throw InputRejected.invalid("contactAddress", "联系地址不能超过300字");
		}
		String representative = a.kind() == Applicant.ApplicantKind.PERSON || a.legalRepresentative() == null
				|| a.legalRepresentative().isBlank() ? null : a.legalRepresentative().strip();
		if (representative != null && representative.length() > 100) {
			throw InputRejected.invalid("legalRepresentative", "法定代表人不能超过100字");
		}
		if (representative != null && representative.chars().anyMatch(Character::isDigit)) {
			// a name has no digits: an ID number here would be published (GS-5, GS-7)
			throw InputRejected.unprocessable("legalRepresentative", "法定代表人只填写姓名，不填写证件号码");
		}
		return new Applicant(a.kind(), name, idNumber, creditCode, contactName, phone, address, representative);
	}

	private Versioned<Item> item(String code, LocalDate today) {
		String itemCode = required("itemCode", code, "请选择申请事项", 40);
		Versioned<Item> item = this.catalog.itemAsOf(itemCode, today)
			.filter(v -> !v.retired())
			.orElseThrow(() -> InputRejected.unprocessable("itemCode", "事项 " + itemCode + " 不存在或今日不在实施中"));
		if (item.content().category() != PowerCategory.LICENSING) {
			throw InputRejected.unprocessable("itemCode", "事项 " + itemCode + " 不是行政许可事项");
		}
		return item;
	}

	private static String required(String field, String value, String message, int max) {
		if (value == null || value.isBlank()) {
			throw InputRejected.invalid(field, message);
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw InputRejected.invalid(field, "不能超过" + max + "个字符");
		}
		return stripped;
	}

	private String queryCode() {
		char[] code = new char[QUERY_CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

	/** SHA-256 of the case id and the code: the code itself is never stored. */
	static String hash(CaseId id, String code) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
