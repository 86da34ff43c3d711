package org.helpline.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.helpline.reporting.MonthlyFigures;
import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;

/**
 * The report as a zip of CSV files, one per section and one for the heat map, with a README that says
 * what the figures are and the rule each section counts by. Figures are plain numbers: a percentage as
 * 87.5, a figure that cannot be worked out as an empty field.
 */
final class CsvReport {

    private CsvReport() {
    }

    static byte[] write(ReportHeading heading) {
        MonthlyFigures figures = heading.view().figures();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("README.txt"));
            out.write(readme(heading));
            out.flush();
            zip.closeEntry();
            int n = 1;
            for (ReportSection section : figures.sections()) {
                zip.putNextEntry(new ZipEntry(String.format("%02d-%s.csv", n++, section.key())));
                List<String> header = new ArrayList<>(List.of("code", "label", "unit"));
                header.addAll(heading.columns());
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                        .get());
                for (ReportRow row : section.rows()) {
                    List<Object> record = new ArrayList<>(List.of(row.code(), row.label(), unit(row.unit())));
                    for (long value : row.values()) {
                        record.add(plain(row.unit(), value));
                    }
                    csv.printRecord(record);
                }
                csv.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(String.format("%02d-busiest-times.csv", n)));
            List<String> header = new ArrayList<>(List.of("day"));
            for (int h = 0; h < 24; h++) {
                header.add(String.format("%02d:00", h));
            }
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            for (int d = 1; d <= 7; d++) {
                List<Object> record = new ArrayList<>(List.of(Days.NAMES.get(d - 1)));
                for (int h = 0; h < 24; h++) {
                    record.add(figures.busy(d, h));
                }
                csv.printRecord(record);
            }
            csv.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String unit(ReportRow.Unit unit) {
        return switch (unit) {
            case COUNT -> "count";
            case SECONDS -> "seconds";
            case MINUTES -> "minutes";
            case PERCENT -> "percent";
        };
    }

    private static String plain(ReportRow.Unit unit, long value) {
        if (value == ReportRow.NONE) {
            return "";
        }
        return unit == ReportRow.Unit.PERCENT ? String.valueOf(value / 10.0) : String.valueOf(value);
    }

    private static String readme(ReportHeading heading) {
        StringBuilder text = new StringBuilder(heading.title()).append("\r\n").append(heading.status()).append("\r\n\r\n")
                .append("One CSV file per section (UTF-8, comma-separated, RFC 4180). Columns: code, label, unit, then ")
                .append(String.join(", ", heading.columns()))
                .append(". A percentage is written as 87.5; an empty field is a figure that cannot be worked out "
                        + "(a median of nothing, a share of none).\r\n\r\n");
        int n = 1;
        for (ReportSection section : heading.view().figures().sections()) {
            text.append(String.format("%02d-%s.csv: %s. %s%n", n++, section.key(), section.title(), section.rule())
                    .replace("\n", "\r\n"));
        }
        text.append(String.format("%02d-busiest-times.csv: %s%n", n, heading.view().figures().busyRule())
                .replace("\n", "\r\n"));
        return text.toString();
    }
}
