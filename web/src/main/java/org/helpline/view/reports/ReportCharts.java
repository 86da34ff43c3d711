package org.helpline.view.reports;

import static org.helpline.shared.JsonValues.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;

import org.helpline.reporting.ReportRow;
import org.helpline.reporting.ReportSection;
import org.helpline.reporting.Trend;

/**
 * Chart.js settings for a section's bar chart on the report page ({@code p:chart}): horizontal bars, one
 * group per row, in colours that stay apart for readers with colour-blindness. The table under each chart
 * carries every figure, so the chart is a picture of the largest rows only.
 */
final class ReportCharts {

    /**
     * Okabe and Ito's blue and vermilion, and a dark grey: each at least 3:1 against the white page. The
     * trend's channels take these and then Okabe and Ito's bluish green and reddish purple, a darkened orange
     * and a teal (their orange and sky blue are under 3:1), as the PDF does.
     */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#555555", "#009E73", "#CC79A7", "#A86A00", "#007B8A"};

    private ReportCharts() {
    }

    /** The rows a section's chart draws: counts, not all zero, the largest this month first. */
    static List<ReportRow> charted(ReportSection section) {
        return section.largestCounts(ReportSection.CHART_ROWS);
    }

    /** Stacked bars of the thirteen months' contacts, a colour a channel, as the JSON p:chart takes. */
    static String trend(Trend trend) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        // "Nov 2025": short enough to sit level under thirteen bars; the table under the chart names them in full.
        trend.months().forEach(m -> labels.add(m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.UK) + " " + m.getYear()));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int s = 0; s < trend.series().size(); s++) {
            Trend.Series one = trend.series().get(s);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            one.counts().forEach(data::add);
            String colour = COLOURS[s % COLOURS.length];
            datasets.add(JSON.createObjectBuilder().add("label", one.label()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour).add("borderWidth", 1));
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("stacked", true))
                                .add("y", JSON.createObjectBuilder().add("stacked", true)))
                        .add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The settings for {@code rows} under the three column names, as the JSON p:chart takes. */
    static String bars(List<ReportRow> rows, List<String> columns) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        rows.forEach(r -> labels.add(r.label()));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int s = 0; s < 3; s++) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (ReportRow r : rows) {
                data.add(r.values()[s]);
            }
            datasets.add(JSON.createObjectBuilder().add("label", columns.get(s)).add("data", data)
                    .add("backgroundColor", COLOURS[s]).add("borderColor", COLOURS[s]).add("borderWidth", 1));
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
