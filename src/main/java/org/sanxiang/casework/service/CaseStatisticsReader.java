package org.sanxiang.casework.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.licensing.CaseDeadlines;
import org.sanxiang.platform.InputRejected;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decided cases for supervision, read set-based from the module's own tables: one
 * query for the cases with their first decision (case columns and the parts of the stored
 * case summarised — item, officers, deadlines), one for the events that decide which acts
 * had to be recorded. No case is loaded one by one, so a year of cases costs two queries.
 * The accepted cases still open are read the same way, in one query, for the alerts.
 */
@Component
class CaseStatisticsReader implements CaseStatistics {

	/** Days outside any period asked for, so an open bound needs no second statement. */
	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	/**
	 * The first decision of every decided case (a case decided again keeps the first, as
	 * its summary always did).
	 */
	private static final String FIRST_DECISIONS = """
			select distinct on (case_id) case_id, (payload ->> 'decidedOn')::date as decided_on,
			  (payload ->> 'granted')::boolean as granted, coalesce((payload ->> 'major')::boolean, false) as major
			from casework_event where type = 'CaseDecided' order by case_id, seq""";

	/**
	 * The stored case is read once per row ({@code j}, not inlined): PostgreSQL would
	 * otherwise decompress the out-of-line JSON again for every field taken from it.
	 */
	private static final String CASES = """
			with decided as (%s)
			select x.id, x.number, x.decided_on, x.granted, x.major,
			  x.j -> 'item' -> 'content' ->> 'code' as item_code,
			  x.j -> 'item' -> 'content' ->> 'name' as item_name,
			  x.j -> 'item' -> 'content' ->> 'unitCode' as unit_code,
			  x.j -> 'item' -> 'content' ->> 'agencyCode' as agency_code,
			  coalesce((x.j -> 'item' -> 'content' ->> 'mediaRecordRequired')::boolean, false) as media_required,
			  array(select jsonb_array_elements_text(coalesce(x.j -> 'officers', '[]'::jsonb))) as officers,
			  (x.j -> 'deadlines')::text as deadlines
			from (select c.id, c.number, d.decided_on, d.granted, d.major,
			    c.content || '{}'::jsonb as j
			  from decided d join casework_case c on c.id = d.case_id
			  where %s offset 0) x""".formatted(FIRST_DECISIONS, "%s");

	/**
	 * The events that make an act one to record (JL-3, JL-4), in each case's order: a
	 * case marked for full recording records the site inspections after the mark.
	 */
	private static final String ACTS = """
			select case_id, type, payload ->> 'method' as method,
			  coalesce(payload ->> 'inspectedOn', payload ->> 'heldOn', payload ->> 'deliveredOn') as on_day
			from casework_event
			where type in ('FullRecordingMarked', 'SiteInspectionRecorded', 'HearingHeld', 'DecisionDelivered')
			  and case_id in (select d.case_id from (%s) d where %s)
			order by case_id, seq""".formatted(FIRST_DECISIONS, "%s");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WorkingDays workingDays;

	CaseStatisticsReader(JdbcClient jdbc, JsonMapper json, WorkingDays workingDays) {
		this.jdbc = jdbc;
		this.json = CaseworkJson.of(json);
		this.workingDays = workingDays;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DecidedCase> decided(LocalDate from, LocalDate to) {
		String where = "d.decided_on between ? and ?";
		Object[] params = { from == null ? EARLIEST : from, to == null ? LATEST : to };
		return read(where, params);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DecidedCase> decidedAmong(Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String[] values = ids.stream().map(id -> id.value().toString()).toArray(String[]::new);
		return read("d.case_id = any(cast(? as uuid[]))", new Object[] { values });
	}

	/**
	 * The accepted, undecided cases: 审查中 and 听证中 (a hearing pauses nothing by itself; its
	 * pause is one of the case's {@code deadlines}).
	 */
	private static final String OPEN = """
			select x.id, x.number,
			  x.j -> 'item' -> 'content' ->> 'name' as item_name,
			  x.j -> 'item' -> 'content' ->> 'unitCode' as unit_code,
			  x.j -> 'item' -> 'content' ->> 'agencyCode' as agency_code,
			  array(select jsonb_array_elements_text(coalesce(x.j -> 'officers', '[]'::jsonb))) as officers,
			  (x.j -> 'deadlines')::text as deadlines
			from (select c.id, c.number, c.content || '{}'::jsonb as j from casework_case c
			  where c.state in ('UnderReview', 'HearingPending') offset 0) x""";

	@Override
	@Transactional(readOnly = true)
	public List<OpenCase> open(LocalDate asOf) {
		List<OpenCase> open = new ArrayList<>(this.jdbc.sql(OPEN).query((rs, n) -> {
			CaseDeadlines deadlines = this.json.readValue(rs.getString("deadlines"), CaseDeadlines.class);
			LocalDate due = null;
			try {
				due = deadlines.decisionDue(this.workingDays, asOf);
			}
			catch (InputRejected ex) {
				// a due date beyond the loaded calendar years: no date to warn about yet
			}
			Array officers = rs.getArray("officers");
			return new OpenCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
					rs.getString("item_name"), rs.getString("unit_code"), rs.getString("agency_code"),
					List.of((String[]) officers.getArray()), deadlines.acceptedOn(), due, deadlines.paused());
		}).list());
		open.sort(Comparator.comparing(OpenCase::decisionDue, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(OpenCase::number));
		return open;
	}

	private List<DecidedCase> read(String where, Object[] params) {
		Map<UUID, List<RecordedAct>> acts = acts(where, params);
		List<DecidedCase> decided = this.jdbc.sql(CASES.formatted(where))
			.params(params)
			.query((rs, n) -> summary(rs, acts))
			.list();
		List<DecidedCase> sorted = new ArrayList<>(decided);
		sorted.sort(Comparator.comparing(DecidedCase::decidedOn).thenComparing(DecidedCase::number));
		return sorted;
	}

	private Map<UUID, List<RecordedAct>> acts(String where, Object[] params) {
		Map<UUID, List<RecordedAct>> acts = new HashMap<>();
		Map<UUID, Boolean> fullRecording = new HashMap<>();
		this.jdbc.sql(ACTS.formatted(where)).params(params).query((ResultSet rs) -> {
			UUID id = rs.getObject("case_id", UUID.class);
			String type = rs.getString("type");
			String onDay = rs.getString("on_day");
			LocalDate on = onDay == null ? null : LocalDate.parse(onDay);
			switch (type) {
				case "FullRecordingMarked" -> fullRecording.put(id, true);
				// 现场核查 of an item that requires recording, or of a case marked for 全过程
				// (JL-3, JL-4): which of the two is known once the case is read; a null
				// label marks the inspection to keep only then
				case "SiteInspectionRecorded" -> acts.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new RecordedAct("SITE_INSPECTION", fullRecording.containsKey(id) ? "现场核查" : null, on));
				// 听证 is always recorded (JL-3)
				case "HearingHeld" ->
					acts.computeIfAbsent(id, k -> new ArrayList<>()).add(new RecordedAct("HEARING", "听证", on));
				default -> {
					// 留置 and 公告 are recorded on audio/video (JL-3b)
					String method = rs.getString("method");
					if ("留置送达".equals(method) || "公告送达".equals(method)) {
						acts.computeIfAbsent(id, k -> new ArrayList<>()).add(new RecordedAct("SERVICE", method, on));
					}
				}
			}
		});
		return acts;
	}

	private DecidedCase summary(ResultSet rs, Map<UUID, List<RecordedAct>> allActs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		boolean itemRequires = rs.getBoolean("media_required");
		List<RecordedAct> acts = new ArrayList<>();
		for (RecordedAct act : allActs.getOrDefault(id, List.of())) {
			if (act.label() != null) {
				acts.add(act);
			}
			else if (itemRequires) {
				acts.add(new RecordedAct(act.activity(), "现场核查", act.on()));
			}
		}
		LocalDate decidedOn = rs.getObject("decided_on", LocalDate.class);
		CaseDeadlines deadlines = this.json.readValue(rs.getString("deadlines"), CaseDeadlines.class);
		LocalDate due = null;
		LocalDate promised = null;
		if (deadlines.acceptedOn() != null) {
			try {
				due = deadlines.decisionDue(this.workingDays, decidedOn);
				promised = deadlines.promisedDue(this.workingDays, decidedOn);
			}
			catch (InputRejected ex) {
				// a due date beyond the loaded calendar years: not counted against the
				// case
			}
		}
		Array officers = rs.getArray("officers");
		return new DecidedCase(new CaseId(id), rs.getString("number"), rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("unit_code"), rs.getString("agency_code"),
				List.of((String[]) officers.getArray()), deadlines.acceptedOn(), decidedOn, due, promised,
				rs.getBoolean("granted"), rs.getBoolean("major"), acts);
	}

}
