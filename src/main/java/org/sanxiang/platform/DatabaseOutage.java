package org.sanxiang.platform;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (restarted, failed over, network cut) from
 * every other failure, so that web layers and the sign-in page say so — with 503 and "try
 * again" — instead of a server error or "wrong password".
 */
public final class DatabaseOutage {

	/** What the person is told; nothing of the request was saved. */
	public static final String DETAIL = "数据库暂时无法连接，本次操作未保存任何内容，请稍后重试";

	private DatabaseOutage() {
	}

	/** Whether {@code ex}, or what it wraps, says the database could not be reached. */
	public static boolean unreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof CannotCreateTransactionException) {
				return true;
			}
			if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& unreachable(tx.getApplicationException())) {
				// the rollback after a lost connection fails too, and hides the first
				// error
				return true;
			}
			if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
				// HikariCP's proxy of a connection the pool has closed (no SQLSTATE)
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// SQLSTATE class 08, connection exception; 57P01–57P03, the server
				// shutting
				// down or starting up
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
