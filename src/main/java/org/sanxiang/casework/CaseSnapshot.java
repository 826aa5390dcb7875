package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A case as it stands at one moment, for modules that read it ({@link CaseFacts}).
 *
 * @param id the case
 * @param number its public number, e.g. {@code XK-20260601-0001}
 * @param item the catalog item version the case applies
 * @param agencyCode the 执法主体 (the item's agency, by 统一社会信用代码)
 * @param applicant the applicant's name
 * @param state the state's Chinese label, e.g. {@code 审查中}
 * @param stateCode the state's code, e.g. {@code UnderReview}
 * @param officerIds the assigned case officers (承办人), by catalog officer id
 * @param hearingRecord the reference of the hearing record (听证笔录) once a hearing was
 * held, else {@code null}
 * @param requiredHearing why a hearing must precede the decision, or {@code null}
 * @param major whether its decision is a 重大执法决定 (SH-2)
 * @param acceptedOn the day of acceptance, or {@code null} before
 * @param decisionDue the statutory decision due date as it stands today, or {@code null}
 * when no decision clock runs
 * @param clocks the clocks running today
 * @param majorDecisions the decisions that need a passed legal review before this case
 * may take them now (SH-1, SH-2), by the name the decision guard is asked with (e.g.
 * 准予许可, 撤销)
 * @param history every event of the case, oldest first
 * @param majorConditions why the decision is major, one line per condition met
 * @param collectiveDiscussion why the catalogue asks for collective discussion, or
 * {@code null}
 * @param applicantDetails who applied and how to reach them, as documents print it (never
 * the ID number); {@code null} when not known
 * @param licence the licence a grant issued and what became of it, or {@code null}
 */
public record CaseSnapshot(CaseId id, String number, ItemVersion item, String agencyCode, String applicant,
		String state, String stateCode, List<String> officerIds, String hearingRecord, String requiredHearing,
		boolean major, LocalDate acceptedOn, LocalDate decisionDue, List<Clock> clocks, List<String> majorDecisions,
		List<CaseEvent> history, List<String> majorConditions, String collectiveDiscussion,
		ApplicantDetails applicantDetails, Licence licence) {

	public CaseSnapshot {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(item, "item");
		officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
		clocks = clocks == null ? List.of() : List.copyOf(clocks);
		majorDecisions = majorDecisions == null ? List.of() : List.copyOf(majorDecisions);
		history = history == null ? List.of() : List.copyOf(history);
		majorConditions = majorConditions == null ? List.of() : List.copyOf(majorConditions);
	}

	/** A snapshot without the applicant's details and the licence. */
	public CaseSnapshot(CaseId id, String number, ItemVersion item, String agencyCode, String applicant, String state,
			String stateCode, List<String> officerIds, String hearingRecord, String requiredHearing, boolean major,
			LocalDate acceptedOn, LocalDate decisionDue, List<Clock> clocks, List<String> majorDecisions,
			List<CaseEvent> history, List<String> majorConditions, String collectiveDiscussion) {
		this(id, number, item, agencyCode, applicant, state, stateCode, officerIds, hearingRecord, requiredHearing,
				major, acceptedOn, decisionDue, clocks, majorDecisions, history, majorConditions, collectiveDiscussion,
				null, null);
	}

	/**
	 * Every staff account that acted on the case, in the order they first did: the
	 * platform ({@code system}) and the applicant are not accounts.
	 */
	public Set<String> actors() {
		Set<String> actors = new LinkedHashSet<>();
		for (CaseEvent event : this.history) {
			String account = event.recorded().actor().account();
			if (!Actor.SYSTEM.account().equals(account) && !"applicant".equals(account)) {
				actors.add(account);
			}
		}
		return actors;
	}

	/**
	 * One running clock of the case on the day the snapshot was taken.
	 *
	 * @param name e.g. 法定办理期限
	 * @param due the last day
	 * @param workingDaysLeft working days left; negative when overdue
	 * @param urgency 正常 / 预警 / 超期
	 * @param overdue whether {@code due} has passed
	 * @param paused whether the clock is stopped (行政许可法 第四十五条)
	 * @param rule the rule that sets the period, e.g. XK-42
	 */
	public record Clock(String name, LocalDate due, int workingDaysLeft, String urgency, boolean overdue,
			boolean paused, String rule) {
	}

	/**
	 * The applicant (申请人) as documents name and reach them (行政许可法 第二十九条). The ID number
	 * of a natural person is left out on purpose: it is collected at intake but never
	 * printed or published (RULES.md GS-5, GS-7).
	 *
	 * @param kind 自然人 or 法人及非法人组织 (the 双公示 category, GS-7)
	 * @param name the applicant's name
	 * @param creditCode 统一社会信用代码 of an organisation, else {@code null}
	 * @param contactName the person to contact
	 * @param contactPhone their phone
	 * @param address the address for delivery, if given
	 * @param legalRepresentative 法定代表人 of an organisation by name (双公示 XK_FRDB), or
	 * {@code null}; its ID number is never collected
	 */
	public record ApplicantDetails(String kind, String name, String creditCode, String contactName, String contactPhone,
			String address, String legalRepresentative) {

		/** Details without a 法定代表人. */
		public ApplicantDetails(String kind, String name, String creditCode, String contactName, String contactPhone,
				String address) {
			this(kind, name, creditCode, contactName, contactPhone, address, null);
		}

	}

	/**
	 * The licence a grant issued (行政许可法 第三十九条) as it stands today.
	 *
	 * @param number 许可证件编号
	 * @param validFrom 有效期自
	 * @param validTo 有效期至 (after a renewal, the renewed end)
	 * @param status 有效, 已撤回, 已撤销 or 已注销
	 */
	public record Licence(String number, LocalDate validFrom, LocalDate validTo, String status) {
	}

}
