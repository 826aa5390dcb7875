package org.sanxiang.casework.service;

import java.util.Arrays;
import java.util.Optional;

import org.sanxiang.casework.licensing.CaseAction;
import org.sanxiang.identity.Role;

/**
 * The actions staff take on a licensing case over REST, by their path name, and the role
 * each needs: 窗口人员 receives, accepts and delivers; 执法人员 review (site check, opinions,
 * pauses and hearings); 负责人 assign officers, approve extensions (XK-42) and decide
 * (XK-37). 视为受理 and 视为准予延续 are not here: only the platform deems acceptance (XK-32b) and
 * renewal (XK-50). The window records the holder's renewal application; 负责人 grant or deny
 * the renewal; 执法人员 tell interested parties and record statements (XK-36), find a matter
 * to involve the public interest (XK-46), and find a case to directly affect personal
 * liberty, life and health, or major property (JL-4: full recording). 执法人员 flag a
 * decision as major; only 负责人 clear a computed condition or an officer's flag (SH-2).
 */
enum LicensingAction {

	ACCEPT("accept", CaseAction.ACCEPT, Role.CLERK),
	REQUEST_CORRECTION("request-correction", CaseAction.REQUEST_CORRECTION, Role.CLERK),
	SUBMIT_CORRECTION("submit-correction", CaseAction.SUBMIT_CORRECTION, Role.CLERK),
	NOT_ACCEPT("not-accept", CaseAction.NOT_ACCEPT, Role.CLERK),
	ASSIGN_OFFICERS("assign-officers", CaseAction.ASSIGN_OFFICERS, Role.DIRECTOR),
	SITE_INSPECTION("site-inspection", CaseAction.RECORD_SITE_INSPECTION, Role.OFFICER),
	OPINION("opinion", CaseAction.RECORD_OPINION, Role.OFFICER), EXTEND("extend", CaseAction.EXTEND, Role.DIRECTOR),
	PAUSE("pause", CaseAction.PAUSE, Role.OFFICER), RESUME("resume", CaseAction.RESUME, Role.OFFICER),
	NOTIFY_HEARING_RIGHT("notify-hearing-right", CaseAction.NOTIFY_HEARING_RIGHT, Role.OFFICER),
	REQUEST_HEARING("request-hearing", CaseAction.REQUEST_HEARING, Role.OFFICER),
	SCHEDULE_HEARING("schedule-hearing", CaseAction.SCHEDULE_HEARING, Role.OFFICER),
	RECORD_HEARING("record-hearing", CaseAction.RECORD_HEARING, Role.OFFICER),
	GRANT("grant", CaseAction.GRANT, Role.DIRECTOR), DENY("deny", CaseAction.DENY, Role.DIRECTOR),
	DELIVER("deliver", CaseAction.DELIVER, Role.CLERK), ARCHIVE("archive", CaseAction.ARCHIVE, Role.CLERK),
	ALTER_LICENCE("alter-licence", CaseAction.ALTER_LICENCE, Role.DIRECTOR),
	RENEW_LICENCE("renew-licence", CaseAction.RENEW_LICENCE, Role.DIRECTOR),
	WITHDRAW_LICENCE("withdraw-licence", CaseAction.WITHDRAW_LICENCE, Role.DIRECTOR),
	REVOKE_LICENCE("revoke-licence", CaseAction.REVOKE_LICENCE, Role.DIRECTOR),
	CANCEL_LICENCE("cancel-licence", CaseAction.CANCEL_LICENCE, Role.DIRECTOR),
	NOTIFY_INTERESTED_PARTIES("notify-interested-parties", CaseAction.NOTIFY_INTERESTED_PARTIES, Role.OFFICER),
	RECORD_STATEMENT("record-statement", CaseAction.RECORD_STATEMENT, Role.OFFICER),
	MARK_PUBLIC_INTEREST("mark-public-interest", CaseAction.MARK_PUBLIC_INTEREST, Role.OFFICER),
	RENEWAL_APPLIED("apply-renewal", CaseAction.RENEWAL_APPLIED, Role.CLERK),
	DENY_RENEWAL("deny-renewal", CaseAction.DENY_RENEWAL, Role.DIRECTOR),
	MARK_FULL_RECORDING("mark-full-recording", CaseAction.MARK_FULL_RECORDING, Role.OFFICER),
	FLAG_MAJOR("flag-major", CaseAction.FLAG_MAJOR, Role.OFFICER),
	CLEAR_MAJOR_FLAG("clear-major-flag", CaseAction.CLEAR_MAJOR_FLAG, Role.DIRECTOR);

	private final String path;

	private final CaseAction action;

	private final Role role;

	LicensingAction(String path, CaseAction action, Role role) {
		this.path = path;
		this.action = action;
		this.role = role;
	}

	String path() {
		return this.path;
	}

	CaseAction action() {
		return this.action;
	}

	Role role() {
		return this.role;
	}

	static Optional<LicensingAction> byPath(String path) {
		return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
	}

	/** The path name of a core action, or its enum name for one not offered over REST. */
	static String pathOf(CaseAction action) {
		return Arrays.stream(values())
			.filter(a -> a.action == action)
			.map(LicensingAction::path)
			.findFirst()
			.orElse(action.name());
	}

}
