package org.helpline.view.reviews;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.supervision.ContactReview;
import org.helpline.supervision.Reviews;
import org.helpline.view.PagedTable;

/** {@code reviews/mine.xhtml}: the adviser's own reviewed contacts and the feedback on them. */
@Named("myReviewsBacking")
@RequestScoped
public class MineBacking {

    @Inject
    Reviews reviews;

    private PagedTable<ContactReview> mine;
    private long count;

    @PostConstruct
    void load() {
        count = reviews.countMine();
        mine = PagedTable.of(() -> count, reviews::mine, ContactReview::getId);
    }

    public PagedTable<ContactReview> getMine() {
        return mine;
    }

    public long getCount() {
        return count;
    }

    /** "75%", or "–" when no point applied. */
    public String percent(ContactReview review) {
        double score = review.score();
        return Double.isNaN(score) ? "–" : Math.round(score * 100) + "%";
    }
}
