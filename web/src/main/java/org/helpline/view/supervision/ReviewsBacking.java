package org.helpline.view.supervision;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.shared.UserText;
import org.helpline.view.PagedTable;
import org.helpline.shared.HelplineException;
import org.helpline.shared.HelplineTime;
import org.helpline.supervision.ContactReview;
import org.helpline.supervision.ReviewFigures;
import org.helpline.supervision.Reviews;
import org.helpline.view.Messages;
import org.helpline.view.MonthOptions;

/** {@code supervision/reviews.xhtml}: sample contacts for review, the ones waiting, and each adviser's figures. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    Reviews reviews;

    private String month;
    private int perAdviser = 3;
    private PagedTable<ContactReview> toReview;
    private long toReviewCount;
    private List<ReviewFigures> figures;
    private final List<MonthOptions.Option> months = MonthOptions.lastMonths(12);

    @PostConstruct
    void load() {
        YearMonth now = YearMonth.now(HelplineTime.CLOCK);
        month = now.minusMonths(1).toString();
        refresh();
    }

    private void refresh() {
        toReviewCount = reviews.countToReview();
        toReview = PagedTable.of(() -> toReviewCount, reviews::toReview, ContactReview::getId);
        figures = reviews.figures(YearMonth.parse(month));
    }

    public void sample() {
        try {
            int picked = reviews.sample(YearMonth.parse(month), perAdviser);
            Messages.info(faces(), picked == 0 ? UserText.of("review.sample.none")
                    : picked == 1 ? UserText.of("review.sample.one") : UserText.of("review.sample.many", picked));
        } catch (HelplineException refusal) {
            Messages.show(faces(), "reviews", refusal);
        }
        refresh();
    }

    public void showFigures() {
        refresh();
    }

    public String getMonthLabel() {
        return MonthOptions.label(YearMonth.parse(month));
    }

    public List<MonthOptions.Option> getMonths() {
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

    public long getToReviewCount() {
        return toReviewCount;
    }

    public PagedTable<ContactReview> getToReview() {
        return toReview;
    }

    public List<ReviewFigures> getFigures() {
        return figures;
    }

    /** The current request's context: a page bean outlives the request and may be copied to another server. */
    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
