package org.sanxiang.disclosure.window;

import java.util.List;

/**
 * A service window (窗口) of the 政务服务中心.
 *
 * @param code stable key used in addresses, e.g. FGW-01
 * @param location where to find it, e.g. 新田县政务服务中心二楼 12号窗口
 * @param unitCode the catalog unit that staffs it
 * @param phone consultation phone (咨询电话)
 * @param duties 岗位职责, one paragraph
 * @param itemCodes the catalog items handled there, in display order
 */
record ServiceWindow(String code, String name, String location, String unitCode, String phone, String duties,
		List<String> itemCodes, int sortOrder) {

	ServiceWindow {
		itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
	}

}
