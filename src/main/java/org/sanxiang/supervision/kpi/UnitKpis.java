package org.sanxiang.supervision.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The rate indicators per unit (股室) for a period, as assessment (绩效考核) weighs them: the
 * same rows as the dashboard's drill-down filtered by unit, so that every rate links to
 * the records behind it. Read-only; computed from the records on each call.
 */
@Component
public class UnitKpis {

	/** The indicators counted per unit, in display order. */
	public static final List<String> INDICATORS = List.of(Kpis.ON_TIME, Kpis.REVIEW, Kpis.RECORDING, Kpis.CERTIFICATE,
			Kpis.COMPLAINT_ON_TIME);

	private static final Map<String, String> NAMES = Map.of(Kpis.ON_TIME, "按期办结率", Kpis.REVIEW, "法制审核覆盖率",
			Kpis.RECORDING, "音像记录覆盖率", Kpis.CERTIFICATE, "执法证有效率", Kpis.COMPLAINT_ON_TIME, "投诉举报按期答复率");

	private final Kpis kpis;

	UnitKpis(Kpis kpis) {
		this.kpis = kpis;
	}

	/** The Chinese name of an indicator of {@link #INDICATORS}. */
	public static String name(String indicator) {
		return NAMES.getOrDefault(indicator, indicator);
	}

	/**
	 * Each unit's rates for {@code [from, to]}, the records read once.
	 * @return per unit code, one rate per indicator of {@link #INDICATORS}
	 */
	public Map<String, List<Rate>> rates(Collection<String> unitCodes, LocalDate from, LocalDate to) {
		Kpis.Period period = this.kpis.period(from, to);
		Kpis.Facts facts = this.kpis.facts(period);
		Map<String, List<Rate>> result = new LinkedHashMap<>();
		for (String unit : unitCodes) {
			List<Rate> rates = new ArrayList<>();
			for (String indicator : INDICATORS) {
				Kpis.Drill drill = this.kpis.drill(indicator, period, Kpis.Filter.of("unit", unit), facts);
				rates.add(new Rate(indicator, name(indicator), drill.met(), drill.counted(), "/console/supervision/kpi/"
						+ indicator + "?from=" + from + "&to=" + to + "&by=unit&key=" + unit));
			}
			result.put(unit, rates);
		}
		return result;
	}

	/**
	 * One indicator of one unit.
	 *
	 * @param met records that met it
	 * @param counted records counted (0: nothing to count in the period)
	 * @param drillPath the console page listing the records behind it
	 */
	public record Rate(String indicator, String name, long met, long counted, String drillPath) {
	}

}
