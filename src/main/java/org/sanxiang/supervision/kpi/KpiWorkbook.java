package org.sanxiang.supervision.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** The dashboard's tables as an Excel workbook: one sheet per table. */
@Component
class KpiWorkbook {

	void write(Kpis.Dashboard dashboard, OutputStream out) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			Sheet sheet = book.createSheet("指标");
			header(sheet, "指标", "数值", "达标数", "统计数", "目标", "状态", "定义", "依据",
					"统计期间 " + dashboard.period().from() + " 至 " + dashboard.period().to());
			int r = 1;
			for (Kpis.Indicator i : dashboard.indicators()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(i.name());
				if (i.value() != null) {
					row.createCell(1).setCellValue(i.value());
				}
				row.createCell(2).setCellValue(i.numerator());
				row.createCell(3).setCellValue(i.denominator());
				if (i.target() != null) {
					row.createCell(4).setCellValue(i.target());
				}
				row.createCell(5).setCellValue(i.status());
				row.createCell(6).setCellValue(i.definition());
				row.createCell(7).setCellValue(i.rule());
			}
			breakdown(book, "按执法主体", dashboard.agencies());
			breakdown(book, "按股室", dashboard.units());
			breakdown(book, "按执法人员", dashboard.officers());
			breakdown(book, "按月份", dashboard.months());
			book.write(out);
			book.dispose();
		}
	}

	private static void breakdown(SXSSFWorkbook book, String name, List<Kpis.Breakdown> rows) {
		Sheet sheet = book.createSheet(name);
		header(sheet, "名称", "代码", "决定数", "按期办结数", "按期办结率", "平均办理时长（工作日）", "重大决定数", "经审核数", "法制审核覆盖率", "应音像记录数", "已记录数",
				"音像记录覆盖率", "到期应公示数", "按时公示数", "公示及时率", "随机抽查事项数", "已覆盖事项数", "随机抽查事项覆盖率", "应完成抽查任务数", "按期完成数", "抽查任务完成率",
				"逾期未检查数");
		int r = 1;
		for (Kpis.Breakdown b : rows) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(b.name());
			row.createCell(1).setCellValue(b.key());
			row.createCell(2).setCellValue(b.onTime().counted());
			row.createCell(3).setCellValue(b.onTime().met());
			rate(row, 4, b.onTime().value());
			rate(row, 5, b.duration().average());
			row.createCell(6).setCellValue(b.review().counted());
			row.createCell(7).setCellValue(b.review().met());
			rate(row, 8, b.review().value());
			row.createCell(9).setCellValue(b.recording().counted());
			row.createCell(10).setCellValue(b.recording().met());
			rate(row, 11, b.recording().value());
			if (b.publication() != null) {
				row.createCell(12).setCellValue(b.publication().counted());
				row.createCell(13).setCellValue(b.publication().met());
				rate(row, 14, b.publication().value());
			}
			if (b.inspectionCoverage() != null) {
				row.createCell(15).setCellValue(b.inspectionCoverage().counted());
				row.createCell(16).setCellValue(b.inspectionCoverage().met());
				rate(row, 17, b.inspectionCoverage().value());
			}
			row.createCell(18).setCellValue(b.inspectionDone().counted());
			row.createCell(19).setCellValue(b.inspectionDone().met());
			rate(row, 20, b.inspectionDone().value());
			row.createCell(21).setCellValue(b.inspectionOverdue().counted());
		}
	}

	private static void rate(Row row, int column, Double value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void header(Sheet sheet, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
		}
	}

}
