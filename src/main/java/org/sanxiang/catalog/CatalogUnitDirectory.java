package org.sanxiang.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.identity.UnitDirectory;

import org.springframework.stereotype.Component;

/**
 * Offers the catalog's current units to user administration, so staff accounts name real
 * units.
 */
@Component
class CatalogUnitDirectory implements UnitDirectory {

	private final Catalog catalog;

	CatalogUnitDirectory(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Map<String, String> unitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.catalog.units().forEach(unit -> names.put(unit.code(), unit.name()));
		return names;
	}

}
