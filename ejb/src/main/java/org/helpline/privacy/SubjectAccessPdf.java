package org.helpline.privacy;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The subject access file as a PDF a caller can read: their details, then each kind of record, oldest first. */
final class SubjectAccessPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);

    private static final Map<String, String> SECTIONS = new java.util.LinkedHashMap<>();

    static {
        SECTIONS.put("contacts", "Contacts with the helpline");
        SECTIONS.put("cases", "Cases");
        SECTIONS.put("followUps", "Follow-ups");
        SECTIONS.put("referrals", "Referrals to other services");
        SECTIONS.put("riskFlags", "Risk flags");
        SECTIONS.put("emails", "Emails to and from the helpline");
        SECTIONS.put("accessLog", "Who has looked at these records");
    }

    private SubjectAccessPdf() {
    }

    static byte[] render(JsonObject dossier) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("What Helpline holds about you");
        document.open();
        document.add(new Paragraph("What Helpline holds about you", TITLE));
        document.add(new Paragraph("Made on " + dossier.getString("exportedAt") + ". This is everything the helpline's "
                + "case system holds about you: your details, each contact you had with us, and who has looked at your "
                + "records." + (dossier.getBoolean("erased") ? " Your details were erased at your request; only the "
                + "counts the helpline reports on remain." : ""), BODY));
        section(document, "Your details");
        document.add(table(dossier.getJsonObject("caller")));
        SECTIONS.forEach((key, title) -> {
            section(document, title);
            JsonArray items = dossier.getJsonArray(key);
            if (items.isEmpty()) {
                document.add(new Paragraph("None.", BODY));
            }
            for (JsonValue item : items) {
                document.add(table(withoutFileContents(item.asJsonObject())));
            }
        });
        document.close();
        return out.toByteArray();
    }

    /** An email's attachments by name and size: their contents are in the JSON file, not printed. */
    private static JsonObject withoutFileContents(JsonObject item) {
        if (!item.containsKey("attachments")) {
            return item;
        }
        StringBuilder files = new StringBuilder();
        for (JsonValue file : item.getJsonArray("attachments")) {
            JsonObject f = file.asJsonObject();
            files.append(files.length() == 0 ? "" : "; ").append(f.getString("fileName", "")).append(" (")
                    .append(f.getJsonNumber("bytes")).append(" bytes)");
        }
        return jakarta.json.Json.createObjectBuilder(item).add("attachments", files.length() == 0 ? "none" : files.toString())
                .build();
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(JsonObject fields) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        fields.forEach((name, value) -> {
            PdfPCell label = new PdfPCell(new Phrase(name, LABEL));
            label.setBorderWidth(0.3f);
            table.addCell(label);
            PdfPCell cell = new PdfPCell(new Phrase(text(value), BODY));
            cell.setBorderWidth(0.3f);
            table.addCell(cell);
        });
        return table;
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "–";
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> {
                StringBuilder s = new StringBuilder();
                for (JsonValue v : value.asJsonArray()) {
                    s.append(s.length() == 0 ? "" : v.getValueType() == JsonValue.ValueType.OBJECT ? "\n" : ", ");
                    s.append(v.getValueType() == JsonValue.ValueType.OBJECT ? line(v.asJsonObject()) : text(v));
                }
                yield s.length() == 0 ? "–" : s.toString();
            }
            case OBJECT -> line(value.asJsonObject());
            default -> value.toString();
        };
    }

    private static String line(JsonObject o) {
        StringBuilder s = new StringBuilder();
        o.forEach((k, v) -> s.append(s.length() == 0 ? "" : "; ").append(k).append(": ").append(text(v)));
        return s.toString();
    }
}
