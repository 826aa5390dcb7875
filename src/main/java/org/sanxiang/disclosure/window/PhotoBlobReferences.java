package org.sanxiang.disclosure.window;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.sanxiang.platform.BlobReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored files window boards name: staff photos
 * ({@code disclosure_window_staff.photo_key}, V26).
 */
@Component
class PhotoBlobReferences implements BlobReferences {

	private final JdbcClient jdbc;

	PhotoBlobReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select distinct photo_key from disclosure_window_staff where photo_key = any(?)")
					.param(keys.toArray(String[]::new))
					.query(String.class)
					.list());
	}

}
