package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.platform.InputRejected.FieldError;

/**
 * 集体讨论 minutes (SH-5): a meeting day not in the future, at least the quorum of
 * participants (a setting, default 3), chaired by a 负责人 who took part, each participant's
 * opinion, and the conclusion with whether the decision may be made.
 */
final class DiscussionPolicy {

	private DiscussionPolicy() {
	}

	static Refusal check(LegalReviews.Minutes m, int quorum, Function<String, Optional<StaffMember>> staff,
			LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (m.meetingOn() == null) {
			errors.add(new FieldError("meetingOn", "请填写集体讨论日期"));
		}
		else if (m.meetingOn().isAfter(today)) {
			errors.add(new FieldError("meetingOn", "集体讨论日期不能晚于今天（" + today + "）"));
		}
		List<CollectiveDiscussion.Participant> participants = m.participants() == null ? List.of() : m.participants();
		Set<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			CollectiveDiscussion.Participant p = participants.get(i);
			String field = "participants[" + i + "]";
			if (p == null || PackagePolicy.blank(p.account()) && PackagePolicy.blank(p.name())) {
				errors.add(new FieldError(field, "请填写参加人员"));
				continue;
			}
			if (!PackagePolicy.blank(p.account()) && staff.apply(p.account().strip()).isEmpty()) {
				errors.add(new FieldError(field, "参加人员账号 " + p.account().strip() + " 不存在"));
			}
			if (PackagePolicy.blank(p.opinion())) {
				errors.add(new FieldError(field, "请记录" + who(p) + "的意见"));
			}
			distinct.add(key(p));
		}
		if (distinct.size() < quorum) {
			errors.add(new FieldError("participants", "集体讨论参加人员不得少于" + quorum + "人，现为" + distinct.size() + "人"));
		}
		if (PackagePolicy.blank(m.chair())) {
			errors.add(new FieldError("chair", "集体讨论应当由负责人主持，请填写主持人账号"));
		}
		else {
			Optional<StaffMember> chair = staff.apply(m.chair().strip());
			if (chair.isEmpty() || !chair.get().has(Role.DIRECTOR)) {
				errors.add(new FieldError("chair", "主持人 " + m.chair().strip() + " 不是负责人"));
			}
			if (!distinct.contains(m.chair().strip().toLowerCase(Locale.ROOT))) {
				errors.add(new FieldError("chair", "主持人应当是集体讨论的参加人员，并记录其意见"));
			}
		}
		if (PackagePolicy.blank(m.conclusion())) {
			errors.add(new FieldError("conclusion", "请填写集体讨论结论"));
		}
		if (m.agreed() == null) {
			errors.add(new FieldError("agreed", "请明确集体讨论是否同意作出该决定"));
		}
		if (errors.isEmpty()) {
			return null;
		}
		return Refusal.unprocessable(ReviewRule.SH_5, "集体讨论记录不完整，共" + errors.size() + "项："
				+ String.join("；", errors.stream().map(FieldError::message).toList()), errors);
	}

	private static String key(CollectiveDiscussion.Participant p) {
		return PackagePolicy.blank(p.account()) ? "name:" + p.name().strip()
				: p.account().strip().toLowerCase(Locale.ROOT);
	}

	private static String who(CollectiveDiscussion.Participant p) {
		return PackagePolicy.blank(p.name()) ? p.account().strip() : p.name().strip();
	}

}
