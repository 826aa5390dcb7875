package org.sanxiang.casework.service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.GrantedLicences;
import org.sanxiang.casework.licensing.Licence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads granted licences from the stored cases and their first 准予 decision. */
@Component
class GrantedLicencesReader implements GrantedLicences {

	private static final String GRANTED = """
			select c.id, c.number, c.applicant_credit_code, c.applicant_name,
			  c.content -> 'item' -> 'content' ->> 'code' as item_code,
			  c.content -> 'item' -> 'content' ->> 'name' as item_name,
			  c.content -> 'item' -> 'content' ->> 'agencyCode' as agency_code,
			  c.content -> 'licence' ->> 'number' as licence_number,
			  (c.content -> 'licence' ->> 'validFrom')::date as valid_from,
			  (c.content -> 'licence' ->> 'validTo')::date as valid_to,
			  c.content -> 'licence' ->> 'status' as licence_status,
			  (d.payload ->> 'decidedOn')::date as decided_on, d.payload ->> 'approvedBy' as approved_by,
			  array(select jsonb_array_elements_text(coalesce(c.content -> 'officers', '[]'::jsonb))) as officers
			from casework_case c
			join (select distinct on (case_id) case_id, payload from casework_event
			      where type = 'CaseDecided' order by case_id, seq) d on d.case_id = c.id
			where (d.payload ->> 'granted')::boolean and c.applicant_credit_code is not null
			order by decided_on, c.number""";

	private final JdbcClient jdbc;

	GrantedLicencesReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<GrantedLicence> toOrganisations() {
		return this.jdbc.sql(GRANTED).query(GrantedLicencesReader::licence).list();
	}

	private static GrantedLicence licence(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("licence_status");
		String label = (status == null) ? Licence.Status.VALID.label()
				: Arrays.stream(Licence.Status.values())
					.filter(s -> s.name().equals(status))
					.map(Licence.Status::label)
					.findFirst()
					.orElse(status);
		Array officers = rs.getArray("officers");
		List<String> officerIds = List.of((String[]) officers.getArray());
		return new GrantedLicence(new CaseId(rs.getObject("id", java.util.UUID.class)), rs.getString("number"),
				rs.getString("applicant_credit_code"), rs.getString("applicant_name"), rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("agency_code"), rs.getString("licence_number"),
				rs.getObject("valid_from", java.time.LocalDate.class),
				rs.getObject("valid_to", java.time.LocalDate.class), label,
				rs.getObject("decided_on", java.time.LocalDate.class), officerIds, rs.getString("approved_by"));
	}

}
