package org.sanxiang.platform;

import java.sql.SQLException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTests {

	@Test
	void aLostOrRefusedConnectionIsAnOutageHoweverDeeplyItIsWrapped() {
		assertThat(DatabaseOutage.unreachable(new CannotGetJdbcConnectionException("no connection"))).isTrue();
		assertThat(DatabaseOutage.unreachable(new ServletException(new CannotCreateTransactionException("begin",
				new SQLException("Connection to localhost:5432 refused", "08001")))))
			.isTrue();
		assertThat(DatabaseOutage
			.unreachable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
	}

	@Test
	void aFailedRollbackAfterALostConnectionIsAnOutageThroughTheErrorItHid() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		assertThat(DatabaseOutage.unreachable(rollback)).isTrue();
		TransactionSystemException hiding = new TransactionSystemException("JDBC rollback failed",
				new IllegalStateException("pool"));
		hiding.initApplicationException(new SQLException("I/O error", "08006"));
		assertThat(DatabaseOutage.unreachable(hiding)).isTrue();
	}

	@Test
	void brokenRulesAndBugsAreNotOutages() {
		assertThat(DatabaseOutage.unreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseOutage.unreachable(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseOutage.unreachable(new IllegalStateException("bug"))).isFalse();
	}

}
