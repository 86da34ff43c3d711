package org.helpline.reporting.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;

/**
 * The report as a PDF for trustees: a title page with what the figures are and what is in it, then each
 * section with its rule, a bar chart of its largest rows (this month, the month before, a year before)
 * and the table of every figure; last, the heat map.
 */
final class PdfReport {

    /** Okabe and Ito's colour-blind-safe blue, vermilion and a dark grey: each 3:1 or more against white. */
    static final Color[] SERIES = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x55, 0x55, 0x55)};

    private static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);

    private PdfReport() {
    }

    static byte[] write(ReportHeading heading) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.addTitle(heading.title());
        document.addCreator("Helpline");
        document.open();
        titlePage(document, heading);
        MonthlyFigures figures = heading.view().figures();
        for (ReportSection section : figures.sections()) {
            document.newPage();
            section(document, writer, heading, section);
        }
        document.newPage();
        heatMap(document, heading, figures);
        document.close();
        return bytes.toByteArray();
    }

    private static void titlePage(Document document, ReportHeading heading) {
        Paragraph title = new Paragraph(heading.title(), TITLE);
        title.setSpacingBefore(160);
        title.setSpacingAfter(18);
        document.add(title);
        document.add(new Paragraph(heading.status(), BODY));
        Paragraph columns = new Paragraph("Each figure is shown for " + String.join(", ", heading.columns())
                + ". The rule each section counts by is written under its heading.", BODY);
        columns.setSpacingBefore(12);
        document.add(columns);
        Paragraph contents = new Paragraph("Contents", HEADING);
        contents.setSpacingBefore(36);
        document.add(contents);
        for (ReportSection section : heading.view().figures().sections()) {
            document.add(new Paragraph(section.title(), BODY));
        }
        document.add(new Paragraph("Busiest times", BODY));
    }

    private static void section(Document document, PdfWriter writer, ReportHeading heading, ReportSection section) {
        document.add(new Paragraph(section.title(), HEADING));
        Paragraph rule = new Paragraph(section.rule(), SMALL);
        rule.setSpacingAfter(10);
        document.add(rule);
        List<ReportRow> charted = section.largestCounts(ReportSection.CHART_ROWS);
        if (!charted.isEmpty()) {
            document.add(chart(writer, heading, charted, document.right() - document.left()));
        }
        PdfPTable table = new PdfPTable(new float[] {4, 1.4f, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.addCell(cell("", BOLD, Element.ALIGN_LEFT));
        for (String column : heading.columns()) {
            table.addCell(cell(column, BOLD, Element.ALIGN_RIGHT));
        }
        for (ReportRow row : section.rows()) {
            table.addCell(cell(row.label(), CELL, Element.ALIGN_LEFT));
            for (long value : row.values()) {
                table.addCell(cell(row.format(value), CELL, Element.ALIGN_RIGHT));
            }
        }
        document.add(table);
    }

    /** Grouped horizontal bars: one group per row, one bar per period, with a legend and the counts. */
    private static Image chart(PdfWriter writer, ReportHeading heading, List<ReportRow> rows, float width) {
        float labelWidth = 170;
        float bar = 7;
        float group = bar * 3 + 8;
        float legend = 22;
        float height = legend + rows.size() * group + 4;
        long largest = rows.stream().flatMapToLong(r -> java.util.Arrays.stream(r.values())).max().orElse(1);
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float plot = width - labelWidth - 40;
        float x = 0;
        for (int s = 0; s < 3; s++) {
            canvas.setColorFill(SERIES[s]);
            canvas.rectangle(x, height - 12, 10, 8);
            canvas.fill();
            text(canvas, font, 8, heading.columns().get(s), x + 14, height - 11);
            x += 14 + font.getWidthPoint(heading.columns().get(s), 8) + 16;
        }
        float y = height - legend;
        for (ReportRow row : rows) {
            text(canvas, font, 8, fit(font, row.label(), labelWidth - 6), 0, y - group / 2 - 2);
            long[] values = row.values();
            for (int s = 0; s < 3; s++) {
                float top = y - 4 - s * bar;
                float length = largest == 0 ? 0 : plot * values[s] / largest;
                canvas.setColorFill(SERIES[s]);
                canvas.rectangle(labelWidth, top - bar + 1, Math.max(length, 0.5f), bar - 1);
                canvas.fill();
                text(canvas, font, 6.5f, row.format(values[s]), labelWidth + length + 3, top - bar + 2);
            }
            y -= group;
        }
        canvas.setColorStroke(Color.GRAY);
        canvas.moveTo(labelWidth, 2);
        canvas.lineTo(labelWidth, height - legend + 2);
        canvas.stroke();
        return Image.getInstance(canvas);
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setColorFill(Color.BLACK);
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static String fit(BaseFont font, String text, float width) {
        String shown = text;
        while (shown.length() > 4 && font.getWidthPoint(shown, 8) > width) {
            shown = shown.substring(0, shown.length() - 2);
        }
        return shown.equals(text) ? text : shown + "…";
    }

    private static void heatMap(Document document, ReportHeading heading, MonthlyFigures figures) {
        document.add(new Paragraph("Busiest times", HEADING));
        Paragraph rule = new Paragraph("Contacts in " + heading.columns().get(0) + " by day of the week and the hour "
                + "they started, UK time. Darker is busier.", SMALL);
        rule.setSpacingAfter(10);
        document.add(rule);
        float[] widths = new float[25];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 2.2f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        Font tiny = new Font(Font.HELVETICA, 6.5f);
        table.addCell(cell("Day", new Font(Font.HELVETICA, 6.5f, Font.BOLD), Element.ALIGN_LEFT));
        for (int h = 0; h < 24; h++) {
            table.addCell(cell(String.valueOf(h), new Font(Font.HELVETICA, 6.5f, Font.BOLD), Element.ALIGN_CENTER));
        }
        long busiest = Math.max(1, figures.busiest());
        for (int d = 1; d <= 7; d++) {
            table.addCell(cell(Days.NAMES.get(d - 1).substring(0, 3), tiny, Element.ALIGN_LEFT));
            for (int h = 0; h < 24; h++) {
                long count = figures.busy(d, h);
                float share = (float) count / busiest;
                PdfPCell cell = cell(String.valueOf(count), share > 0.5 ? new Font(Font.HELVETICA, 6.5f, Font.NORMAL,
                        Color.WHITE) : tiny, Element.ALIGN_CENTER);
                int shade = Math.round(255 - share * (255 - 0x20));
                cell.setBackgroundColor(count == 0 ? Color.WHITE : new Color(shade, Math.round(255 - share * (255 - 0x60)), 255));
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        cell.setBorderColor(new Color(0xCC, 0xCC, 0xCC));
        return cell;
    }
}
