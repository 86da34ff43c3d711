package org.helpline.view.reviews;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpline.supervision.ContactReview;
import org.helpline.supervision.Reviews;

/** {@code reviews/mine.xhtml}: the adviser's own reviewed contacts and the feedback on them. */
@Named("myReviewsBacking")
@RequestScoped
public class MineBacking {

    @Inject
    Reviews reviews;

    private List<ContactReview> mine;

    @PostConstruct
    void load() {
        mine = reviews.mine();
    }

    public List<ContactReview> getMine() {
        return mine;
    }

    /** "75%", or "–" when no point applied. */
    public String percent(ContactReview review) {
        double score = review.score();
        return Double.isNaN(score) ? "–" : Math.round(score * 100) + "%";
    }
}
