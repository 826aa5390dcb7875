/**
 * 事前公示 master data: the agency (执法主体), its units (内设机构), certified officers (行政执法人员 and
 * their 行政执法证), powers and items (权责事项) with legal basis, procedure, time limits, fees
 * and materials, the random-inspection list (随机抽查事项清单) and supervision methods. Every
 * change is a new version with an effective date and a reason; anything that starts later
 * (a case) asks for the version in force on its date. Enforces on save: 统一社会信用代码 checksum
 * (GB 32100, RULES ID-1, with a recorded override for legal pilot codes), certificate
 * numbers unique across officers and validity dates in order (ZJ-1/ZJ-2), at least one
 * legal basis per item, promised ≤ statutory time limits (行政许可法 第四十二条), materials' sample
 * texts (第三十条). Also home of {@link org.sanxiang.catalog.IdNumber} (GB 11643, RULES
 * ID-2). The 重大执法决定法制审核目录 is data too: per agency, the conditions that make a licensing
 * decision major ({@link org.sanxiang.catalog.MajorCondition}, RULES SH-2: one entry per
 * kind, further 其他 entries under the agency's own names), beside the items listed as a
 * whole; and the 行政裁量基准 per item ({@link org.sanxiang.catalog.DiscretionBenchmark}, with
 * an optional numeric range). Entries are retired (废止/撤销/调离) by one more version, never
 * deleted; every save and retirement publishes
 * {@link org.sanxiang.catalog.CatalogEntryChanged} inside its transaction.
 */
package org.sanxiang.catalog;
