package org.helpline.reporting.export;

import java.util.Arrays;
import java.util.Optional;

/** The files the monthly report can be exported as. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"),
    CSV("zip", "application/zip", "CSV files (zipped)"),
    PDF("pdf", "application/pdf", "PDF for trustees");

    private final String extension;
    private final String contentType;
    private final String label;

    ExportFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    /** The format named in a link ({@code xlsx}, {@code csv}, {@code pdf}), in any case. */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
