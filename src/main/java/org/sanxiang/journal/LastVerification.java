package org.sanxiang.journal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest journal verification, whichever node ran it
 * ({@code journal_verification_last}, V40): every node's health and metrics report the
 * same result, and it survives a restart.
 */
@Component
class LastVerification {

	private final JdbcClient jdbc;

	LastVerification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** In its own transaction: verification runs in a read-only one. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void store(JournalVerification result) {
		this.jdbc.sql("""
				insert into journal_verification_last
				(id, verified_entries, verified_tree_heads, first_mismatch, detail, finished_at)
				values (1, :entries, :heads, :mismatch, :detail, :finished)
				on conflict (id) do update set verified_entries = excluded.verified_entries,
				verified_tree_heads = excluded.verified_tree_heads, first_mismatch = excluded.first_mismatch,
				detail = excluded.detail, finished_at = excluded.finished_at
				where journal_verification_last.finished_at <= excluded.finished_at""")
			.param("entries", result.verifiedEntries())
			.param("heads", result.verifiedTreeHeads())
			.param("mismatch", result.firstMismatch())
			.param("detail", result.detail())
			.param("finished", OffsetDateTime.ofInstant(result.finishedAt(), ZoneOffset.UTC))
			.update();
	}

	Optional<JournalVerification> load() {
		return this.jdbc.sql("""
				select verified_entries, verified_tree_heads, first_mismatch, detail, finished_at
				from journal_verification_last where id = 1""")
			.query((rs, n) -> new JournalVerification(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
			.optional();
	}

}
