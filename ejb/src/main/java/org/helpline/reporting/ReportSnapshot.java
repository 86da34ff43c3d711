package org.helpline.reporting;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.helpline.security.UserAccount;

/**
 * A month's figures as published, for all lines or one. Never changed once written: that is the point of
 * publishing. Who published it is empty when the monthly schedule did.
 */
@Entity
@Table(name = "report_snapshot")
public class ReportSnapshot {

    /** The scope of the snapshot for all lines together. */
    static final String ALL_LINES = "";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_snapshot_seq")
    @SequenceGenerator(name = "report_snapshot_seq", sequenceName = "report_snapshot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_month", nullable = false, length = 7, updatable = false)
    private String month;

    @Column(nullable = false, length = 40, updatable = false)
    private String scope;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by_id", updatable = false)
    private UserAccount publishedBy;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String figures;

    protected ReportSnapshot() {
    }

    ReportSnapshot(MonthlyFigures figures, UserAccount by, Instant at) {
        this.month = figures.month().toString();
        this.scope = scopeOf(figures.lineCode());
        this.figures = FiguresJson.write(figures);
        this.publishedBy = by;
        this.publishedAt = at;
    }

    static String scopeOf(String lineCode) {
        return lineCode == null ? ALL_LINES : lineCode;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Who pressed "publish", or empty when the schedule published it on the 1st. */
    public java.util.Optional<UserAccount> getPublishedBy() {
        return java.util.Optional.ofNullable(publishedBy);
    }

    public MonthlyFigures figures() {
        return FiguresJson.read(figures);
    }
}
