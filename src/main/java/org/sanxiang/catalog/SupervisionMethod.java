package org.sanxiang.catalog;

/**
 * 监督方式 — how the public can supervise enforcement and complain (e.g. 12345 热线,
 * 县司法局行政执法监督).
 *
 * @param code stable key
 * @param channel phone, address, e-mail or web address
 */
public record SupervisionMethod(String code, String agencyCode, String name, String description, String channel,
		int sortOrder) implements CatalogEntry {

	@Override
	public String key() {
		return this.code;
	}

	@Override
	public String displayName() {
		return this.name;
	}

}
