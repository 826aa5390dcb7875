package org.sanxiang.catalog;

/**
 * 执法主体 — the administrative body holding enforcement power.
 *
 * @param creditCode 统一社会信用代码 (GB 32100 checksum), the key
 * @param name e.g. 新田县发展和改革局
 * @param documentPrefix 发文机关代字 for document numbers, e.g. 新发改
 * @param supervisionPhone 监督电话
 * @param complaintAddress 投诉地址
 * @param complaintEmail 投诉邮箱
 * @param overview 机构职能简介
 */
public record Agency(String creditCode, String name, String documentPrefix, String address, String phone,
		String website, String supervisionPhone, String complaintAddress, String complaintEmail,
		String overview) implements CatalogEntry {

	@Override
	public String key() {
		return this.creditCode;
	}

	@Override
	public String displayName() {
		return this.name;
	}

}
