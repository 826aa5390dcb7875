package org.sanxiang.casework;

import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Versioned;

/**
 * The catalog item and the version of it in force for a case: what the case applies
 * (conditions, materials, time limits), recorded with every event so a later catalog
 * change never rewrites history.
 */
public record ItemVersion(String code, int version, String name) {

	public static ItemVersion of(Versioned<Item> item) {
		return new ItemVersion(item.content().code(), item.version(), item.content().name());
	}

}
