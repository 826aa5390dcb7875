package org.sanxiang.disclosure.window;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service windows and their staff, in PostgreSQL. */
@Repository
class ServiceWindows {

	private final JdbcClient jdbc;

	ServiceWindows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ServiceWindow> all() {
		return this.jdbc.sql("select * from disclosure_window order by sort_order, code")
			.query((rs, n) -> window(rs))
			.list()
			.stream()
			.map(this::withItems)
			.toList();
	}

	Optional<ServiceWindow> find(String code) {
		if (code == null || code.length() > 40) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from disclosure_window where code = :code")
			.param("code", code)
			.query((rs, n) -> window(rs))
			.optional()
			.map(this::withItems);
	}

	boolean exists(String code) {
		return find(code).isPresent();
	}

	/** Inserts or replaces a window and its item list. */
	void save(ServiceWindow w, String actor, Instant at) {
		this.jdbc
			.sql("""
					insert into disclosure_window (code, name, location, unit_code, phone, duties, sort_order, updated_at, updated_by)
					values (:code, :name, :location, :unit, :phone, :duties, :sort, :at, :by)
					on conflict (code) do update set name = excluded.name, location = excluded.location,
					  unit_code = excluded.unit_code, phone = excluded.phone, duties = excluded.duties,
					  sort_order = excluded.sort_order, updated_at = excluded.updated_at, updated_by = excluded.updated_by
					""")
			.param("code", w.code())
			.param("name", w.name())
			.param("location", w.location())
			.param("unit", w.unitCode())
			.param("phone", w.phone())
			.param("duties", w.duties())
			.param("sort", w.sortOrder())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", actor)
			.update();
		this.jdbc.sql("delete from disclosure_window_item where window_code = :code").param("code", w.code()).update();
		int order = 0;
		for (String item : w.itemCodes()) {
			this.jdbc.sql("insert into disclosure_window_item (window_code, item_code, sort_order) values (:w, :i, :o)")
				.param("w", w.code())
				.param("i", item)
				.param("o", order++)
				.update();
		}
	}

	List<WindowStaff> staff(String windowCode) {
		return this.jdbc
			.sql("select * from disclosure_window_staff where window_code = :w order by sort_order, officer_id")
			.param("w", windowCode)
			.query((rs, n) -> staff(rs))
			.list();
	}

	Optional<WindowStaff> staff(String windowCode, String officerId) {
		return this.jdbc.sql("select * from disclosure_window_staff where window_code = :w and officer_id = :o")
			.param("w", windowCode)
			.param("o", officerId)
			.query((rs, n) -> staff(rs))
			.optional();
	}

	/** Inserts or updates an assignment; the photo is kept. */
	void saveStaff(WindowStaff s) {
		this.jdbc.sql("""
				insert into disclosure_window_staff (window_code, officer_id, post, on_duty, sort_order)
				values (:w, :o, :post, :duty, :sort)
				on conflict (window_code, officer_id) do update set post = excluded.post,
				  on_duty = excluded.on_duty, sort_order = excluded.sort_order
				""")
			.param("w", s.windowCode())
			.param("o", s.officerId())
			.param("post", s.post())
			.param("duty", s.onDuty())
			.param("sort", s.sortOrder())
			.update();
	}

	void removeStaff(String windowCode, String officerId) {
		this.jdbc.sql("delete from disclosure_window_staff where window_code = :w and officer_id = :o")
			.param("w", windowCode)
			.param("o", officerId)
			.update();
	}

	void setPhoto(String windowCode, String officerId, String key, String type) {
		this.jdbc.sql(
				"update disclosure_window_staff set photo_key = :k, photo_type = :t where window_code = :w and officer_id = :o")
			.param("k", key)
			.param("t", type)
			.param("w", windowCode)
			.param("o", officerId)
			.update();
	}

	private ServiceWindow withItems(ServiceWindow w) {
		List<String> items = this.jdbc
			.sql("select item_code from disclosure_window_item where window_code = :w order by sort_order")
			.param("w", w.code())
			.query(String.class)
			.list();
		return new ServiceWindow(w.code(), w.name(), w.location(), w.unitCode(), w.phone(), w.duties(), items,
				w.sortOrder());
	}

	private static ServiceWindow window(ResultSet rs) throws SQLException {
		return new ServiceWindow(rs.getString("code"), rs.getString("name"), rs.getString("location"),
				rs.getString("unit_code"), rs.getString("phone"), rs.getString("duties"), List.of(),
				rs.getInt("sort_order"));
	}

	private static WindowStaff staff(ResultSet rs) throws SQLException {
		return new WindowStaff(rs.getString("window_code"), rs.getString("officer_id"), rs.getString("post"),
				rs.getBoolean("on_duty"), rs.getInt("sort_order"), rs.getString("photo_key"),
				rs.getString("photo_type"));
	}

}
