package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 申请已接收: materials received (the day acceptance and correction windows start from, 行政许可法
 * 第三十二条).
 */
public record ApplicationReceived(Recorded recorded, LocalDate receivedOn, String applicant) implements CaseEvent {
}
