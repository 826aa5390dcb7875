package org.sanxiang.supervision.assessment;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * The score table as an Excel workbook (.xlsx): sheet 得分 with one row per unit (each
 * part's points, the total and the grade) and sheet 计分说明 with how each part was computed,
 * so that the numbers can be checked outside the system.
 */
@Component
class AssessmentWorkbook {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	void write(Assessment.ScoreTable table, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			CellStyle number = book.createCellStyle();
			number.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.00"));

			SXSSFSheet scores = book.createSheet("得分");
			Row title = scores.createRow(0);
			title.createCell(0)
				.setCellValue(table.agency().name() + " " + table.period().label() + "绩效考核得分（考核方案第 "
						+ table.scheme().version() + " 版，统计至 " + table.countedTo() + (table.complete() ? "" : "，期间未结束")
						+ "）");
			Row head = scores.createRow(1);
			int col = 0;
			cell(head, col++, "单位", header);
			cell(head, col++, "代码", header);
			for (ScoreComponent c : ScoreComponent.values()) {
				cell(head, col++, c.label() + "（权重 " + ScoringScheme.plain(table.scheme().weight(c)) + "%）", header);
			}
			cell(head, col++, "总分", header);
			cell(head, col, "等次", header);
			scores.createFreezePane(2, 2);
			int r = 2;
			for (UnitScore s : table.scores()) {
				Row row = scores.createRow(r++);
				col = 0;
				row.createCell(col++).setCellValue(s.unitName());
				row.createCell(col++).setCellValue(s.unitCode());
				for (UnitScore.Part p : s.parts()) {
					row.createCell(col).setCellValue(p.points().doubleValue());
					row.getCell(col++).setCellStyle(number);
				}
				row.createCell(col).setCellValue(s.total().doubleValue());
				row.getCell(col++).setCellStyle(number);
				row.createCell(col).setCellValue(s.grade());
			}
			scores.setColumnWidth(0, 16 * 256);
			for (int i = 2; i < ScoreComponent.values().length + 3; i++) {
				scores.setColumnWidth(i, 14 * 256);
			}

			SXSSFSheet details = book.createSheet("计分说明");
			Row h = details.createRow(0);
			String[] names = { "单位", "项目", "权重（%）", "项目得分（0–100）", "计入总分", "计算方法", "依据（条）" };
			for (int i = 0; i < names.length; i++) {
				cell(h, i, names[i], header);
			}
			details.createFreezePane(0, 1);
			r = 1;
			for (UnitScore s : table.scores()) {
				for (UnitScore.Part p : s.parts()) {
					Row row = details.createRow(r++);
					row.createCell(0).setCellValue(s.unitName());
					row.createCell(1).setCellValue(p.label());
					row.createCell(2).setCellValue(p.weight().doubleValue());
					row.createCell(3).setCellValue(p.score().doubleValue());
					row.createCell(4).setCellValue(p.points().doubleValue());
					row.createCell(5).setCellValue(p.how());
					row.createCell(6).setCellValue(p.basis().size());
				}
			}
			details.setColumnWidth(1, 18 * 256);
			details.setColumnWidth(5, 48 * 256);
			book.write(out);
		}
		finally {
			book.dispose();
			book.close();
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

}
