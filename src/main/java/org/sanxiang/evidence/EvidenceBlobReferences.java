package org.sanxiang.evidence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.sanxiang.platform.BlobReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored files evidence items name ({@code evidence_item.blob_key}). */
@Component
class EvidenceBlobReferences implements BlobReferences {

	private final JdbcClient jdbc;

	EvidenceBlobReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> named(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select distinct blob_key from evidence_item where blob_key = any(?)")
			.param(keys.toArray(String[]::new))
			.query(String.class)
			.list());
	}

}
