package org.sanxiang.catalog;

/**
 * 内设机构 / 股室.
 *
 * @param code short stable code, e.g. FGG for 法规股 (referenced by users and items)
 * @param agencyCode credit code of the agency it belongs to
 * @param duties 主要职责
 * @param sortOrder display order
 */
public record Unit(String code, String agencyCode, String name, String duties, String phone,
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
