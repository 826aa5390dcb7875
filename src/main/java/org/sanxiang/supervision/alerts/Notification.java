package org.sanxiang.supervision.alerts;

/**
 * An alert as one account sees it.
 *
 * @param alert the alert
 * @param read whether the account marked it read
 */
record Notification(Alert alert, boolean read) {
}
