package org.sanxiang.catalog;

/**
 * One required application material (行政许可法 第三十条: the full list, with sample texts).
 *
 * @param name e.g. 项目申请报告
 * @param required 必要 or 容缺/非必要
 * @param form 原件 / 复印件 / 电子件
 * @param copies number of copies
 * @param note 填报说明
 * @param sampleFileId id of a downloadable sample text, or null
 */
public record Material(String name, boolean required, String form, int copies, String note, String sampleFileId) {
}
