package org.helpline.view.supervision;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.supervision.ContactReview;
import org.helpline.supervision.ReviewFigures;
import org.helpline.supervision.Reviews;
import org.helpline.view.Messages;

/** {@code supervision/reviews.xhtml}: sample contacts for review, the ones waiting, and each adviser's figures. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A month to choose: its value ("2026-10") and its name ("October 2026"). */
    public record MonthOption(String value, String label) implements Serializable {
    }

    @Inject
    Reviews reviews;

    @Inject
    FacesContext faces;

    private String month;
    private int perAdviser = 3;
    private List<ContactReview> toReview;
    private List<ReviewFigures> figures;
    private final List<MonthOption> months = new ArrayList<>();

    @PostConstruct
    void load() {
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);
        for (int back = 0; back < 12; back++) {
            YearMonth m = now.minusMonths(back);
            months.add(new MonthOption(m.toString(), MONTH.format(m)));
        }
        month = now.minusMonths(1).toString();
        refresh();
    }

    private void refresh() {
        toReview = reviews.toReview();
        figures = reviews.figures(YearMonth.parse(month));
    }

    public void sample() {
        try {
            int picked = reviews.sample(YearMonth.parse(month), perAdviser);
            Messages.info(faces, picked == 0 ? "Nothing new to pick: every adviser already has that many, or no more contacts."
                    : "Picked " + picked + " contact" + (picked == 1 ? "" : "s") + " to review.");
        } catch (HelplineException refusal) {
            Messages.show(faces, "reviews", refusal);
        }
        refresh();
    }

    public void showFigures() {
        refresh();
    }

    public String getMonthLabel() {
        return MONTH.format(YearMonth.parse(month));
    }

    public List<MonthOption> getMonths() {
        return months;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public int getPerAdviser() {
        return perAdviser;
    }

    public void setPerAdviser(int perAdviser) {
        this.perAdviser = perAdviser;
    }

    public List<ContactReview> getToReview() {
        return toReview;
    }

    public List<ReviewFigures> getFigures() {
        return figures;
    }
}
