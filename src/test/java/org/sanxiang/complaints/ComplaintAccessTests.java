package org.sanxiang.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintAccessTests {

	@Test
	void aComplaintNamingAnOfficerIsForSupervisorsOnlyAndNeverForThatOfficer() {
		Complaint named = complaint("O-001", "director", ComplaintQueue.SUPERVISION);
		List<String> accounts = List.of("director");
		assertThat(ComplaintAccess.permits(named, new Viewer("supervisor", Set.of(Role.SUPERVISOR)), accounts))
			.isTrue();
		assertThat(ComplaintAccess.permits(named, new Viewer("director", Set.of(Role.DIRECTOR, Role.SUPERVISOR)),
				accounts))
			.isFalse();
		assertThat(ComplaintAccess.permits(named, new Viewer("DIRECTOR", Set.of(Role.SUPERVISOR)), accounts)).isFalse();
		assertThat(ComplaintAccess.permits(named, new Viewer("deputy", Set.of(Role.DIRECTOR)), accounts)).isFalse();
	}

	@Test
	void otherComplaintsAreForDirectorsAndSupervisors() {
		Complaint general = complaint(null, null, ComplaintQueue.DIRECTOR);
		assertThat(ComplaintAccess.permits(general, new Viewer("director", Set.of(Role.DIRECTOR)), List.of())).isTrue();
		assertThat(ComplaintAccess.permits(general, new Viewer("supervisor", Set.of(Role.SUPERVISOR)), List.of()))
			.isTrue();
		assertThat(ComplaintAccess.permits(general, new Viewer("officer1", Set.of(Role.OFFICER)), List.of())).isFalse();
		assertThat(ComplaintAccess.permits(general, new Viewer(null, Set.of(Role.DIRECTOR)), List.of())).isFalse();
	}

	static Complaint complaint(String officerId, String officerAccount, ComplaintQueue queue) {
		return new Complaint(UUID.randomUUID(), "TS-20260601-0001", ComplaintKind.COMPLAINT, "TZK", officerId,
				officerId == null ? null : "李明远", officerAccount, null, null, "内容", null, null, true, queue,
				ComplaintStatus.RECEIVED, "0".repeat(64), Instant.parse("2026-06-01T02:00:00Z"),
				LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31), null, null, null, null, null, null);
	}

}
