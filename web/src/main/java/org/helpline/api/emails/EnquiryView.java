package org.helpline.api.emails;

import java.time.Instant;
import java.util.List;

import org.helpline.callers.CallerMatch;
import org.helpline.email.EmailQueue.Enquiry;

/** An enquiry read in full, as the API shows it. */
public record EnquiryView(long id, String subject, String correspondent, String correspondentName, String status,
        Instant waitingSince, String takenBy, boolean takenByMe, List<EmailView> emails, List<MatchView> callers,
        String risk, List<String> riskKinds, String riskWords, String riskReviewedBy, Instant riskReviewedAt,
        String riskNote) {

    /** One email of it. */
    public record EmailView(long id, String direction, String from, String fromName, String to, String subject,
            Instant sentAt, Instant receivedAt, String text, String html, String senderCheck, String senderCheckDetail,
            String problem, long bytes, boolean automatic, boolean loggedAsContact, List<FileView> attachments) {
    }

    /** A file that came with an email; {@code withheld} says why its bytes were not kept. */
    public record FileView(long id, String fileName, String contentType, long bytes, String withheld) {
    }

    /** A caller the sender may be: in full when the token's user may see them, else initials only. */
    public record MatchView(Long callerId, String name, boolean identified, List<String> activeRisks) {
    }

    static EnquiryView of(Enquiry enquiry) {
        return new EnquiryView(enquiry.id(), enquiry.subject(), enquiry.correspondent(), enquiry.correspondentName(),
                enquiry.status().name(), enquiry.waitingSince(), enquiry.takenBy(), enquiry.takenByMe(),
                enquiry.emails().stream().map(e -> new EmailView(e.id(), e.direction().name(), e.fromAddress(),
                        e.fromName(), e.to(), e.subject(), e.sentAt(), e.receivedAt(), e.text(), e.html(),
                        e.verdict().name(), e.verdictDetail(), e.problem(), e.sizeBytes(), e.autoSubmitted(), e.logged(),
                        e.attachments().stream().map(a -> new FileView(a.id(), a.fileName(), a.contentType(),
                                a.sizeBytes(), a.withheld())).toList())).toList(),
                enquiry.matches().stream().map(EnquiryView::match).toList(), enquiry.riskState().name(),
                enquiry.riskKinds().stream().map(Enum::name).toList(), enquiry.riskWords(), enquiry.riskReviewedBy(),
                enquiry.riskReviewedAt(), enquiry.riskNote());
    }

    private static MatchView match(CallerMatch m) {
        return new MatchView(m.identified() ? m.id() : null, m.displayName(), m.identified(), m.activeRisks());
    }
}
