package org.sanxiang.supervision.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * The ledger as an Excel workbook (.xlsx): one row per task, a bold header row that stays
 * in view, dates as dates. Written with POI's streaming workbook, which keeps only a
 * window of rows in memory and spills the rest to a temporary file it removes afterwards.
 */
@Component
class LedgerWorkbook {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final List<String> HEADERS = List.of("任务", "类别", "责任单位", "责任人", "完成期限", "状态", "最新进展", "完成日期", "佐证材料（件）");

	private static final int[] WIDTHS = { 48, 14, 16, 16, 12, 10, 48, 12, 14 };

	void write(List<LedgerViews.TaskRow> rows, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			SXSSFSheet sheet = book.createSheet("落实台账");
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle overdue = book.createCellStyle();
			Font red = book.createFont();
			red.setColor(Font.COLOR_RED);
			red.setBold(true);
			overdue.setFont(red);
			Row head = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				head.createCell(i).setCellValue(HEADERS.get(i));
				head.getCell(i).setCellStyle(header);
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (LedgerViews.TaskRow t : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(t.title());
				row.createCell(1).setCellValue(t.categoryLabel());
				row.createCell(2).setCellValue(t.unitName());
				row.createCell(3).setCellValue(t.ownerName());
				row.createCell(4).setCellValue(t.deadline());
				row.getCell(4).setCellStyle(date);
				row.createCell(5).setCellValue(t.statusLabel());
				if (t.overdue()) {
					row.getCell(5).setCellStyle(overdue);
				}
				row.createCell(6).setCellValue(t.lastNote() == null ? "" : t.lastNote());
				if (t.completedOn() != null) {
					row.createCell(7).setCellValue(t.completedOn());
					row.getCell(7).setCellStyle(date);
				}
				else {
					row.createCell(7).setBlank();
				}
				row.createCell(8).setCellValue(t.evidence());
			}
			book.write(out);
		}
		finally {
			book.close();
			book.dispose();
		}
	}

}
