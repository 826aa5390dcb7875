/**
 * Staff console pages for maintaining the catalog master data (事前公示, GS-1; 行政许可法 第三十条,
 * XK-30): the agency, units, officers and their 行政执法证, items with legal basis, procedure,
 * time limits, fees and materials with sample texts, supervision methods, the conditions
 * of the 重大执法决定法制审核目录 (SH-2) and the 行政裁量基准 of items. 管理员 only. Every save is a new
 * version with an effective date and a reason, through the public
 * {@link org.sanxiang.catalog.Catalog} interface only; bad input comes back as Chinese
 * messages next to the field and nothing is saved.
 */
package org.sanxiang.catalog.web;
