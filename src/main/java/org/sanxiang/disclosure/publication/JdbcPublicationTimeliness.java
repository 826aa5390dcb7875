package org.sanxiang.disclosure.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublicationTimeliness;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timeliness from {@code disclosure_publication}: a publication counts in the month of
 * its due date once that date is today or past; on time when published (Beijing date) on
 * or before it (GS-3). Held-back ones are not due (GS-5).
 */
@Repository
class JdbcPublicationTimeliness implements PublicationTimeliness {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcPublicationTimeliness(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> publications(YearMonth from, YearMonth to) {
		return this.jdbc.sql("""
				select to_char(due_on, 'YYYY-MM') as month, item_code, max(item_name) as item_name, count(*) as due,
				  count(*) filter (where published_at is not null
				    and (published_at at time zone 'Asia/Shanghai')::date <= due_on) as on_time,
				  count(*) filter (where published_at is not null
				    and (published_at at time zone 'Asia/Shanghai')::date > due_on) as late,
				  count(*) filter (where published_at is null) as open
				from disclosure_publication
				where status <> 'HELD_BACK' and due_on <= :today and due_on between :from and :to
				group by 1, 2 order by 1, 2""")
			.param("today", LocalDate.now(this.clock))
			.param("from", from.atDay(1))
			.param("to", to.atEndOfMonth())
			.query((rs, n) -> new Figure(YearMonth.parse(rs.getString("month")), rs.getString("item_code"),
					rs.getString("item_name"), rs.getLong("due"), rs.getLong("on_time"), rs.getLong("late"),
					rs.getLong("open")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WithdrawalFigure> withdrawals(YearMonth from, YearMonth to) {
		return this.jdbc.sql("""
				select to_char(withdrawal_due_on, 'YYYY-MM') as month, count(*) as due,
				  count(*) filter (where withdrawn_at is not null
				    and (withdrawn_at at time zone 'Asia/Shanghai')::date <= withdrawal_due_on) as on_time
				from disclosure_publication
				where withdrawal_due_on is not null and withdrawal_due_on <= :today
				  and withdrawal_due_on between :from and :to
				group by 1 order by 1""")
			.param("today", LocalDate.now(this.clock))
			.param("from", from.atDay(1))
			.param("to", to.atEndOfMonth())
			.query((rs, n) -> new WithdrawalFigure(YearMonth.parse(rs.getString("month")), rs.getLong("due"),
					rs.getLong("on_time")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Unpublished> unpublished() {
		return this.jdbc.sql("""
				select id, case_id, case_number, action, item_name, status, due_on from disclosure_publication
				where status in ('PENDING', 'AWAITING_APPROVAL') order by due_on, case_number""")
			.query((rs, n) -> new Unpublished(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("case_number"), rs.getString("action"), rs.getString("item_name"),
					PublicationStatus.valueOf(rs.getString("status")), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

}
