package org.sanxiang.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.casework.GrantedLicences;
import org.sanxiang.casework.GrantedLicences.GrantedLicence;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.catalog.Officer;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers of 双随机: 检查对象名录 (market entities with the licences they hold — those
 * granted on this platform read from casework beside those recorded by hand) and the
 * conflicts of interest (回避) between officers and targets: declared ones, and the
 * officers who handled or approved a licence the platform granted to the target. The
 * inspector pool itself is the catalog's officers certified on the day of a draw
 * ({@link #pool}).
 */
@Service
class TargetRegister {

	private final InspectionStore store;

	private final GrantedLicences granted;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TargetRegister(InspectionStore store, GrantedLicences granted, Catalog catalog, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.granted = granted;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A target with every licence it holds and the conflicts that keep officers away.
	 *
	 * @param conflicts declared conflicts, withdrawn ones included
	 * @param automatic officers kept away because they handled or approved a licence of
	 * the target on this platform, by officer id
	 */
	record Entry(Target target, List<Target.HeldLicence> licences, List<InspectionStore.Conflict> conflicts,
			Map<String, String> automatic) {
	}

	/** What a clerk types to add or change a target. */
	record TargetForm(String creditCode, String name, String category, String legalRepresentative, String address,
			String area, String industry, List<Target.HeldLicence> licences, Boolean active) {
	}

	@Transactional(readOnly = true)
	List<Entry> entries(String agencyCode) {
		List<GrantedLicence> granted = granted(agencyCode);
		Map<String, List<GrantedLicence>> byHolder = byHolder(granted);
		List<InspectionStore.Conflict> conflicts = this.store.conflicts(agencyCode);
		Map<String, Map<String, String>> automatic = automaticConflicts(granted);
		return this.store.targets(agencyCode)
			.stream()
			.map(t -> new Entry(t, licences(t, byHolder.getOrDefault(t.creditCode(), List.of())),
					conflicts.stream().filter(c -> c.creditCode().equals(t.creditCode())).toList(),
					automatic.getOrDefault(t.creditCode(), Map.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	Entry entry(String agencyCode, String creditCode) {
		Target t = this.store.target(agencyCode, creditCode)
			.orElseThrow(() -> new NotFound("检查对象名录中没有统一社会信用代码为 " + creditCode + " 的对象"));
		List<GrantedLicence> granted = granted(agencyCode);
		return new Entry(t, licences(t, byHolder(granted).getOrDefault(creditCode, List.of())),
				this.store.conflicts(agencyCode).stream().filter(c -> c.creditCode().equals(creditCode)).toList(),
				automaticConflicts(granted).getOrDefault(creditCode, Map.of()));
	}

	/**
	 * Adds a target or changes it; every field is checked first and nothing is saved on
	 * error.
	 */
	@Transactional
	Target save(String agencyCode, TargetForm form, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String code = strip(form.creditCode());
		if (code == null) {
			errors.add(new FieldError("creditCode", "请填写统一社会信用代码"));
		}
		else {
			code = code.toUpperCase();
			CreditCode.problem(code).ifPresent(p -> errors.add(new FieldError("creditCode", p)));
		}
		String name = required(form.name(), "name", "名称", 200, errors);
		String category = strip(form.category());
		if (category == null || !Target.CATEGORIES.contains(category)) {
			errors.add(new FieldError("category", "类别应为「法人及非法人组织」或「个体工商户」"));
		}
		String representative = optional(form.legalRepresentative(), "legalRepresentative", "法定代表人（负责人）", 100, errors);
		String address = required(form.address(), "address", "地址", 300, errors);
		String area = required(form.area(), "area", "所在区域", 100, errors);
		String industry = required(form.industry(), "industry", "行业", 100, errors);
		List<Target.HeldLicence> licences = new ArrayList<>();
		List<Target.HeldLicence> typed = (form.licences() == null) ? List.of() : form.licences();
		for (int i = 0; i < typed.size(); i++) {
			Target.HeldLicence l = typed.get(i);
			String licenceName = strip(l.name());
			if (licenceName == null) {
				errors.add(new FieldError("licences[" + i + "].name", "请填写许可证件名称"));
				continue;
			}
			if (licenceName.length() > 100 || (l.number() != null && l.number().length() > 100)
					|| (l.issuer() != null && l.issuer().length() > 100)) {
				errors.add(new FieldError("licences[" + i + "]", "许可证件名称、编号、发证机关均不超过 100 个字"));
				continue;
			}
			licences.add(
					new Target.HeldLicence(licenceName, strip(l.number()), strip(l.issuer()), l.validTo(), null, null));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		boolean active = form.active() == null || form.active();
		Target target = new Target(agencyCode, code, name, category, representative, address, area, industry, licences,
				active);
		Instant now = this.clock.instant();
		this.store.saveTarget(target, actor, now);
		this.events.publishEvent(new InspectionTargetSaved(agencyCode, code, name, area, industry, active, actor, now));
		return target;
	}

	/**
	 * The kinds of a declared conflict, stored ahead of the reason ("亲属关系：…") so that the
	 * portal can publish the kind without the reason's text.
	 */
	static final List<String> CONFLICT_KINDS = List.of("亲属关系", "利害关系", "其他应当回避的情形");

	/** Records that an officer must not inspect a target (回避申报). */
	@Transactional
	InspectionStore.Conflict declareConflict(String agencyCode, String creditCode, String officerId, String kind,
			String reason, String actor) {
		List<FieldError> errors = new ArrayList<>();
		if (this.store.target(agencyCode, creditCode).isEmpty()) {
			throw new NotFound("检查对象名录中没有统一社会信用代码为 " + creditCode + " 的对象");
		}
		Optional<Officer> officer = Optional.ofNullable(strip(officerId)).flatMap(this.catalog::officer);
		if (officer.isEmpty() || !officer.get().agencyCode().equals(agencyCode)) {
			errors.add(new FieldError("officerId", "请选择本局的执法人员"));
		}
		String why = required(reason, "reason", "回避理由", 280, errors);
		String k = strip(kind);
		if (k != null && !CONFLICT_KINDS.contains(k)) {
			errors.add(new FieldError("kind", "回避情形应为「亲属关系」「利害关系」或「其他应当回避的情形」"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		if (k != null) {
			why = k + "：" + why;
		}
		Instant now = this.clock.instant();
		InspectionStore.Conflict conflict = new InspectionStore.Conflict(UUID.randomUUID(), agencyCode, creditCode,
				officer.get().id(), why, actor, now, null, null);
		if (!this.store.addConflict(conflict)) {
			throw InputRejected.conflict("officerId", officer.get().name() + " 对该检查对象的回避申报已登记");
		}
		this.events.publishEvent(new InspectionConflictDeclared(conflict.id(), agencyCode, creditCode,
				conflict.officerId(), why, actor, now));
		return conflict;
	}

	@Transactional
	void withdrawConflict(String agencyCode, UUID id, String actor) {
		InspectionStore.Conflict c = this.store.conflict(id)
			.filter(x -> x.agencyCode().equals(agencyCode))
			.orElseThrow(() -> new NotFound("没有这条回避申报"));
		Instant now = this.clock.instant();
		if (!this.store.withdrawConflict(id, actor, now)) {
			throw InputRejected.conflict("id", "这条回避申报已撤回");
		}
		this.events.publishEvent(new InspectionConflictWithdrawn(id, c.creditCode(), c.officerId(), actor, now));
	}

	/**
	 * Why an officer must not inspect a target, for every pair that has a reason:
	 * declared conflicts, and the officers who handled or approved a licence this
	 * platform granted to the target (回避: 曾为其办理许可). Key: credit code, then officer id.
	 */
	Map<String, Map<String, String>> conflicts(String agencyCode) {
		Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
		for (InspectionStore.Conflict c : this.store.conflicts(agencyCode)) {
			if (c.holds()) {
				reasons.computeIfAbsent(c.creditCode(), k -> new LinkedHashMap<>())
					.putIfAbsent(c.officerId(), "申报回避：" + c.reason());
			}
		}
		automaticConflicts(granted(agencyCode)).forEach((code, byOfficer) -> byOfficer.forEach(
				(officer, why) -> reasons.computeIfAbsent(code, k -> new LinkedHashMap<>()).putIfAbsent(officer, why)));
		return reasons;
	}

	/**
	 * The officers who handled or approved a licence the platform granted to each target.
	 */
	private Map<String, Map<String, String>> automaticConflicts(List<GrantedLicence> granted) {
		Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
		Map<String, String> officerOfAccount = new LinkedHashMap<>();
		for (Officer o : this.catalog.officers()) {
			if (o.account() != null) {
				officerOfAccount.put(o.account(), o.id());
			}
		}
		for (GrantedLicence l : granted) {
			Map<String, String> ofTarget = reasons.computeIfAbsent(l.creditCode(), k -> new LinkedHashMap<>());
			for (String officerId : l.officerIds()) {
				ofTarget.putIfAbsent(officerId, "曾承办该对象的行政许可（" + l.caseNumber() + "）");
			}
			String approver = officerOfAccount.get(l.approvedBy());
			if (approver != null) {
				ofTarget.putIfAbsent(approver, "曾批准该对象的行政许可（" + l.caseNumber() + "）");
			}
		}
		return reasons;
	}

	/**
	 * The items each target holds a licence of through this platform (for plan filters).
	 */
	Map<String, List<String>> licensedItems(String agencyCode) {
		Map<String, List<String>> items = new LinkedHashMap<>();
		byHolder(granted(agencyCode)).forEach((code, licences) -> items.put(code,
				licences.stream().filter(l -> "有效".equals(l.status())).map(GrantedLicence::itemCode).toList()));
		return items;
	}

	/**
	 * 执法人员库 for a draw: the agency's officers (of the given units, or all) whose
	 * certificate is valid on {@code day} (持证上岗, ZJ-1), sorted by id.
	 */
	List<Officer> pool(String agencyCode, List<String> units, LocalDate day) {
		return this.catalog.officers()
			.stream()
			.filter(o -> o.agencyCode().equals(agencyCode))
			.filter(o -> units.isEmpty() || units.contains(o.unitCode()))
			.filter(o -> o.certifiedOn(day))
			.sorted(Comparator.comparing(Officer::id))
			.toList();
	}

	/**
	 * The licences the platform granted to organisations of the agency, read once per
	 * request: the list is read from casework's records and serves both the targets'
	 * licences and the automatic conflicts.
	 */
	private List<GrantedLicence> granted(String agencyCode) {
		return this.granted.toOrganisations().stream().filter(l -> agencyCode.equals(l.agencyCode())).toList();
	}

	private static Map<String, List<GrantedLicence>> byHolder(List<GrantedLicence> granted) {
		Map<String, List<GrantedLicence>> byHolder = new LinkedHashMap<>();
		for (GrantedLicence l : granted) {
			byHolder.computeIfAbsent(l.creditCode(), k -> new ArrayList<>()).add(l);
		}
		return byHolder;
	}

	private static List<Target.HeldLicence> licences(Target t, List<GrantedLicence> granted) {
		List<Target.HeldLicence> all = new ArrayList<>();
		for (GrantedLicence l : granted) {
			all.add(new Target.HeldLicence(l.itemName() + "（" + l.status() + "）", l.licenceNumber(), "本局", l.validTo(),
					l.itemCode(), l.caseNumber()));
		}
		all.addAll(t.licences());
		return all;
	}

	static String strip(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip();
		return s.isEmpty() ? null : s;
	}

	static String required(String text, String field, String label, int max, List<FieldError> errors) {
		String s = strip(text);
		if (s == null) {
			errors.add(new FieldError(field, "请填写" + label));
			return null;
		}
		if (s.length() > max) {
			errors.add(new FieldError(field, label + "不能超过 " + max + " 个字"));
		}
		return s;
	}

	static String optional(String text, String field, String label, int max, List<FieldError> errors) {
		String s = strip(text);
		if (s != null && s.length() > max) {
			errors.add(new FieldError(field, label + "不能超过 " + max + " 个字"));
		}
		return s;
	}

}
