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
import org.helpline.reporting.ReportSummary;
import org.helpline.reporting.Trend;
import org.helpline.shared.HelplineTime;

/**
 * The report as a PDF for trustees: a first page with the summary (headline figures and how they moved, the
 * thirteen months' trend by channel, the top topics), then the sections several to a page, each with its
 * rule, a bar chart of its largest rows and the table of every figure (an empty section in a line); last,
 * the heat map.
 */
final class PdfReport {

    /**
     * Colour-blind-safe colours, each 3:1 or more against white: Okabe and Ito's blue, vermilion, a dark grey,
     * their bluish green and reddish purple, a darkened orange and a teal (their own orange and sky blue are
     * under 3:1). The first three are the month, the month before and a year before; the trend's channels take
     * them in turn, as on the page.
     */
    static final Color[] SERIES = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x55, 0x55, 0x55),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xA8, 0x6A, 0x00), new Color(0x00, 0x7B, 0x8A)};

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    /** A table row's height, near enough, for deciding whether a section fits on what is left of a page. */
    private static final float ROW_HEIGHT = 16;

    private PdfReport() {
    }

    static byte[] write(ReportHeading heading) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.addTitle(heading.title());
        document.addCreator("Helpline");
        document.open();
        MonthlyFigures figures = heading.view().figures();
        summaryPage(document, writer, heading, ReportSummary.of(figures));
        document.newPage();
        for (ReportSection section : figures.sections()) {
            section(document, writer, heading, section);
        }
        heatMap(document, writer, figures);
        document.close();
        return bytes.toByteArray();
    }

    /** Room left on the page, in points. */
    private static float room(Document document, PdfWriter writer) {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /** Starts a new page unless {@code height} points fit on this one. */
    private static void keepTogether(Document document, PdfWriter writer, float height) {
        if (room(document, writer) < height) {
            document.newPage();
        }
    }

    private static void summaryPage(Document document, PdfWriter writer, ReportHeading heading, ReportSummary summary) {
        Paragraph title = new Paragraph(heading.title(), TITLE);
        title.setSpacingAfter(6);
        document.add(title);
        document.add(new Paragraph(heading.status(), SMALL));
        Paragraph how = new Paragraph("Work raised with a contact counts in the contact's month; outcomes count when "
                + "they happened. Each section after this page gives the rule it counts by.", SMALL);
        how.setSpacingAfter(10);
        document.add(how);

        document.add(new Paragraph("At a glance", HEADING));
        PdfPTable headlines = new PdfPTable(new float[] {3.2f, 1.3f, 1.9f, 1.9f});
        headlines.setWidthPercentage(100);
        headlines.setSpacingBefore(6);
        headlines.addCell(cell("", BOLD, Element.ALIGN_LEFT));
        headlines.addCell(cell(heading.columns().get(0), BOLD, Element.ALIGN_RIGHT));
        headlines.addCell(cell("On " + heading.columns().get(1), BOLD, Element.ALIGN_RIGHT));
        headlines.addCell(cell("On " + heading.columns().get(2), BOLD, Element.ALIGN_RIGHT));
        for (ReportSummary.Headline h : summary.headlines()) {
            headlines.addCell(cell(h.label(), CELL, Element.ALIGN_LEFT));
            headlines.addCell(cell(h.value(), BOLD, Element.ALIGN_RIGHT));
            headlines.addCell(cell(h.onLastMonth(), CELL, Element.ALIGN_RIGHT));
            headlines.addCell(cell(h.onLastYear(), CELL, Element.ALIGN_RIGHT));
        }
        document.add(headlines);

        Trend trend = summary.trend();
        if (!trend.isEmpty()) {
            Paragraph trendTitle = new Paragraph("Contacts by channel, " + HelplineTime.monthName(trend.months().get(0))
                    + " to " + HelplineTime.monthName(trend.months().get(trend.months().size() - 1)), HEADING);
            trendTitle.setSpacingBefore(12);
            trendTitle.setSpacingAfter(6);
            document.add(trendTitle);
            document.add(trendChart(writer, trend, document.right() - document.left()));
        }

        Paragraph topics = new Paragraph("Top topics", HEADING);
        topics.setSpacingBefore(12);
        document.add(topics);
        if (summary.topTopics().isEmpty()) {
            document.add(new Paragraph("No data contacts in " + heading.columns().get(0) + ".", BODY));
        } else {
            PdfPTable table = new PdfPTable(new float[] {4, 1.4f, 1.4f, 1.4f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.addCell(cell("Data contacts about", BOLD, Element.ALIGN_LEFT));
            heading.columns().forEach(c -> table.addCell(cell(c, BOLD, Element.ALIGN_RIGHT)));
            for (ReportRow row : summary.topTopics()) {
                table.addCell(cell(row.label(), CELL, Element.ALIGN_LEFT));
                for (long value : row.values()) {
                    table.addCell(cell(row.format(value), CELL, Element.ALIGN_RIGHT));
                }
            }
            document.add(table);
        }
    }

    /** Stacked bars, a month each, a colour a channel, with the month's total above and a legend. */
    private static Image trendChart(PdfWriter writer, Trend trend, float width) {
        float height = 170;
        float legend = 18;
        float axis = 24;
        float plotHeight = height - legend - axis - 12;
        int months = trend.months().size();
        long largest = 1;
        for (int i = 0; i < months; i++) {
            largest = Math.max(largest, trend.total(i));
        }
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float x = 0;
        for (int s = 0; s < trend.series().size(); s++) {
            String label = trend.series().get(s).label();
            canvas.setColorFill(SERIES[s % SERIES.length]);
            canvas.rectangle(x, height - 10, 10, 8);
            canvas.fill();
            text(canvas, font, 8, label, x + 14, height - 9);
            x += 14 + font.getWidthPoint(label, 8) + 16;
        }
        float slot = width / months;
        float bar = slot * 0.6f;
        for (int i = 0; i < months; i++) {
            float left = i * slot + (slot - bar) / 2;
            float bottom = axis;
            for (int s = 0; s < trend.series().size(); s++) {
                long count = trend.series().get(s).counts().get(i);
                float h = plotHeight * count / largest;
                if (count > 0) {
                    canvas.setColorFill(SERIES[s % SERIES.length]);
                    canvas.rectangle(left, bottom, bar, h);
                    canvas.fill();
                }
                bottom += h;
            }
            String total = ReportRow.Unit.COUNT.format(trend.total(i));
            text(canvas, font, 7, total, left + (bar - font.getWidthPoint(total, 7)) / 2, bottom + 2);
            java.time.YearMonth m = trend.months().get(i);
            String name = m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
            text(canvas, font, 7, name, left + (bar - font.getWidthPoint(name, 7)) / 2, axis - 10);
            if (i == 0 || m.getMonthValue() == 1) {
                String year = String.valueOf(m.getYear());
                text(canvas, font, 7, year, left + (bar - font.getWidthPoint(year, 7)) / 2, axis - 19);
            }
        }
        canvas.setColorStroke(Color.GRAY);
        canvas.moveTo(0, axis);
        canvas.lineTo(width, axis);
        canvas.stroke();
        return Image.getInstance(canvas);
    }

    private static void section(Document document, PdfWriter writer, ReportHeading heading, ReportSection section) {
        if (section.isEmpty()) {
            keepTogether(document, writer, 30);
            Paragraph line = new Paragraph();
            line.add(new Chunk(section.title() + ": ", BOLD));
            line.add(new Chunk("nothing to count in " + heading.columns().get(0) + ", " + heading.columns().get(1)
                    + " or " + heading.columns().get(2) + ".", CELL));
            line.setSpacingBefore(10);
            document.add(line);
            return;
        }
        List<ReportRow> charted = section.largestCounts(ReportSection.CHART_ROWS);
        float width = document.right() - document.left();
        Image chart = charted.isEmpty() ? null : chart(writer, heading, charted, width);
        float height = 50 + (chart == null ? 0 : chart.getHeight() + 10) + ROW_HEIGHT * (section.rows().size() + 1);
        keepTogether(document, writer, Math.min(height, document.top() - document.bottom()));
        Paragraph title = new Paragraph(section.title(), HEADING);
        title.setSpacingBefore(14);
        document.add(title);
        Paragraph rule = new Paragraph(section.rule(), SMALL);
        rule.setSpacingAfter(8);
        document.add(rule);
        if (chart != null) {
            document.add(chart);
        }
        PdfPTable table = new PdfPTable(new float[] {4, 1.4f, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
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

    /**
     * Grouped horizontal bars: one group per row, one bar per period, with a legend and the counts. Labels are
     * written in full: the label column is as wide as the longest (up to half the width), and a longer label
     * wraps onto a second line.
     */
    private static Image chart(PdfWriter writer, ReportHeading heading, List<ReportRow> rows, float width) {
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float widest = (float) rows.stream().mapToDouble(r -> font.getWidthPoint(r.label(), 8)).max().orElse(0);
        float labelWidth = Math.min(widest + 8, width / 2);
        float bar = 7;
        float group = bar * 3 + 8;
        float legend = 22;
        float height = legend + rows.size() * group + 4;
        long largest = rows.stream().flatMapToLong(r -> java.util.Arrays.stream(r.values())).max().orElse(1);
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
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
            List<String> lines = wrap(font, row.label(), labelWidth - 6);
            float first = y - group / 2 + (lines.size() - 1) * 4.5f - 2;
            for (int l = 0; l < lines.size(); l++) {
                text(canvas, font, 8, lines.get(l), 0, first - l * 9);
            }
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

    /** {@code text} in lines no wider than {@code width} at 8 points, broken between words. */
    static List<String> wrap(BaseFont font, String text, float width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getWidthPoint(longer, 8) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setColorFill(Color.BLACK);
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static void heatMap(Document document, PdfWriter writer, MonthlyFigures figures) {
        keepTogether(document, writer, 80 + 8 * ROW_HEIGHT);
        Paragraph title = new Paragraph("Busiest times", HEADING);
        title.setSpacingBefore(14);
        document.add(title);
        Paragraph rule = new Paragraph(figures.busyRule(), SMALL);
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
