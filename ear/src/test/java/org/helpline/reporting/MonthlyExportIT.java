package org.helpline.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.NonDataKind;
import org.helpline.reporting.export.ExportFile;
import org.helpline.reporting.export.ExportFormat;
import org.helpline.reporting.export.ReportExports;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly report exported as XLSX, zipped CSV and PDF, each file read back and its figures checked
 * against a data set worked out by hand: October 2025 (the month the clocks went back) on a line of its
 * own.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyExportIT {

    static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    @Inject
    AsAdviser adviser;

    @Inject
    AsManager manager;

    @Inject
    ContactLog log;

    @Inject
    ReportExports exports;

    @Inject
    MonthlyReport report;

    @Inject
    Database db;

    private String line;

    /**
     * In October: a phone call at 00:30 BST on Wednesday the 1st (600 s), an anonymous web chat at 14:00 on
     * Friday the 10th (1,500 s), a silent call at 09:00 on Sunday the 12th, and an email at 23:59 GMT on
     * Friday the 31st (300 s). In September: a phone call at 23:59 BST on the 30th. In November: one at
     * 00:00 on the 1st, counted nowhere here.
     */
    @BeforeEach
    void buildTheDataSet() {
        line = "export-" + ContactForms.unique().toLowerCase();
        db.persist(new HelplineLine(line, "Export line " + line, "0808 000 0002", null, 902));
        contact(ContactForms.namedCall(ContactForms.uniqueName("Eve", "Export"), ContactForms.uniqueMobile()), "phone",
                london(2025, 10, 1, 0, 30), 600);
        contact(ContactForms.anonymousCall(), "web-chat", london(2025, 10, 10, 14, 0), 1500);
        String key = ContactForms.unique();
        adviser.call(() -> log.logNonData(key, NonDataKind.SILENT, "phone", line, london(2025, 10, 12, 9, 0),
                Duration.ofSeconds(20)));
        contact(ContactForms.anonymousCall(), "email", london(2025, 10, 31, 23, 59), 300);
        contact(ContactForms.anonymousCall(), "phone", london(2025, 9, 30, 23, 59), 120);
        contact(ContactForms.anonymousCall(), "phone", london(2025, 11, 1, 0, 0), 120);
    }

    private void contact(ContactForm form, String channel, Instant startedAt, int seconds) {
        form.getContact().setChannel(channel);
        form.getContact().setDirection(Direction.INBOUND);
        form.getContact().setLine(line);
        form.getContact().setCallerType("person-with-ms");
        form.getContact().setTopics(List.of("symptoms.fatigue"));
        form.getContact().setStartedAt(startedAt);
        form.getContact().setDurationMinutes(seconds / 60);
        form.getContact().setDurationSeconds(seconds % 60);
        adviser.call(() -> log.log(form));
    }

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HelplineTime.ZONE).toInstant();
    }

    /** Exports the month, and keeps the file in target/exports/ for a person to look at. */
    private ExportFile export(ExportFormat format) throws IOException {
        ExportFile file = manager.call(() -> exports.export(OCTOBER, line, format));
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("jboss.server.base.dir"), "..", "..", "..",
                "exports");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("monthly." + format.extension()), file.bytes());
        return file;
    }

    @Test
    void theWorkbookHasASheetPerSectionWithTheFiguresAsNumbers() throws IOException {
        ExportFile file = export(ExportFormat.XLSX);
        assertEquals("helpline-report-2025-10-" + line + ".xlsx", file.fileName());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            assertEquals("About", book.getSheetName(0));
            assertTrue(book.getSheet("About").getRow(0).getCell(0).getStringCellValue().contains("October 2025, Export line"));
            assertTrue(book.getSheet("About").getRow(1).getCell(0).getStringCellValue().startsWith("Not published"));
            Sheet contacts = book.getSheet("Contacts");
            assertEquals(List.of("October 2025", "September 2025", "October 2024"),
                    List.of(text(contacts.getRow(3).getCell(1)), text(contacts.getRow(3).getCell(2)),
                            text(contacts.getRow(3).getCell(3))));
            assertEquals(List.of(4.0, 1.0, 0.0), numbers(contacts, "All contacts"), "the 23:59 and 00:30 calls count");
            assertEquals(List.of(3.0, 1.0, 0.0), numbers(contacts, "Data contacts"));
            assertEquals(List.of(1.0, 0.0, 0.0), numbers(contacts, "Non-data contacts"));
            assertEquals(List.of(2.0, 1.0, 0.0), numbers(book.getSheet("By channel"), "Phone"), "the silent call too");
            assertEquals(List.of(800.0, 120.0), numbers(book.getSheet("Handling time"), "Average").subList(0, 2),
                    "(600 + 1500 + 300) / 3");
            assertEquals(List.of(600.0, 120.0), numbers(book.getSheet("Handling time"), "Median").subList(0, 2));
            assertEquals("–", text(find(book.getSheet("Handling time"), "Median").getCell(3)),
                    "no contacts a year before, so no median");
            Row share = find(book.getSheet("Follow-ups"), "Completed on time (share)");
            assertEquals("–", text(share.getCell(1)), "nothing completed, so no share");
            for (ReportSection section : manager.call(() -> report.figures(OCTOBER, line)).sections()) {
                assertTrue(book.getSheet(section.title()) != null, "a sheet named in full: " + section.title());
            }
            Sheet heat = book.getSheet("Busiest times");
            assertTrue(text(heat.getRow(1).getCell(0)).contains("On Sunday 26 October the clocks went back an hour, "
                    + "so hour 01 counts two real hours"), text(heat.getRow(1).getCell(0)));
            assertEquals("00:00", text(heat.getRow(2).getCell(1)));
            assertEquals(1.0, heat.getRow(2 + 3).getCell(1 + 0).getNumericCellValue(), "Wednesday 00:00");
            assertEquals(1.0, heat.getRow(2 + 5).getCell(1 + 23).getNumericCellValue(), "Friday 23:00");
            assertEquals(1.0, heat.getRow(2 + 7).getCell(1 + 9).getNumericCellValue(), "Sunday 09:00");
            assertEquals(0.0, heat.getRow(2 + 1).getCell(1 + 0).getNumericCellValue(), "Monday 00:00");
        }
    }

    @Test
    void theCsvZipHasAFilePerSectionAndAReadme() throws IOException {
        ExportFile file = export(ExportFormat.CSV);
        assertEquals("application/zip", file.contentType());
        Map<String, String> entries = unzip(file.bytes());
        assertTrue(entries.get("README.txt").contains("Europe/London"), "the counting rules travel with the figures");
        assertTrue(entries.containsKey("01-contacts.csv"), entries.keySet().toString());
        Map<String, CSVRecord> contacts = records(entries.get("01-contacts.csv"));
        assertEquals("4", contacts.get("all").get("October 2025"));
        assertEquals("1", contacts.get("all").get("September 2025"));
        assertEquals("0", contacts.get("all").get("October 2024"));
        assertEquals("count", contacts.get("all").get("unit"));
        String handling = entries.keySet().stream().filter(n -> n.endsWith("-handling.csv")).findFirst().orElseThrow();
        assertEquals("800", records(entries.get(handling)).get("average").get("October 2025"));
        assertEquals("", records(entries.get(handling)).get("median").get("October 2024"), "no median of nothing");
        String heat = entries.keySet().stream().filter(n -> n.endsWith("-busiest-times.csv")).findFirst().orElseThrow();
        List<CSVRecord> days = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(entries.get(heat))).getRecords();
        assertEquals("Friday", days.get(4).get("day"));
        assertEquals("1", days.get(4).get("23:00"));
        assertEquals("1", days.get(4).get("14:00"));
    }

    @Test
    void thePdfOpensWithTheSummaryThenSeveralSectionsToAPage() throws IOException {
        ExportFile file = export(ExportFormat.PDF);
        PdfReader reader = new PdfReader(file.bytes());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        assertTrue(first.contains("Helpline monthly report: October 2025, Export line"), first);
        assertTrue(first.contains("Not published"), first);
        // The text comes out of table cells run together, so compare without the spaces.
        String summary = first.replaceAll("\\s+", "");
        assertTrue(summary.contains("Ataglance"), first);
        assertTrue(summary.contains("Contacts4+3(+300.0%)+4(nonebefore)"), "contacts, on September and on a year "
                + "before: " + first);
        assertTrue(summary.contains("Medianhandlingtime10min+8min"), "times in minutes and seconds: " + first);
        assertTrue(summary.contains("Contactsbychannel,October2024toOctober2025"), "the 13 months' trend: " + first);
        assertTrue(summary.contains("Toptopics"), first);
        assertTrue(summary.contains("Referralsmade0nochangenochange"), first);
        assertTrue(summary.contains("Follow-upscompletedontime–––"), "no share of nothing: " + first);
        assertTrue(!summary.contains("Bychannel"), "the sections start on the next page");

        String second = text.getTextFromPage(2).replaceAll("\\s+", "");
        assertTrue(second.contains("Allcontacts410") && second.contains("Bychannel") && second.contains("Bydirection"),
                "several sections to a page: " + second);
        StringBuilder all = new StringBuilder();
        for (int page = 2; page <= reader.getNumberOfPages(); page++) {
            all.append(text.getTextFromPage(page)).append('\n');
        }
        String body = all.toString().replaceAll("\\s+", "");
        assertTrue(body.contains("Average13min20s2min–"), "the handling table, in minutes and seconds");
        assertTrue(body.contains("Cases:nothingtocountinOctober2025,September2025orOctober2024."),
                "an empty section in a line: " + body);
        assertTrue(body.contains("Busiesttimes"), "the heat map");
        assertTrue(body.contains("OnSunday26Octobertheclockswentbackanhour,sohour01countstworealhours"),
                "the clock change under the heat map");
        assertTrue(reader.getNumberOfPages() <= 8, "not a page a section: " + reader.getNumberOfPages());
        reader.close();
    }

    @Test
    void everyFigureInEveryFileIsTheFigureOnThePage() throws IOException {
        MonthlyFigures figures = manager.call(() -> report.view(OCTOBER, line)).figures();
        Map<String, String> csv = unzip(export(ExportFormat.CSV).bytes());
        PdfReader pdf = new PdfReader(export(ExportFormat.PDF).bytes());
        StringBuilder pdfText = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            pdfText.append(new PdfTextExtractor(pdf).getTextFromPage(page));
        }
        String pdfFlat = pdfText.toString().replaceAll("\\s+", "");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX).bytes()))) {
            int n = 1;
            for (ReportSection section : figures.sections()) {
                Sheet sheet = book.getSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(section.title()));
                String file = String.format("%02d-%s.csv", n++, section.key());
                Map<String, CSVRecord> records = records(csv.get(file));
                assertEquals(section.rows().size(), records.size(), file);
                boolean stated = section.isEmpty()
                        && pdfFlat.contains((section.title() + ": nothing to count").replaceAll("\\s+", ""));
                assertEquals(section.isEmpty(), stated, "the PDF states an empty section in a line: " + section.key());
                for (ReportRow row : section.rows()) {
                    Row cells = find(sheet, row.label());
                    CSVRecord record = records.get(row.code());
                    long[] values = row.values();
                    StringBuilder printed = new StringBuilder(row.label());
                    for (int c = 0; c < 3; c++) {
                        Double expected = row.unit().number(values[c]);
                        Cell cell = cells.getCell(c + 1);
                        String where = section.key() + "/" + row.code() + " column " + c;
                        if (expected == null) {
                            assertEquals("–", cell.getStringCellValue(), where);
                            assertEquals("", record.get(3 + c), where);
                        } else {
                            assertEquals(expected, cell.getNumericCellValue(), 1e-9, where);
                            assertEquals(row.unit() == ReportRow.Unit.PERCENT ? String.valueOf(values[c] / 10.0)
                                    : String.valueOf(values[c]), record.get(3 + c), where);
                        }
                        printed.append(row.format(values[c]));
                    }
                    assertTrue(stated || pdfFlat.contains(printed.toString().replaceAll("\\s+", "")), "PDF " + printed);
                }
            }
        }
        pdf.close();
    }

    @Test
    void badInputIsRefusedAndAdvisersCannotExport() {
        InvalidInputException noFormat = assertThrows(InvalidInputException.class,
                () -> manager.call(() -> exports.export(OCTOBER, line, null)));
        assertEquals("format", noFormat.getField());
        InvalidInputException badLine = assertThrows(InvalidInputException.class,
                () -> manager.call(() -> exports.export(OCTOBER, "no-such-line", ExportFormat.CSV)));
        assertEquals("line", badLine.getField());
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> exports.export(OCTOBER, line, ExportFormat.PDF)));
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
    }

    private static List<Double> numbers(Sheet sheet, String label) {
        Row row = find(sheet, label);
        return List.of(row.getCell(1).getNumericCellValue(), row.getCell(2).getNumericCellValue(),
                row.getCell(3).getCellType() == CellType.NUMERIC ? row.getCell(3).getNumericCellValue() : -1.0);
    }

    private static String text(Cell cell) {
        return cell.getStringCellValue();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static Map<String, CSVRecord> records(String csv) throws IOException {
        Map<String, CSVRecord> byCode = new HashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8))) {
            byCode.put(record.get("code"), record);
        }
        return byCode;
    }
}
