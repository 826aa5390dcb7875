package org.sanxiang.identity;

import java.util.Map;

/**
 * The units (内设机构) a staff account may belong to, for the user administration page.
 * Identity sits below the catalog, so it knows units only by code; the catalog implements
 * this interface. Until a bean implements it, the user page offers the Xintian bureau's
 * usual units.
 */
public interface UnitDirectory {

	/** Unit code to unit name, in display order. */
	Map<String, String> unitNames();

}
