package org.helpline.reporting;

import static org.helpline.shared.JsonValues.JSON;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

/**
 * The report's figures as JSON, the form a snapshot keeps them in: plain enough for the research team to
 * read straight from the database, and independent of how the Java classes are laid out.
 */
final class FiguresJson {

    private FiguresJson() {
    }

    static String write(MonthlyFigures figures) {
        JsonArrayBuilder sections = JSON.createArrayBuilder();
        for (ReportSection s : figures.sections()) {
            JsonArrayBuilder rows = JSON.createArrayBuilder();
            for (ReportRow r : s.rows()) {
                rows.add(JSON.createObjectBuilder().add("code", r.code()).add("label", r.label())
                        .add("unit", r.unit().name())
                        .add("values", JSON.createArrayBuilder().add(r.month()).add(r.previousMonth()).add(r.lastYear())));
            }
            sections.add(JSON.createObjectBuilder().add("key", s.key()).add("title", s.title()).add("rule", s.rule())
                    .add("rows", rows));
        }
        JsonArrayBuilder heat = JSON.createArrayBuilder();
        for (long[] day : figures.heatMap()) {
            JsonArrayBuilder hours = JSON.createArrayBuilder();
            for (long count : day) {
                hours.add(count);
            }
            heat.add(hours);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("month", figures.month().toString())
                .add("rules", figures.rules());
        if (figures.lineCode() != null) {
            json.add("line", figures.lineCode());
        }
        JsonArrayBuilder months = JSON.createArrayBuilder();
        figures.trend().months().forEach(m -> months.add(m.toString()));
        JsonArrayBuilder series = JSON.createArrayBuilder();
        for (Trend.Series one : figures.trend().series()) {
            JsonArrayBuilder counts = JSON.createArrayBuilder();
            one.counts().forEach(counts::add);
            series.add(JSON.createObjectBuilder().add("code", one.code()).add("label", one.label()).add("counts", counts));
        }
        return json.add("sections", sections).add("heatMap", heat)
                .add("trend", JSON.createObjectBuilder().add("months", months).add("series", series)).build().toString();
    }

    static MonthlyFigures read(String text) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        List<ReportSection> sections = json.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .map(s -> new ReportSection(s.getString("key"), s.getString("title"), s.getString("rule"),
                        s.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> {
                            JsonArray v = r.getJsonArray("values");
                            return new ReportRow(r.getString("code"), r.getString("label"), v.getJsonNumber(0).longValue(),
                                    v.getJsonNumber(1).longValue(), v.getJsonNumber(2).longValue(),
                                    ReportRow.Unit.valueOf(r.getString("unit")));
                        }).toList()))
                .toList();
        JsonArray days = json.getJsonArray("heatMap");
        long[][] heat = new long[days.size()][];
        for (int d = 0; d < heat.length; d++) {
            heat[d] = days.getJsonArray(d).getValuesAs(JsonNumber.class).stream().mapToLong(JsonNumber::longValue).toArray();
        }
        Trend trend = Trend.NONE;
        if (json.containsKey("trend")) {
            JsonObject t = json.getJsonObject("trend");
            trend = new Trend(t.getJsonArray("months").getValuesAs(JsonString.class).stream()
                    .map(m -> YearMonth.parse(m.getString())).toList(),
                    t.getJsonArray("series").getValuesAs(JsonObject.class).stream().map(one -> new Trend.Series(
                            one.getString("code"), one.getString("label"), one.getJsonArray("counts")
                                    .getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList()))
                            .toList());
        }
        // A snapshot written before the rules were numbered was counted by the first rules.
        return new MonthlyFigures(YearMonth.parse(json.getString("month")), json.getString("line", null), sections, heat,
                trend, json.getInt("rules", 1));
    }
}
