package org.helpline.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;

/**
 * The report as an Excel workbook: an "About" sheet, then a sheet per section with its counting rule,
 * and the heat map. Figures are numbers, not text, so they can be summed and charted; a percentage is a
 * fraction formatted as one.
 */
final class XlsxReport {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle count;
    private final CellStyle percent;
    private final CellStyle wrapped;
    private final Set<String> sheetNames = new HashSet<>();

    private XlsxReport() {
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(boldFont);
        count = book.createCellStyle();
        count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        wrapped = book.createCellStyle();
        wrapped.setWrapText(true);
    }

    static byte[] write(ReportHeading heading) {
        XlsxReport report = new XlsxReport();
        report.about(heading);
        MonthlyFigures figures = heading.view().figures();
        for (ReportSection section : figures.sections()) {
            report.section(heading, section);
        }
        report.heatMap(figures);
        try (XSSFWorkbook book = report.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void about(ReportHeading heading) {
        Sheet sheet = sheet("About");
        text(sheet.createRow(0), 0, heading.title()).setCellStyle(bold);
        text(sheet.createRow(1), 0, heading.status());
        text(sheet.createRow(3), 0, "Each sheet is one section of the report, with the rule its figures are "
                + "counted by. Columns: " + String.join(", ", heading.columns()) + ".");
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void section(ReportHeading heading, ReportSection section) {
        Sheet sheet = sheet(section.title());
        text(sheet.createRow(0), 0, section.title()).setCellStyle(bold);
        text(sheet.createRow(1), 0, section.rule()).setCellStyle(wrapped);
        Row header = sheet.createRow(3);
        text(header, 0, "").setCellStyle(bold);
        for (int c = 0; c < heading.columns().size(); c++) {
            text(header, c + 1, heading.columns().get(c)).setCellStyle(bold);
        }
        int r = 4;
        for (ReportRow row : section.rows()) {
            Row line = sheet.createRow(r++);
            text(line, 0, row.label());
            long[] values = row.values();
            for (int c = 0; c < values.length; c++) {
                Double number = row.unit().number(values[c]);
                if (number == null) {
                    text(line, c + 1, "–");
                } else {
                    var cell = line.createCell(c + 1);
                    cell.setCellValue(number);
                    cell.setCellStyle(row.unit() == ReportRow.Unit.PERCENT ? percent : count);
                }
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c <= heading.columns().size(); c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private void heatMap(MonthlyFigures figures) {
        Sheet sheet = sheet("Busiest times");
        text(sheet.createRow(0), 0, "Busiest times").setCellStyle(bold);
        text(sheet.createRow(1), 0, figures.busyRule());
        Row header = sheet.createRow(2);
        text(header, 0, "Day").setCellStyle(bold);
        for (int h = 0; h < 24; h++) {
            text(header, h + 1, String.format("%02d:00", h)).setCellStyle(bold);
        }
        for (int d = 1; d <= 7; d++) {
            Row line = sheet.createRow(2 + d);
            text(line, 0, Days.NAMES.get(d - 1));
            for (int h = 0; h < 24; h++) {
                var cell = line.createCell(h + 1);
                cell.setCellValue(figures.busy(d, h));
                cell.setCellStyle(count);
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
    }

    /**
     * A sheet named after its section: Excel allows 31 characters and no [ ] : * ? / \ in a name, so section
     * titles are kept that short (MonthlyExportIT finds every section's sheet by its full title).
     */
    private Sheet sheet(String title) {
        String name = WorkbookUtil.createSafeSheetName(title);
        for (int n = 2; !sheetNames.add(name); n++) {
            name = WorkbookUtil.createSafeSheetName(title.substring(0, Math.min(title.length(), 27)) + " " + n);
        }
        return book.createSheet(name);
    }

    private static org.apache.poi.ss.usermodel.Cell text(Row row, int column, String value) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }
}
