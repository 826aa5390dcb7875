import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.postgresql.PGConnection;

/**
 * Writes the data of every table in schema {@code public} of a running installation as
 * a gzipped psql-style script: one {@code COPY ... FROM stdin} block per table (rows in
 * primary key order, text format) and one {@code setval} per sequence. No DDL: the
 * schema of the release is rebuilt from its migrations, and the dump's own
 * {@code flyway_schema_history} rows prove those migrations were not edited since.
 *
 * <p>
 * Run by {@code tools/upgrade-fixture/make-fixture}:
 * {@code java -cp postgresql.jar FixtureDump.java <jdbc-url> <user> <out.sql.gz> <commit>}.
 */
public class FixtureDump {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String user = args[1];
		Path out = Path.of(args[2]);
		String commit = args[3];
		try (Connection db = DriverManager.getConnection(url, user, "");
				Writer w = new BufferedWriter(new OutputStreamWriter(
						new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
			db.setAutoCommit(false);
			try (Statement s = db.createStatement()) {
				// one snapshot for all tables
				s.execute("set transaction isolation level repeatable read, read only");
			}
			w.write("-- Sanxiang upgrade fixture: the data of a demo installation at release " + commit + "\n");
			w.write("-- Load onto the release's schema (Flyway migrate, target = the release's last version).\n");
			w.write("SET session_replication_role = replica;\n");
			for (String table : tables(db)) {
				List<String> columns = columns(db, table);
				List<String> key = primaryKey(db, table);
				String order = key.isEmpty() ? "" : " order by " + String.join(", ", key);
				w.write("\nCOPY public." + table + " (" + String.join(", ", columns) + ") FROM stdin;\n");
				w.flush();
				((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI()
					.copyOut("copy (select " + String.join(", ", columns) + " from public." + table + order
							+ ") to stdout", new java.io.Writer() {
								@Override
								public void write(char[] buf, int off, int len) throws IOException {
									w.write(buf, off, len);
								}

								@Override
								public void flush() {
								}

								@Override
								public void close() {
								}
							});
				w.write("\\.\n");
			}
			w.write("\n");
			try (Statement s = db.createStatement();
					ResultSet rs = s.executeQuery("select sequencename, last_value from pg_sequences "
							+ "where schemaname = 'public' and last_value is not null order by sequencename")) {
				while (rs.next()) {
					w.write("SELECT pg_catalog.setval('public." + rs.getString(1) + "', " + rs.getLong(2) + ", true);\n");
				}
			}
			w.write("SET session_replication_role = origin;\n");
			db.rollback();
		}
	}

	private static List<String> tables(Connection db) throws SQLException {
		return strings(db, "select table_name from information_schema.tables where table_schema = 'public' "
				+ "and table_type = 'BASE TABLE' order by table_name");
	}

	private static List<String> columns(Connection db, String table) throws SQLException {
		return strings(db, "select quote_ident(column_name) from information_schema.columns where table_schema = 'public' "
				+ "and table_name = '" + table + "' and is_generated = 'NEVER' order by ordinal_position");
	}

	private static List<String> primaryKey(Connection db, String table) throws SQLException {
		return strings(db, "select quote_ident(a.attname) from pg_index i join pg_attribute a "
				+ "on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
				+ "where i.indrelid = 'public." + table + "'::regclass and i.indisprimary "
				+ "order by array_position(i.indkey::int2[], a.attnum)");
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> result = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				result.add(rs.getString(1));
			}
		}
		return result;
	}

}
