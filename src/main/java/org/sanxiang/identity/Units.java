package org.sanxiang.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The units a staff account may belong to: from the catalog's {@link UnitDirectory} once
 * it exists, otherwise the Xintian bureau's usual units so that accounts can be managed
 * before the catalog is.
 */
@Component
class Units {

	static final Map<String, String> USUAL = usual();

	private final ObjectProvider<UnitDirectory> directory;

	Units(ObjectProvider<UnitDirectory> directory) {
		this.directory = directory;
	}

	/** Code to name, in display order. */
	Map<String, String> names() {
		UnitDirectory found = this.directory.getIfUnique();
		Map<String, String> names = (found == null) ? null : found.unitNames();
		return (names == null || names.isEmpty()) ? USUAL : names;
	}

	/** The unit's name, or its code when no unit has that code any more. */
	String nameOf(String code) {
		if (code == null) {
			return "";
		}
		return names().getOrDefault(code, code);
	}

	private static Map<String, String> usual() {
		Map<String, String> units = new LinkedHashMap<>();
		units.put("JLD", "局领导");
		units.put("BGS", "办公室");
		units.put("FGG", "法规股");
		units.put("TZK", "投资股");
		units.put("LSTK", "粮食调控股");
		units.put("ZWFW", "政务服务窗口");
		return java.util.Collections.unmodifiableMap(units);
	}

}
