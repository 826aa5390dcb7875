/**
 * 提醒 — alerts of the work that falls due, computed on each read from the other modules'
 * records as they stand (never copied): decision deadlines of open cases (XK-42) and
 * publication deadlines of decisions (GS-3) from 3 working days before and when overdue,
 * certificates expiring within 30 days or expired while their holder has open cases
 * (ZJ-1, ZJ-2), legal reviews past their due day (SH-5), and rectifications of 督查
 * findings past their deadline (through {@code InspectionFindings}, when installed), and
 * drawn 双随机 inspections not recorded from 3 working days before their plan's last day
 * (through {@code InspectionStatistics}). Each alert goes to the accounts that must act
 * on it; the notification centre shows them with read marks and the console header counts
 * the unread, and a daily e-mail digest goes to the accounts that opted in, once per
 * account and day. Stored here are only the read marks, the subscriptions, the digest's
 * time of day and the digest log.
 */
package org.sanxiang.supervision.alerts;
