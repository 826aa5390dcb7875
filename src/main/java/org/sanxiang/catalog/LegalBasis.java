package org.sanxiang.catalog;

/**
 * 执法依据.
 *
 * @param law e.g. 《企业投资项目核准和备案管理条例》（国务院令第673号）
 * @param article e.g. 第三条
 * @param text the quoted article text
 */
public record LegalBasis(String law, String article, String text) {
}
