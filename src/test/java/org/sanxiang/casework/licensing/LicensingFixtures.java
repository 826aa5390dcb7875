package org.sanxiang.casework.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.sanxiang.calendar.WorkingDays;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.Fee;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.catalog.TimeLimit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.evidence.Coverage;
import org.sanxiang.identity.Role;

/**
 * Cases, people and rules for the licensing tests, on the 2026 calendar (RULES.md T-3).
 */
final class LicensingFixtures {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Actor CLERK = Actor.staff("clerk", "窗口甲", Role.CLERK);

	/** The scan of a signed 送达回证, an evidence item of the case's 送达 (JL-2). */
	static final ReceiptScans SCANNED = ReceiptScans.of(UUID.fromString("5e1f0c8a-0000-4000-8000-00000000d0c5"));

	/** Every required material was received (XK-32b). */
	static final List<String> NOTHING_MISSING = List.of();

	/** One recording of the hearing attached (JL-3). */
	static final MediaRecord RECORDED_HEARING = recorded("听证", capture("2026-10-13T09:00", "2026-10-13T11:00"));

	static final Actor OFFICER = Actor.staff("officer", "承办人乙", Role.OFFICER);

	static final Actor DIRECTOR = Actor.staff("director", "局长丙", Role.DIRECTOR);

	static final Officer LI = officer("o-li", "李执法", LocalDate.of(2030, 12, 31), CertificateStatus.VALID);

	static final Officer WANG = officer("o-wang", "王执法", LocalDate.of(2030, 12, 31), CertificateStatus.VALID);

	static final Officer ZHAO = officer("o-zhao", "赵执法", LocalDate.of(2030, 12, 31), CertificateStatus.VALID);

	/** Certificate expired on 2026-06-30. */
	static final Officer EXPIRED = officer("o-chen", "陈执法", LocalDate.of(2026, 6, 30), CertificateStatus.VALID);

	static final String AGENCY = "11431128MB1234567X";

	/**
	 * An agency's 重大执法决定法制审核目录 (SH-2): every kind enabled, 疑难复杂 with collective
	 * discussion, and one more 其他 condition of its own.
	 */
	static final List<MajorCondition> CATALOGUE = List.of(condition(MajorConditionKind.PUBLIC_INTEREST, false, true),
			condition(MajorConditionKind.MAJOR_INTERESTS, false, true),
			condition(MajorConditionKind.AFTER_HEARING, false, true),
			condition(MajorConditionKind.WITHDRAWAL_REVOCATION, false, true),
			condition(MajorConditionKind.COMPLEX_NOVEL, true, true),
			new MajorCondition("OTHER-1", AGENCY, MajorConditionKind.OTHER, "涉及多个部门联合审批的", "本局法制审核制度", false, true, 6));

	private LicensingFixtures() {
	}

	static MajorCondition condition(MajorConditionKind kind, boolean collectiveDiscussion, boolean enabled) {
		return new MajorCondition(kind.name(), AGENCY, kind, kind.label() + "的行政许可决定", "国办发〔2018〕118号（测试）",
				collectiveDiscussion, enabled, kind.ordinal() + 1);
	}

	static Officer officer(String id, String name, LocalDate validTo, CertificateStatus status) {
		return new Officer(id, AGENCY, name, "TZK", "科员",
				new Certificate("43-" + id, "湖南省人民政府", LocalDate.of(2022, 11, 1), validTo, status), List.of("新田县行政区域"),
				null, true);
	}

	static Versioned<Item> item(boolean major, Integer promisedDays) {
		return item(major, promisedDays, false);
	}

	/**
	 * An item whose site checks must be recorded on audio/video when {@code media}
	 * (JL-3b).
	 */
	static Versioned<Item> item(boolean major, Integer promisedDays, boolean media) {
		Item item = new Item("XK-001", AGENCY, "企业投资项目核准", PowerCategory.LICENSING, "核准",
				List.of(new LegalBasis("《企业投资项目核准和备案管理条例》", "第三条", "…")), "TZK", "符合条件",
				List.of("申请", "受理", "审查", "决定", "送达"), new TimeLimit(20, DayUnit.WORKING_DAYS),
				promisedDays == null ? null : new TimeLimit(promisedDays, DayUnit.WORKING_DAYS),
				new Fee(false, "不收费", null), List.of(), major, media, false, null, null);
		return new Versioned<>(item, 3, LocalDate.of(2026, 1, 1), "修订", "admin", Instant.parse("2026-01-01T00:00:00Z"));
	}

	/**
	 * Rules on the 2026 calendar with today = {@code today}, and no review module (major
	 * cases refused).
	 */
	static LicensingRules rulesOn(LocalDate today) {
		return rulesOn(today, DecisionGuard.NO_REVIEW_MODULE);
	}

	static LicensingRules rulesOn(LocalDate today, DecisionGuard guard) {
		Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		return new LicensingRules(WorkingDays.shipped(), clock, guard, null);
	}

	/**
	 * Rules whose agency keeps {@code catalogue} as its legal-review catalogue (SH-2).
	 */
	static LicensingRules rulesOn(LocalDate today, DecisionGuard guard, List<MajorCondition> catalogue) {
		Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		return new LicensingRules(WorkingDays.shipped(), clock, guard, null, (agency, on) -> catalogue);
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	/** Beijing time, e.g. {@code 2026-10-12T09:00}. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	/** A capture interval in Beijing time. */
	static Coverage.Interval capture(String from, String to) {
		return new Coverage.Interval(at(from), at(to));
	}

	/** Audio/video items of {@code activity} attached, captured over {@code captures}. */
	static MediaRecord recorded(String activity, Coverage.Interval... captures) {
		return new MediaRecord(activity, null, null, List.of(captures), null);
	}

	/** No recording of {@code activity}, but a reason a 负责人 approved (JL-5). */
	static MediaRecord exempted(String activity, String reason) {
		return new MediaRecord(activity, null, null, List.of(), reason);
	}

	/** A case received on {@code receivedOn} (today being that day). */
	static LicensingCase received(String receivedOn) {
		return received(receivedOn, false);
	}

	static LicensingCase received(String receivedOn, boolean major) {
		return LicensingCase
			.receive(CaseId.random(), item(major, 10), "新田县某某能源有限公司", CLERK, day(receivedOn), rulesOn(day(receivedOn)))
			.moved()
			.next();
	}

	/** A case received and accepted the same day, with officers Li and Wang assigned. */
	static LicensingCase underReview(String acceptedOn) {
		return underReview(acceptedOn, false);
	}

	static LicensingCase underReview(String acceptedOn, boolean major) {
		LicensingRules rules = rulesOn(day(acceptedOn));
		LicensingCase accepted = received(acceptedOn, major).accept(CLERK, day(acceptedOn), NOTHING_MISSING, rules)
			.moved()
			.next();
		return accepted.assignOfficers(OFFICER, List.of(LI, WANG), rules).moved().next();
	}

	/**
	 * A case of an item not listed in the catalogue, received and accepted on
	 * {@code acceptedOn} under {@code catalogue}, with officers Li and Wang assigned.
	 */
	static LicensingCase underReview(String acceptedOn, List<MajorCondition> catalogue) {
		LicensingRules rules = rulesOn(day(acceptedOn), DecisionGuard.NO_REVIEW_MODULE, catalogue);
		return LicensingCase.receive(CaseId.random(), item(false, 10), "新田县某某能源有限公司", CLERK, day(acceptedOn), rules)
			.moved()
			.next()
			.accept(CLERK, day(acceptedOn), NOTHING_MISSING, rules)
			.moved()
			.next()
			.assignOfficers(OFFICER, List.of(LI, WANG), rules)
			.moved()
			.next();
	}

}
