package org.helpline.view.reports;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.reporting.MonthlyReport;
import org.helpline.shared.HelplineTime;
import org.helpline.view.MonthOptions;

/** {@code reports/changes.xhtml}: the published months whose records changed after publication. */
@Named
@RequestScoped
public class ChangesBacking {

    @Inject
    MonthlyReport report;

    private List<MonthlyReport.ChangedMonth> months;

    @PostConstruct
    void load() {
        months = report.changedSincePublication();
    }

    public List<MonthlyReport.ChangedMonth> getMonths() {
        return months;
    }

    public String label(MonthlyReport.ChangedMonth month) {
        return MonthOptions.label(month.month());
    }

    public String publishedOn(MonthlyReport.ChangedMonth month) {
        return HelplineTime.dayAndTime(month.publishedAt());
    }
}
