package org.sanxiang.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.OpenCase;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.Officer;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublicationTimeliness;
import org.sanxiang.disclosure.PublicationTimeliness.Unpublished;
import org.sanxiang.identity.Role;
import org.sanxiang.inspection.InspectionStatistics;
import org.sanxiang.inspection.InspectionStatistics.InspectionFacts;
import org.sanxiang.inspection.InspectionStatistics.PlanFacts;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.review.LegalReview;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewClock;
import org.sanxiang.supervision.inspection.InspectionFindings;
import org.sanxiang.supervision.inspection.InspectionFindings.Finding;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts (提醒) of one day, computed from the other modules' records as they stand —
 * never copied, so an alert disappears the moment its cause is dealt with. Each goes to
 * the people who must act:
 * <ul>
 * <li>办理期限 (XK-42): the case officers (承办人) from 3 working days before the statutory
 * decision due day;</li>
 * <li>公示期限 (GS-3): the 负责人 who approve publications, and the case officers while the
 * decision document (文书号) is still missing;</li>
 * <li>执法证 (ZJ-1, ZJ-2): the officer and the 管理员 who keep the officer records from 30 days
 * before expiry; an expired certificate only while its holder is assigned to open
 * cases;</li>
 * <li>法制审核 (SH-5): the reviewer once the review's due day has passed;</li>
 * <li>整改 (督查): the staff of the inspected unit and the 督查 once the rectification deadline
 * has passed — only when inspections are installed;</li>
 * <li>抽查期限 (双随机、一公开): the drawn inspectors of an inspection not yet recorded from 3
 * working days before its plan's last day, and the 负责人 and 督查 once that day has
 * passed.</li>
 * </ul>
 */
@Component
class Alerts {

	private static final Logger log = LoggerFactory.getLogger(Alerts.class);

	/** No inspection plan of the platform starts before this day. */
	static final LocalDate EARLIEST_PLAN = LocalDate.of(2000, 1, 1);

	private final CaseStatistics cases;

	private final CaseFacts caseFacts;

	private final PublicationTimeliness publications;

	private final Catalog catalog;

	private final LegalReviews reviews;

	private final StaffDirectory staff;

	private final ObjectProvider<InspectionFindings> findings;

	private final InspectionStatistics randomInspections;

	private final AlertPolicy policy;

	private final Clock clock;

	Alerts(CaseStatistics cases, CaseFacts caseFacts, PublicationTimeliness publications, Catalog catalog,
			LegalReviews reviews, StaffDirectory staff, ObjectProvider<InspectionFindings> findings,
			InspectionStatistics randomInspections, WorkingDays workingDays, Clock clock) {
		this.cases = cases;
		this.caseFacts = caseFacts;
		this.publications = publications;
		this.catalog = catalog;
		this.reviews = reviews;
		this.staff = staff;
		this.findings = findings;
		this.randomInspections = randomInspections;
		this.policy = new AlertPolicy(workingDays);
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Every alert of {@code today}, the most pressing first. */
	@Transactional(readOnly = true)
	List<Alert> on(LocalDate today) {
		People people = new People(officerAccounts());
		List<OpenCase> open = this.cases.open(today);
		List<Alert> alerts = new ArrayList<>();
		decisions(open, today, people, alerts);
		publications(today, people, alerts);
		certificates(open, today, people, alerts);
		reviews(today, people, alerts);
		rectifications(today, people, alerts);
		randomInspections(today, people, alerts);
		alerts.sort(Comparator.comparing((Alert a) -> a.level() == AlertLevel.OVERDUE ? 0 : 1)
			.thenComparing(Alert::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Alert::key));
		return alerts;
	}

	/** The alerts of {@code today} that {@code username} must act on. */
	List<Alert> forUser(String username, LocalDate today) {
		return on(today).stream().filter(a -> a.isFor(username)).toList();
	}

	// 办理期限 (行政许可法 第四十二条, XK-42): warn the officers, and the 负责人 once overdue
	private void decisions(List<OpenCase> open, LocalDate today, People people, List<Alert> alerts) {
		for (OpenCase c : open) {
			Optional<AlertLevel> level = this.policy.deadline(c.decisionDue(), today);
			if (level.isEmpty()) {
				continue;
			}
			Set<String> to = people.officers(c.officerIds());
			String message;
			if (level.get() == AlertLevel.OVERDUE) {
				to.addAll(people.overdueWatchers());
				message = "案件 " + c.number() + "（" + c.itemName() + "）已超过法定办理期限 " + c.decisionDue() + "，尚未作出决定"
						+ (c.paused() ? "（期限中止中）" : "");
			}
			else {
				message = "案件 " + c.number() + "（" + c.itemName() + "）须在 " + c.decisionDue() + " 前作出决定，还剩 "
						+ this.policy.workingDaysLeft(today, c.decisionDue()) + " 个工作日";
			}
			alerts.add(new Alert(Alert.key(AlertKind.DECISION, level.get(), c.id().value(), c.decisionDue()),
					AlertKind.DECISION, level.get(), c.number(), message, c.decisionDue(),
					"/console/licensing/" + c.id().value(), to));
		}
	}

	// 许可决定公示 within 7 working days of the decision (GS-3)
	private void publications(LocalDate today, People people, List<Alert> alerts) {
		for (Unpublished p : this.publications.unpublished()) {
			Optional<AlertLevel> level = this.policy.deadline(p.dueOn(), today);
			if (level.isEmpty()) {
				continue;
			}
			Set<String> to = new LinkedHashSet<>(people.holding(Role.DIRECTOR));
			if (level.get() == AlertLevel.OVERDUE) {
				to.addAll(people.overdueWatchers());
			}
			String waiting = "待审核";
			if (p.status() == PublicationStatus.PENDING) {
				waiting = "待补录文书号";
				to.addAll(people.officers(
						this.caseFacts.find(new CaseId(p.caseId())).map(CaseSnapshot::officerIds).orElse(List.of())));
			}
			String message = level.get() == AlertLevel.OVERDUE
					? "案件 " + p.caseNumber() + " 的" + p.action() + "决定应于 " + p.dueOn() + " 前公示，已逾期未公示（" + waiting + "）"
					: "案件 " + p.caseNumber() + " 的" + p.action() + "决定须在 " + p.dueOn() + " 前公示（" + waiting + "）";
			alerts
				.add(new Alert(Alert.key(AlertKind.PUBLICATION, level.get(), p.id(), p.dueOn()), AlertKind.PUBLICATION,
						level.get(), p.caseNumber(), message, p.dueOn(), "/console/publications/" + p.id(), to));
		}
	}

	// 亮证执法: a certificate valid on the day of every act (ZJ-1), renewed before it runs
	// out (ZJ-2: five years)
	private void certificates(List<OpenCase> open, LocalDate today, People people, List<Alert> alerts) {
		Map<String, List<String>> openCases = new HashMap<>();
		for (OpenCase c : open) {
			for (String officer : c.officerIds()) {
				openCases.computeIfAbsent(officer, k -> new ArrayList<>()).add(c.number());
			}
		}
		for (Officer o : this.catalog.officers()) {
			Certificate cert = o.certificate();
			if (cert == null) {
				continue;
			}
			Optional<AlertLevel> level = AlertPolicy.certificate(cert.validTo(), today);
			List<String> assigned = openCases.getOrDefault(o.id(), List.of());
			if (level.isEmpty() || (level.get() == AlertLevel.OVERDUE && assigned.isEmpty())) {
				continue;
			}
			Set<String> to = new LinkedHashSet<>(people.holding(Role.ADMIN));
			if (o.account() != null && !o.account().isBlank()) {
				to.add(o.account());
			}
			String message;
			if (level.get() == AlertLevel.OVERDUE) {
				to.addAll(people.overdueWatchers());
				message = o.name() + " 的行政执法证（" + cert.number() + "）已于 " + cert.validTo() + " 到期，仍承办未办结案件 "
						+ String.join("、", assigned) + "，请更换承办人或换发证件";
			}
			else {
				message = o.name() + " 的行政执法证（" + cert.number() + "）将于 " + cert.validTo() + " 到期，请及时申请换发";
			}
			alerts.add(new Alert(Alert.key(AlertKind.CERTIFICATE, level.get(), o.id(), cert.validTo()),
					AlertKind.CERTIFICATE, level.get(), o.name(), message, cert.validTo(),
					"/console/catalog/officer/" + o.id() + "/history", to));
		}
	}

	// 法制审核 within its period, never past the case's decision due day (SH-5)
	private void reviews(LocalDate today, People people, List<Alert> alerts) {
		for (LegalReview r : this.reviews.open()) {
			ReviewClock clock = this.reviews.clock(r);
			if (clock == null || clock.due() == null || !today.isAfter(clock.due())) {
				continue;
			}
			Set<String> to = new LinkedHashSet<>(people.overdueWatchers());
			if (r.reviewer() != null) {
				to.add(r.reviewer());
			}
			String message = "案件 " + r.caseNumber() + " 的法制审核应于 " + clock.due() + " 前完成，已超期";
			alerts.add(new Alert(Alert.key(AlertKind.REVIEW, AlertLevel.OVERDUE, r.id().value(), clock.due()),
					AlertKind.REVIEW, AlertLevel.OVERDUE, r.caseNumber(), message, clock.due(),
					"/console/reviews/" + r.id().value(), to));
		}
	}

	// 督查整改: only where inspections are installed
	private void rectifications(LocalDate today, People people, List<Alert> alerts) {
		InspectionFindings inspections = this.findings.getIfAvailable();
		if (inspections == null) {
			return;
		}
		Set<String> agencies = new LinkedHashSet<>();
		this.catalog.agencies().forEach(a -> agencies.add(a.creditCode()));
		Map<String, String> unitNames = new HashMap<>();
		this.catalog.units().forEach(u -> unitNames.put(u.code(), u.name()));
		for (String agency : agencies) {
			List<Finding> open;
			try {
				open = inspections.openRectifications(agency);
			}
			catch (RuntimeException ex) {
				// the other alerts still count when the inspections cannot be read
				log.warn("未能读取督查整改情况，本次不计整改逾期提醒：{}", ex.toString());
				continue;
			}
			for (Finding f : open) {
				if (!f.overdueOn(today)) {
					continue;
				}
				Set<String> to = new LinkedHashSet<>(people.holding(Role.SUPERVISOR));
				to.addAll(people.ofUnit(f.unitCode()));
				String message = unitNames.getOrDefault(f.unitCode(), f.unitCode()) + " 对“" + f.checkTitle() + "”发现的问题（"
						+ f.description() + "）应于 " + f.rectificationDue() + " 前整改完毕，已逾期";
				alerts
					.add(new Alert(Alert.key(AlertKind.RECTIFICATION, AlertLevel.OVERDUE, f.id(), f.rectificationDue()),
							AlertKind.RECTIFICATION, AlertLevel.OVERDUE, f.checkTitle(), message, f.rectificationDue(),
							"/console/supervision/checks/" + f.checkId(), to));
			}
		}
	}

	/**
	 * 双随机抽查: every drawn inspection of a plan that is not cancelled, not yet recorded,
	 * from 3 working days before the plan's last day — to its drawn inspectors, and once
	 * the day has passed to the 负责人 and 督查 as well. Plans are read from
	 * {@link #EARLIEST_PLAN} (overdue inspections stay until recorded) up to a month
	 * ahead (beyond any 3 working days, holidays included).
	 */
	private void randomInspections(LocalDate today, People people, List<Alert> alerts) {
		LocalDate horizon = today.plusDays(31);
		Map<UUID, String> numbers = new HashMap<>();
		List<InspectionFacts> drawn;
		try {
			for (PlanFacts p : this.randomInspections.plans(EARLIEST_PLAN, horizon)) {
				numbers.put(p.id(), p.number());
			}
			drawn = this.randomInspections.inspections(EARLIEST_PLAN, horizon);
		}
		catch (RuntimeException ex) {
			// the other alerts still count when the inspections cannot be read
			log.warn("未能读取双随机抽查情况，本次不计抽查期限提醒：{}", ex.toString());
			return;
		}
		for (InspectionFacts i : drawn) {
			if (i.inspectedOn() != null) {
				continue;
			}
			Optional<AlertLevel> level = this.policy.deadline(i.periodEnd(), today);
			if (level.isEmpty()) {
				continue;
			}
			String plan = numbers.getOrDefault(i.planId(), i.planId().toString());
			Set<String> to = people.officers(i.inspectorIds());
			String message;
			if (level.get() == AlertLevel.OVERDUE) {
				to.addAll(people.overdueWatchers());
				message = "抽查计划 " + plan + " 对检查对象 " + i.creditCode() + " 的检查应于 " + i.periodEnd() + " 前完成，已逾期未记录检查结果";
			}
			else {
				message = "抽查计划 " + plan + " 对检查对象 " + i.creditCode() + " 的检查须在 " + i.periodEnd() + " 前完成并记录，还剩 "
						+ this.policy.workingDaysLeft(today, i.periodEnd()) + " 个工作日";
			}
			alerts.add(new Alert(Alert.key(AlertKind.INSPECTION, level.get(), i.assignmentId(), i.periodEnd()),
					AlertKind.INSPECTION, level.get(), plan, message, i.periodEnd(),
					"/console/inspection/assignments/" + i.assignmentId(), to));
		}
	}

	/** Catalog officer id to staff account, for the officers who have one. */
	private Map<String, String> officerAccounts() {
		Map<String, String> accounts = new HashMap<>();
		for (Officer o : this.catalog.officers()) {
			if (o.account() != null && !o.account().isBlank()) {
				accounts.put(o.id(), o.account());
			}
		}
		return accounts;
	}

	/**
	 * Who is who, read once per computation: officer accounts and the enabled staff by
	 * role.
	 */
	private final class People {

		private final Map<String, String> accounts;

		private final Map<Role, Set<String>> byRole = new HashMap<>();

		private final Map<String, Set<String>> byUnit = new HashMap<>();

		People(Map<String, String> accounts) {
			this.accounts = accounts;
		}

		Set<String> officers(List<String> officerIds) {
			Set<String> to = new LinkedHashSet<>();
			for (String id : officerIds) {
				String account = this.accounts.get(id);
				if (account != null) {
					to.add(account);
				}
			}
			return to;
		}

		Set<String> holding(Role role) {
			return this.byRole.computeIfAbsent(role, r -> {
				Set<String> names = new LinkedHashSet<>();
				for (StaffMember m : Alerts.this.staff.holding(r)) {
					names.add(m.username());
					if (m.unitCode() != null) {
						this.byUnit.computeIfAbsent(m.unitCode(), k -> new LinkedHashSet<>()).add(m.username());
					}
				}
				return names;
			});
		}

		/**
		 * Who hears of everything overdue: the 负责人, who decide, extend and reassign, and
		 * 督查, who follow the work up.
		 */
		Set<String> overdueWatchers() {
			Set<String> to = new LinkedHashSet<>(holding(Role.DIRECTOR));
			to.addAll(holding(Role.SUPERVISOR));
			return to;
		}

		Set<String> ofUnit(String unitCode) {
			for (Role role : Role.values()) {
				holding(role);
			}
			return this.byUnit.getOrDefault(unitCode, Set.of());
		}

	}

}
