package org.helpline.reporting.export;

/** An exported report: what to call the file, its media type, and its bytes. */
public record ExportFile(String fileName, String contentType, byte[] bytes) {
}
