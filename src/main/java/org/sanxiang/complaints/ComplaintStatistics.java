package org.sanxiang.complaints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The public monthly figures: received, replied, replied on time and the average days to
 * reply, by month and by kind — counts only, no content and no names.
 */
@Component
class ComplaintStatistics {

	private final Complaints complaints;

	ComplaintStatistics(Complaints complaints) {
		this.complaints = complaints;
	}

	/** One month's figures, in total and per kind. */
	record Month(String month, long received, long replied, long onTime, String averageDays,
			Map<String, Long> receivedByKind) {
	}

	List<Month> months() {
		Map<String, List<Complaints.MonthRow>> byMonth = new LinkedHashMap<>();
		for (Complaints.MonthRow row : this.complaints.monthly()) {
			byMonth.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row);
		}
		List<Month> months = new ArrayList<>();
		byMonth.forEach((month, rows) -> {
			long received = rows.stream().mapToLong(Complaints.MonthRow::received).sum();
			long replied = rows.stream().mapToLong(Complaints.MonthRow::replied).sum();
			long onTime = rows.stream().mapToLong(Complaints.MonthRow::onTime).sum();
			double days = rows.stream()
				.filter(r -> r.averageDays() != null)
				.mapToDouble(r -> r.averageDays() * r.replied())
				.sum();
			Map<String, Long> byKind = new LinkedHashMap<>();
			for (ComplaintKind kind : ComplaintKind.values()) {
				byKind.put(kind.label(),
						rows.stream()
							.filter(r -> r.kind().equals(kind.name()))
							.mapToLong(Complaints.MonthRow::received)
							.sum());
			}
			months.add(new Month(month, received, replied, onTime,
					replied == 0 ? "—" : String.format(Locale.ROOT, "%.1f", days / replied), byKind));
		});
		return months;
	}

}
