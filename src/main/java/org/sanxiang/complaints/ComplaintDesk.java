package org.sanxiang.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives complaints and carries each through 待处理 → 处理中 → 已答复 → 已办结. Every command
 * checks all its input first, runs in one transaction and publishes its event there for
 * the journal. A staff member who may not see a complaint (see {@link ComplaintAccess})
 * gets the same "not found" as for a number that does not exist.
 */
@Service
class ComplaintDesk {

	static final int MAX_CONTENT = 2000;

	static final int MAX_NOTE = 2000;

	static final int QUERY_CODE_LENGTH = 8;

	/** Stands for the agency as a whole when the complainant does not know the unit. */
	static final String WHOLE_AGENCY = "AGENCY";

	static final String PUBLIC_ACTOR = "public";

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

	private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final Complaints complaints;

	private final Challenges challenges;

	private final Catalog catalog;

	private final WorkingDays workingDays;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int replyDays;

	private final SecureRandom random = new SecureRandom();

	ComplaintDesk(Complaints complaints, Challenges challenges, Catalog catalog, WorkingDays workingDays,
			StaffDirectory staff, ApplicationEventPublisher events, Clock clock,
			@Value("${sanxiang.complaints.reply-days:60}") int replyDays) {
		this.complaints = complaints;
		this.challenges = challenges;
		this.catalog = catalog;
		this.workingDays = workingDays;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
		this.replyDays = replyDays;
	}

	/** What the complainant is shown once: the tracking number and the query code. */
	// a flash attribute: kept in the session (JDBC, serialized) across the redirect
	record Receipt(String number, String queryCode, LocalDate deadline,
			String kindLabel) implements java.io.Serializable {
	}

	/** A complaint with its notes, for staff. */
	record Handling(Complaint complaint, List<Complaints.Note> notes) {
	}

	@Transactional
	Receipt submit(ComplaintForm form) {
		List<FieldError> errors = new ArrayList<>();
		ComplaintKind kind = ComplaintKind.parse(trim(form.kind()));
		if (kind == null) {
			errors.add(new FieldError("kind", "请选择投诉或举报"));
		}
		String unit = trim(form.unitCode());
		if (unit.isEmpty() || (!WHOLE_AGENCY.equals(unit) && this.catalog.unit(unit).isEmpty())) {
			errors.add(new FieldError("unitCode", "请选择被投诉举报的单位"));
		}
		Optional<Officer> officer = officer(form, errors);
		String caseNumber = trim(form.caseNumber());
		if (!caseNumber.isEmpty() && !CASE_NUMBER.matcher(caseNumber).matches()) {
			errors.add(new FieldError("caseNumber", "办件编号只能包含字母、数字和连字符，例如 XK-20260601-0001"));
		}
		String content = form.content() == null ? "" : form.content().strip();
		if (content.isEmpty()) {
			errors.add(new FieldError("content", "请填写投诉举报的内容"));
		}
		else if (content.length() > MAX_CONTENT) {
			errors.add(new FieldError("content", "内容不能超过" + MAX_CONTENT + "个字（现有" + content.length() + "个字）"));
		}
		String contactName = form.anonymous() ? "" : trim(form.contactName());
		String phone = form.anonymous() ? "" : trim(form.contactPhone()).replace(" ", "");
		if (contactName.length() > 50) {
			errors.add(new FieldError("contactName", "联系人姓名不能超过50个字"));
		}
		if (!phone.isEmpty() && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
			errors.add(new FieldError("contactPhone", "请填写正确的手机号码（11位）或固定电话（如 0746-4700001）"));
		}
		Optional<Challenges.Passed> passed = this.challenges.check(form.challengeToken(), form.challengeAnswer());
		if (passed.isEmpty()) {
			errors.add(new FieldError("challenge",
					this.challenges.expired(form.challengeToken()) ? "验证问题已过期，请回答新的问题" : "验证问题的答案不正确，请重新回答"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		Instant now = this.clock.instant();
		if (!this.complaints.useChallenge(passed.get().nonce(), passed.get().expiresAt(), now)) {
			throw InputRejected.unprocessable("challenge", "验证问题已使用过，请回答新的问题");
		}
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		String number = "TS-" + DAY.format(today) + "-" + String.format("%04d", this.complaints.nextNumber(today));
		UUID id = UUID.randomUUID();
		String code = queryCode();
		LocalDate deadline = deadline(today);
		ComplaintQueue queue = officer.isPresent() ? ComplaintQueue.SUPERVISION : ComplaintQueue.DIRECTOR;
		Officer o = officer.orElse(null);
		Complaint complaint = new Complaint(id, number, kind, unit, o == null ? null : o.id(),
				o == null ? null : o.name(), o == null ? null : o.account(),
				o == null || o.certificate() == null ? null : o.certificate().number(),
				caseNumber.isEmpty() ? null : caseNumber, content, contactName.isEmpty() ? null : contactName,
				phone.isEmpty() ? null : phone, form.anonymous(), queue, ComplaintStatus.RECEIVED, hash(id, code), now,
				today, deadline, null, null, null, null, null, null);
		this.complaints.add(complaint);
		this.events.publishEvent(new ComplaintReceived(id, number, kind.name(), unit, o != null, queue.name(), deadline,
				PUBLIC_ACTOR, now));
		return new Receipt(number, code, deadline, kind.label());
	}

	/**
	 * The last day to reply: {@code sanxiang.complaints.reply-days} (default 60) natural
	 * days from acceptance, the day of receipt — 信访工作条例 (2022) 第三十二条
	 * (信访事项应当自受理之日起60日内办结). RULES.md has no row for it yet. A period ending on a rest day
	 * moves to the next working day (民法典 第二百零三条), as the calendar counts natural days.
	 */
	LocalDate deadline(LocalDate receivedOn) {
		try {
			return this.workingDays.addNaturalDays(receivedOn, this.replyDays);
		}
		catch (InputRejected ex) {
			// the calendar of the year the period ends in is not loaded yet: the plain
			// count, never a refusal of the complainant
			return receivedOn.plusDays(this.replyDays);
		}
	}

	/**
	 * The complaint with that number if the code matches; empty for an unknown number and
	 * a wrong code alike.
	 */
	Optional<Complaint> track(String number, String code) {
		if (number == null || code == null) {
			return Optional.empty();
		}
		return this.complaints.byNumber(number.strip().toUpperCase())
			.filter(c -> MessageDigest.isEqual(c.queryCodeHash().getBytes(StandardCharsets.US_ASCII),
					hash(c.id(), code.strip().toUpperCase()).getBytes(StandardCharsets.US_ASCII)));
	}

	/** The complaints this viewer may see, newest first. */
	List<Complaint> visibleTo(Viewer viewer) {
		List<ComplaintQueue> queues = new ArrayList<>();
		if (viewer.has(Role.SUPERVISOR)) {
			queues.add(ComplaintQueue.SUPERVISION);
			queues.add(ComplaintQueue.DIRECTOR);
		}
		else if (viewer.has(Role.DIRECTOR)) {
			queues.add(ComplaintQueue.DIRECTOR);
		}
		return this.complaints.inQueues(queues).stream().filter(c -> permits(c, viewer)).toList();
	}

	Handling open(String number, Viewer viewer) {
		Complaint c = visible(number, viewer);
		return new Handling(c, this.complaints.notes(c.id()));
	}

	@Transactional
	Complaint assign(String number, String handler, Viewer viewer) {
		Complaint c = visible(number, viewer);
		refuseClosed(c);
		String account = trim(handler);
		StaffMember member = this.staff.find(account)
			.filter(StaffMember::enabled)
			.orElseThrow(() -> InputRejected.unprocessable("handler", "请选择承办人"));
		Viewer candidate = new Viewer(member.username(), member.roles());
		if (!permits(c, candidate)) {
			throw InputRejected.unprocessable("handler",
					c.namesOfficer() ? "涉及具名执法人员的投诉举报只能由督查人员承办，且不能由被投诉人本人承办" : "承办人应为负责人或督查人员，且不能是被投诉人本人");
		}
		ComplaintStatus next = c.status() == ComplaintStatus.RECEIVED ? ComplaintStatus.IN_PROGRESS : c.status();
		this.complaints.assign(c.id(), member.username(), next);
		this.events.publishEvent(
				new ComplaintAssigned(c.id(), c.number(), member.username(), viewer.account(), this.clock.instant()));
		return this.complaints.byNumber(c.number()).orElseThrow();
	}

	@Transactional
	Complaint note(String number, String text, Viewer viewer) {
		Complaint c = visible(number, viewer);
		refuseClosed(c);
		String note = required("note", text, "处理记录", MAX_NOTE);
		Instant now = this.clock.instant();
		this.complaints.addNote(c.id(), viewer.account(), now, note);
		if (c.status() == ComplaintStatus.RECEIVED) {
			this.complaints.status(c.id(), ComplaintStatus.IN_PROGRESS);
		}
		this.events.publishEvent(new ComplaintNoteRecorded(c.id(), c.number(), sha256(note), viewer.account(), now));
		return this.complaints.byNumber(c.number()).orElseThrow();
	}

	@Transactional
	Complaint reply(String number, String text, Viewer viewer) {
		Complaint c = visible(number, viewer);
		refuseClosed(c);
		String reply = required("reply", text, "答复内容", MAX_CONTENT);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		this.complaints.reply(c.id(), reply, viewer.account(), now, today);
		this.events.publishEvent(new ComplaintReplied(c.id(), c.number(), sha256(reply), c.deadline(),
				!today.isAfter(c.deadline()), viewer.account(), now));
		return this.complaints.byNumber(c.number()).orElseThrow();
	}

	@Transactional
	Complaint close(String number, Viewer viewer) {
		Complaint c = visible(number, viewer);
		refuseClosed(c);
		if (c.status() != ComplaintStatus.REPLIED) {
			throw InputRejected.unprocessable("status", "答复投诉举报人后才能办结");
		}
		Instant now = this.clock.instant();
		this.complaints.close(c.id(), now);
		this.events.publishEvent(new ComplaintClosed(c.id(), c.number(), viewer.account(), now));
		return this.complaints.byNumber(c.number()).orElseThrow();
	}

	/** Staff who may be assigned this complaint. */
	List<StaffMember> handlersFor(Complaint c) {
		List<StaffMember> members = new ArrayList<>(this.staff.holding(Role.SUPERVISOR));
		if (c.queue() == ComplaintQueue.DIRECTOR) {
			this.staff.holding(Role.DIRECTOR)
				.stream()
				.filter(m -> members.stream().noneMatch(x -> x.username().equals(m.username())))
				.forEach(members::add);
		}
		return members.stream()
			.filter(StaffMember::enabled)
			.filter(m -> permits(c, new Viewer(m.username(), m.roles())))
			.toList();
	}

	/** Certified officers the public may name (持证 today). */
	List<Officer> certifiedOfficers() {
		LocalDate today = LocalDate.now(this.clock);
		return this.catalog.officers().stream().filter(o -> o.certifiedOn(today)).toList();
	}

	private boolean permits(Complaint c, Viewer viewer) {
		Set<String> named = new java.util.HashSet<>();
		if (c.officerAccount() != null) {
			named.add(c.officerAccount());
		}
		if (c.officerId() != null) {
			this.catalog.officer(c.officerId()).map(Officer::account).ifPresent(named::add);
		}
		return ComplaintAccess.permits(c, viewer, named);
	}

	private Complaint visible(String number, Viewer viewer) {
		return this.complaints.byNumber(number == null ? null : number.strip().toUpperCase())
			.filter(c -> permits(c, viewer))
			.orElseThrow(() -> new NotFound("未找到该投诉举报"));
	}

	private Optional<Officer> officer(ComplaintForm form, List<FieldError> errors) {
		String id = trim(form.officerId());
		String certificate = trim(form.certificateNo());
		Optional<Officer> chosen = Optional.empty();
		if (!id.isEmpty()) {
			chosen = this.catalog.officer(id);
			if (chosen.isEmpty()) {
				errors.add(new FieldError("officerId", "请从名单中选择执法人员"));
				return Optional.empty();
			}
		}
		if (!certificate.isEmpty()) {
			Optional<Officer> typed = certificate.length() > 64 ? Optional.empty()
					: this.catalog.officerByCertificate(certificate)
						.or(() -> this.catalog.formerOfficerByCertificate(certificate).map(Versioned::content));
			if (typed.isEmpty()) {
				errors.add(new FieldError("certificateNo", "未找到该执法证编号，请核对后重新填写，或留空"));
				return Optional.empty();
			}
			if (chosen.isPresent() && !chosen.get().id().equals(typed.get().id())) {
				errors.add(new FieldError("certificateNo", "所填执法证编号与所选执法人员不一致"));
				return Optional.empty();
			}
			chosen = typed;
		}
		return chosen;
	}

	private String queryCode() {
		char[] code = new char[QUERY_CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length()));
		}
		return new String(code);
	}

	/** SHA-256 of the id and the code: the code itself is never stored. */
	static String hash(UUID id, String code) {
		return sha256(id + ":" + code);
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

	private static void refuseClosed(Complaint c) {
		if (c.status() == ComplaintStatus.CLOSED) {
			throw InputRejected.unprocessable("status", "该投诉举报已办结，不能再修改");
		}
	}

	private static String required(String field, String value, String label, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			throw InputRejected.unprocessable(field, "请填写" + label);
		}
		if (v.length() > max) {
			throw InputRejected.unprocessable(field, label + "不能超过" + max + "个字");
		}
		return v;
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}

}
