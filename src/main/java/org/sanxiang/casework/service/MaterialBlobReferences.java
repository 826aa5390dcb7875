package org.sanxiang.casework.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.sanxiang.platform.BlobReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored files application materials name ({@code casework_material.sha256}, V6). */
@Component
class MaterialBlobReferences implements BlobReferences {

	private final JdbcClient jdbc;

	MaterialBlobReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select distinct sha256 from casework_material where sha256 = any(?)")
			.param(keys.toArray(String[]::new))
			.query(String.class)
			.list());
	}

}
