package org.sanxiang.documents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 文号登记簿 (issue 7, item 7): every series (agency, 代字, year) with its last number and its
 * voids, and, for the series chosen, every number in order with its document, status and
 * — for a voided number — who voided it, when and why. Whether a series runs 1…last
 * without a gap is checked on the page, not assumed.
 */
@Controller
class NumberRegisterController {

	private final JdbcIssuedDocuments documents;

	private final Catalog catalog;

	NumberRegisterController(JdbcIssuedDocuments documents, Catalog catalog) {
		this.documents = documents;
		this.catalog = catalog;
	}

	/** One series as listed, with the agency's name. */
	record SeriesRow(String agencyCode, String agencyName, String series, int year, int last, int voided,
			boolean selected) {
	}

	/**
	 * One number as listed: its document, who issued it when, its status and any void.
	 */
	record NumberRow(int sequence, String number, String title, String issuedOn, String issued, String status,
			String statusReason, String voided) {

		static NumberRow of(JdbcIssuedDocuments.Registered n) {
			return new NumberRow(n.sequence(), n.number(), n.title(), DocumentDates.chinese(n.issuedOn()),
					n.allocatedBy() + "，" + AT.format(n.allocatedAt()), n.status(),
					n.voidedAt() == null ? n.statusReason() : null, n.voidedAt() == null ? null
							: n.voidReason() + "（" + n.voidedBy() + "，" + AT.format(n.voidedAt()) + "）");
		}

	}

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	@GetMapping("/console/admin/documents/numbers")
	String register(@RequestParam(required = false) String agency, @RequestParam(required = false) String series,
			@RequestParam(required = false) Integer year, Model model) {
		Map<String, String> names = this.catalog.agencies()
			.stream()
			.collect(Collectors.toMap(Agency::creditCode, Agency::name, (a, b) -> a));
		List<SeriesRow> rows = this.documents.series()
			.stream()
			.map(s -> new SeriesRow(s.agencyCode(), names.getOrDefault(s.agencyCode(), s.agencyCode()), s.series(),
					s.year(), s.last(), s.voided(),
					s.agencyCode().equals(agency) && s.series().equals(series) && year != null && s.year() == year))
			.toList();
		model.addAttribute("series", rows);
		SeriesRow chosen = rows.stream().filter(SeriesRow::selected).findFirst().orElse(null);
		model.addAttribute("chosen", chosen);
		if (chosen != null) {
			List<JdbcIssuedDocuments.Registered> numbers = this.documents.register(chosen.agencyCode(), chosen.series(),
					chosen.year());
			model.addAttribute("numbers", numbers.stream().map(NumberRow::of).toList());
			model.addAttribute("continuous", continuous(numbers, chosen.last()));
		}
		return "documents/numbers";
	}

	/** Whether the numbers are exactly 1…last. */
	static boolean continuous(List<JdbcIssuedDocuments.Registered> numbers, int last) {
		if (numbers.size() != last) {
			return false;
		}
		for (int i = 0; i < numbers.size(); i++) {
			if (numbers.get(i).sequence() != i + 1) {
				return false;
			}
		}
		return true;
	}

}
