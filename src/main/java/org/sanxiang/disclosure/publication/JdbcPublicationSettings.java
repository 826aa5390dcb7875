package org.sanxiang.disclosure.publication;

import java.sql.Timestamp;
import java.time.Clock;

import org.sanxiang.disclosure.PublicationSettingsChanged;
import org.sanxiang.platform.InputRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The agencies' publication settings (V28); journaled when changed. */
@Repository
class JdbcPublicationSettings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JdbcPublicationSettings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PublicationSettings of(String agencyCode) {
		return this.jdbc.sql("""
				select agency_code, auto_publish, publish_person_refusals, grant_years_after_validity,
				  grant_years_without_validity, refusal_years, withdrawn_years
				from disclosure_publication_setting where agency_code = :code""")
			.param("code", agencyCode)
			.query((rs, n) -> new PublicationSettings(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7)))
			.optional()
			.orElseGet(() -> PublicationSettings.defaults(agencyCode));
	}

	/**
	 * Stores the settings of an agency (422 for a period out of range) and journals it.
	 */
	@Transactional
	PublicationSettings save(PublicationSettings s, String actor) {
		range("grantYearsAfterValidity", s.grantYearsAfterValidity(), 0, 10);
		range("grantYearsWithoutValidity", s.grantYearsWithoutValidity(), 1, 30);
		range("refusalYears", s.refusalYears(), 0, 10);
		range("withdrawnYears", s.withdrawnYears(), 0, 10);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into disclosure_publication_setting (agency_code, auto_publish, publish_person_refusals,
				  grant_years_after_validity, grant_years_without_validity, refusal_years, withdrawn_years, updated_at,
				  updated_by)
				values (:code, :auto, :refusals, :grant, :grantNone, :refusal, :withdrawn, :at, :by)
				on conflict (agency_code) do update set auto_publish = excluded.auto_publish,
				  publish_person_refusals = excluded.publish_person_refusals,
				  grant_years_after_validity = excluded.grant_years_after_validity,
				  grant_years_without_validity = excluded.grant_years_without_validity,
				  refusal_years = excluded.refusal_years, withdrawn_years = excluded.withdrawn_years,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("code", s.agencyCode())
			.param("auto", s.autoPublish())
			.param("refusals", s.publishPersonRefusals())
			.param("grant", s.grantYearsAfterValidity())
			.param("grantNone", s.grantYearsWithoutValidity())
			.param("refusal", s.refusalYears())
			.param("withdrawn", s.withdrawnYears())
			.param("at", now)
			.param("by", actor)
			.update();
		this.events.publishEvent(new PublicationSettingsChanged(s.agencyCode(), s.autoPublish(),
				s.publishPersonRefusals(), s.grantYearsAfterValidity(), s.grantYearsWithoutValidity(), s.refusalYears(),
				s.withdrawnYears(), actor, this.clock.instant()));
		return s;
	}

	private static void range(String field, int value, int min, int max) {
		if (value < min || value > max) {
			throw InputRejected.unprocessable(field, "公示期限应在 " + min + " 至 " + max + " 年之间");
		}
	}

}
