package org.sanxiang.catalog;

/**
 * 收费.
 *
 * @param charged whether a fee is charged
 * @param standard fee standard, e.g. 不收费 or an amount
 * @param basis the legal basis for charging (or for not charging)
 */
public record Fee(boolean charged, String standard, String basis) {
}
