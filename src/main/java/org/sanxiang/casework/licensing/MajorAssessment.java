package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;

/**
 * What a case keeps to tell whether its decisions are major (SH-2): the enabled
 * conditions of the agency's catalogue in force on the day of receipt, the conditions
 * case officers flagged, and the computed ones a 负责人 set aside, each with the reason.
 *
 * @param catalogue the enabled conditions the case applies; {@code null} (a case stored
 * before the catalogue existed, or an agency without one) means the
 * {@link #STATUTORY_MINIMUM}
 * @param flags conditions flagged by case officers, in the order flagged
 * @param cleared computed conditions a 负责人 set aside, in the order cleared
 */
public record MajorAssessment(List<MajorCondition> catalogue, List<Flag> flags, List<Clearance> cleared) {

	private static final String SH_2_BASIS = "国办发〔2018〕118号；益阳市重大执法决定法制审核目录（RULES SH-2）";

	/**
	 * SH-2: for licensing, legal review applies at least to matters of major public
	 * interest or major interests between the applicant and others, licences granted
	 * after a hearing, and the withdrawal or revocation of licences. What an agency
	 * without a catalogue applies.
	 */
	public static final List<MajorCondition> STATUTORY_MINIMUM = List.of(
			minimum(MajorConditionKind.PUBLIC_INTEREST, "《行政许可法》第四十六条", 1),
			minimum(MajorConditionKind.MAJOR_INTERESTS, "《行政许可法》第三十六条、第四十七条", 2),
			minimum(MajorConditionKind.AFTER_HEARING, "《行政许可法》第四十八条", 3),
			minimum(MajorConditionKind.WITHDRAWAL_REVOCATION, "《行政许可法》第八条、第六十九条", 4));

	public MajorAssessment {
		catalogue = catalogue == null ? STATUTORY_MINIMUM : List.copyOf(catalogue);
		flags = flags == null ? List.of() : List.copyOf(flags);
		cleared = cleared == null ? List.of() : List.copyOf(cleared);
	}

	/**
	 * The assessment of a case received under {@code agencyConditions} (the agency's
	 * catalogue in force that day, enabled or not): its enabled conditions, or the
	 * statutory minimum when the agency has recorded none.
	 */
	public static MajorAssessment of(List<MajorCondition> agencyConditions) {
		if (agencyConditions == null || agencyConditions.isEmpty()) {
			return new MajorAssessment(STATUTORY_MINIMUM, List.of(), List.of());
		}
		return new MajorAssessment(agencyConditions.stream().filter(MajorCondition::enabled).toList(), List.of(),
				List.of());
	}

	/** The enabled condition of that code, if the catalogue has it. */
	public java.util.Optional<MajorCondition> condition(String code) {
		return this.catalogue.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The enabled condition of that kind, if the catalogue has one. */
	public java.util.Optional<MajorCondition> condition(MajorConditionKind kind) {
		return this.catalogue.stream().filter(c -> c.kind() == kind).findFirst();
	}

	public boolean isCleared(String code) {
		return this.cleared.stream().anyMatch(c -> c.code().equals(code));
	}

	public boolean isFlagged(String code) {
		return this.flags.stream().anyMatch(f -> f.code().equals(code));
	}

	MajorAssessment withFlag(Flag flag) {
		List<Flag> more = new ArrayList<>(this.flags);
		more.add(flag);
		return new MajorAssessment(this.catalogue, more, this.cleared);
	}

	/** Without the flag of that code (a flag withdrawn through a 负责人). */
	MajorAssessment withoutFlag(String code) {
		return new MajorAssessment(this.catalogue, this.flags.stream().filter(f -> !f.code().equals(code)).toList(),
				this.cleared);
	}

	MajorAssessment withClearance(Clearance clearance) {
		List<Clearance> more = new ArrayList<>(this.cleared);
		more.add(clearance);
		return new MajorAssessment(this.catalogue, this.flags, more);
	}

	private static MajorCondition minimum(MajorConditionKind kind, String article, int position) {
		return new MajorCondition(kind.name(), null, kind, kind.label(), SH_2_BASIS + "；" + article, false, true,
				position);
	}

	/**
	 * A condition a case officer found, with why (SH-2).
	 *
	 * @param code the catalogue condition's code, or {@code OTHER:<label>} for another
	 * condition named by the officer
	 */
	public record Flag(String code, MajorConditionKind kind, String label, String basis, boolean collectiveDiscussion,
			String reason, String flaggedBy, LocalDate flaggedOn) {
	}

	/** A computed condition a 负责人 set aside, with why (SH-2). */
	public record Clearance(String code, String label, String reason, String clearedBy, LocalDate clearedOn) {
	}

}
