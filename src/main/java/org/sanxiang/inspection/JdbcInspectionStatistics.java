package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link InspectionStatistics} read from the plans, their assignments and the inspection
 * records in two queries, whatever the number of plans: a plan overlaps a period when it
 * starts on or before the period's last day and ends on or after its first day.
 */
@Component
class JdbcInspectionStatistics implements InspectionStatistics {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcInspectionStatistics(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanFacts> plans(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id, number, agency_code, item_codes, status, period_start, period_end from inspection_plan
				where period_start <= :to and period_end >= :from
				order by period_end, number
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new PlanFacts(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getString("agency_code"), this.json.readValue(rs.getString("item_codes"), STRINGS),
					rs.getString("status"), rs.getObject("period_start", LocalDate.class),
					rs.getObject("period_end", LocalDate.class)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<InspectionFacts> inspections(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select a.id, a.plan_id, a.credit_code, a.inspector_ids, p.period_end, r.inspected_on, r.result
				from inspection_assignment a
				join inspection_plan p on p.id = a.plan_id
				left join inspection_record r on r.assignment_id = a.id
				where p.status = 'DRAWN' and p.period_start <= :to and p.period_end >= :from
				order by p.period_end, p.number, a.position
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new InspectionFacts(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
					rs.getString("credit_code"), this.json.readValue(rs.getString("inspector_ids"), STRINGS),
					rs.getObject("period_end", LocalDate.class), rs.getObject("inspected_on", LocalDate.class),
					rs.getString("result")))
			.list();
	}

}
