package org.helpline.email;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessLog;
import org.helpline.callers.Caller;
import org.helpline.callers.CallerAccess;
import org.helpline.callers.CallerLookup;
import org.helpline.callers.CallerMatch;
import org.helpline.callers.CallerRecords;
import org.helpline.calls.Direction;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.safeguarding.RiskKind;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.LiveChange;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.ParameterList;

/**
 * The team's email queue: enquiries waiting for an answer, oldest first, and each one read in full. Every
 * adviser and supervisor with the permission sees the queue (it is the team's, as the follow-up queue is); an
 * enquiry that has left the queue can be read by whoever took it, by supervisors, and by those who may see the
 * caller it was logged for ({@link #readable}). The sender is matched to callers by address under the usual rule ({@link CallerAccess}):
 * a caller the user is not working with shows masked, as the repeat-caller look-up shows them.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
@RequiresPermission(Permission.ANSWER_EMAIL)
public class EmailQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerAccess callerAccess;

    @Inject
    CallerLookup lookup;

    @Inject
    AccessLog log;

    @Inject
    CallerRecords records;

    @Inject
    org.helpline.security.Permissions permissions;

    @Inject
    Event<LiveChange> live;

    /** One enquiry in the queue, as a row. {@code knownAs} is the matched caller's name, or initials if masked. */
    public record QueueItem(long id, long version, String subject, String from, String fromName, Instant waitingSince,
            Duration waited, ThreadStatus status, String takenBy, boolean takenByMe, int emails, boolean problem,
            AuthVerdict verdict, Long callerId, String knownAs, boolean identified, boolean atRisk, RiskState riskState,
            String riskWords) implements Serializable {

        /** "2 h 5 min", "3 d 4 h": how long the correspondent has waited. */
        public String waitedText() {
            long minutes = waited.toMinutes();
            if (minutes < 60) {
                return minutes + " min";
            }
            if (minutes < 24 * 60) {
                return minutes / 60 + " h " + minutes % 60 + " min";
            }
            return minutes / (24 * 60) + " d " + minutes / 60 % 24 + " h";
        }
    }

    /** One enquiry read in full: its emails in order, and the callers its sender may be. */
    public record Enquiry(long id, long version, String subject, String correspondent, String correspondentName,
            ThreadStatus status, Instant waitingSince, String takenBy, boolean takenByMe, List<Email> emails,
            List<CallerMatch> matches, RiskState riskState, List<RiskKind> riskKinds, String riskWords,
            String riskReviewedBy, Instant riskReviewedAt, String riskNote) implements Serializable {

        /** The latest email from the correspondent, which a contact confirming a risk is logged from; null if none. */
        public Email latestIn() {
            Email latest = null;
            for (Email email : emails) {
                if (email.direction() == Direction.INBOUND) {
                    latest = email;
                }
            }
            return latest;
        }
    }

    /** One email of an enquiry, with its files listed (their bytes are fetched one at a time, by permission). */
    public record Email(long id, Direction direction, String fromAddress, String fromName, String to, String subject,
            Instant sentAt, Instant receivedAt, String text, String html, AuthVerdict verdict, String verdictDetail,
            String problem, long sizeBytes, boolean autoSubmitted, List<Attachment> attachments, boolean logged)
            implements Serializable {
    }

    /** A file listed with its email. {@code withheld} says why its bytes were not kept, if they were not. */
    public record Attachment(long id, String fileName, String contentType, long sizeBytes, String withheld)
            implements Serializable {
    }

    /** A file's bytes, to download. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * The enquiries in the queue ({@link EmailThread#inQueue}): waiting for an answer or taken, and those whose
     * suggested risk nobody has confirmed or dismissed, answered or not; those with a risk first, then the longest
     * waiting.
     */
    public List<QueueItem> waiting(Instant now) {
        List<EmailThread> threads = em.createQuery("select t from EmailThread t left join fetch t.takenBy "
                + "where t.status in :open or t.riskState = :suggested "
                + "order by case when t.riskState in :urgent then 0 else 1 end, coalesce(t.waitingSince, t.updatedAt), t.id",
                EmailThread.class)
                .setParameter("urgent", List.of(RiskState.SUGGESTED, RiskState.CONFIRMED))
                .setParameter("suggested", RiskState.SUGGESTED)
                .setParameter("open", List.of(ThreadStatus.WAITING, ThreadStatus.TAKEN)).getResultList();
        if (threads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = threads.stream().map(EmailThread::getId).toList();
        Map<Long, long[]> counts = new HashMap<>();
        // Emails people wrote and advisers sent: the automatic acknowledgements are not counted.
        ParameterList.bind(em.createQuery("select m.thread.id, "
                + "sum(case when m.direction = org.helpline.calls.Direction.OUTBOUND and m.autoSubmitted = true "
                + "then 0 else 1 end), "
                + "sum(case when m.problem is not null then 1 else 0 end), "
                + "sum(case when m.authVerdict = org.helpline.email.AuthVerdict.FAIL then 1 else 0 end) "
                + "from EmailMessage m where m.thread.id in " + ParameterList.in("ids", ids.size()) + " group by m.thread.id",
                Object[].class), "ids", ids).getResultStream()
                .forEach(row -> counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        Set<String> addresses = new HashSet<>();
        threads.forEach(t -> addresses.add(t.getCorrespondent()));
        Map<String, Object[]> callers = new HashMap<>();
        em.createQuery("select c from Caller c where c.email in :addresses order by c.updatedAt desc", Caller.class)
                .setParameter("addresses", addresses).getResultStream()
                .forEach(c -> callers.putIfAbsent(c.getEmail(), new Object[] {c.getEmail(), c.getId(), c.getDisplayName()}));
        Set<Long> callerIds = new HashSet<>();
        callers.values().forEach(row -> callerIds.add((Long) row[1]));
        Set<Long> identifiable = callerIds.isEmpty() ? Set.of() : callerAccess.identifiable(callerIds);
        Set<Long> atRisk = atRisk(callerIds);
        Long me = staff.account().getId();
        List<QueueItem> items = threads.stream().map(t -> {
            long[] c = counts.getOrDefault(t.getId(), new long[3]);
            Object[] caller = callers.get(t.getCorrespondent());
            Long callerId = caller == null ? null : (Long) caller[1];
            boolean identified = callerId != null && identifiable.contains(callerId);
            String knownAs = callerId == null ? null
                    : identified ? (String) caller[2] : CallerMatch.initials((String) caller[2]);
            boolean mine = t.getTakenBy() != null && t.getTakenBy().getId().equals(me);
            return new QueueItem(t.getId(), t.getVersion(), t.getSubject(), t.getCorrespondent(),
                    t.getCorrespondentName(), t.getWaitingSince(), t.waited(now), t.getStatus(),
                    t.getTakenBy() == null ? null : t.getTakenBy().getDisplayName(), mine, (int) c[0], c[1] > 0,
                    c[2] > 0 ? AuthVerdict.FAIL : null, identified ? callerId : null, knownAs, identified,
                    callerId != null && atRisk.contains(callerId), t.getRiskState(), t.getRiskWords());
        }).toList();
        log.listed("email queue", items.stream().filter(QueueItem::identified).map(QueueItem::callerId).toList());
        return items;
    }

    /** One enquiry in full; not found when it does not exist or is not this user's to read ({@link #readable}). */
    public Enquiry get(long id) {
        EmailThread thread = readable(id);
        Long me = staff.account().getId();
        // The files' names and sizes only: their bytes are read one at a time, when downloaded.
        Map<Long, List<Attachment>> files = new HashMap<>();
        em.createQuery("select a.id, a.message.id, a.fileName, a.contentType, a.sizeBytes, a.withheld "
                + "from EmailAttachment a where a.message.thread.id = :thread order by a.position", Object[].class)
                .setParameter("thread", id).getResultStream()
                .forEach(r -> files.computeIfAbsent((Long) r[1], k -> new java.util.ArrayList<>()).add(new Attachment(
                        (Long) r[0], (String) r[2], (String) r[3], (Long) r[4], (String) r[5])));
        List<Email> emails = thread.getMessages().stream().map(m -> new Email(m.getId(), m.getDirection(),
                m.getFromAddress(), m.getFromName(), m.getToAddresses(), m.getSubject(), m.getSentAt(),
                m.getReceivedAt(), m.getTextBody(), m.getHtmlBody(), m.getAuthVerdict(), m.getAuthDetail(),
                m.getProblem(), m.getSizeBytes(), m.isAutoSubmitted(), files.getOrDefault(m.getId(), List.of()),
                m.getContact() != null)).toList();
        List<CallerMatch> matches = matchesOf(thread.getCorrespondent());
        log.viewed("email enquiry", id, matches.stream().filter(CallerMatch::identified).map(CallerMatch::id)
                .findFirst().orElse(null));
        boolean mine = thread.getTakenBy() != null && thread.getTakenBy().getId().equals(me);
        return new Enquiry(thread.getId(), thread.getVersion(), thread.getSubject(), thread.getCorrespondent(),
                thread.getCorrespondentName(), thread.getStatus(), thread.getWaitingSince(),
                thread.getTakenBy() == null ? null : thread.getTakenBy().getDisplayName(), mine, emails, matches,
                thread.getRiskState(), thread.kinds(), thread.getRiskWords(),
                thread.getRiskReviewedBy() == null ? null : thread.getRiskReviewedBy().getDisplayName(),
                thread.getRiskReviewedAt(), thread.getRiskNote());
    }

    /**
     * The callers whose address is exactly the correspondent's, as the repeat-caller look-up shows them (masked for
     * those the user does not work with; their risks shown for safety). The look-up matches the start of an
     * address; the exact ones are kept.
     */
    private List<CallerMatch> matchesOf(String address) {
        if (address.isEmpty()) {
            return List.of();
        }
        Set<Long> exact = new HashSet<>(em.createQuery("select c.id from Caller c where c.email = :address", Long.class)
                .setParameter("address", address).getResultList());
        return exact.isEmpty() ? List.of() : lookup.find(address).stream().filter(m -> exact.contains(m.id())).toList();
    }

    /**
     * Closes an enquiry that needs no reply (an out-of-office, spam, a thank-you); a new email reopens it. Refused
     * when it has changed since the user read it at {@code seenVersion}, or while a suggested risk awaits a decision.
     */
    public void close(long id, long seenVersion) {
        EmailThread thread = readable(id);
        thread.requireSeen(seenVersion);
        thread.close(staff.account(), Instant.now());
        flushOrChanged(em);
        live.fire(new LiveChange("email")); // one fewer waiting on the wallboard
    }

    /**
     * Takes an enquiry to answer it: refused, naming who, when another adviser holds it (two taking it at the
     * same moment: the second is told); taking one's own again changes nothing.
     */
    public void take(long id) {
        EmailThread thread = readable(id);
        thread.take(staff.account(), Instant.now());
        flushOrTaken(em);
    }

    /** Writes the change now: another adviser's change to the same enquiry first is said as theirs. */
    static void flushOrTaken(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw EmailException.takenAlready(UserText.of("email.someoneElse"), null);
        }
    }

    /**
     * Writes the change now: a change to the same enquiry committed meanwhile (a new email, another adviser) is
     * refused as any edit of a record someone else changed, not left to fail at the commit.
     */
    static void flushOrChanged(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.emailEnquiry"), UserText.of("who.someone"));
        }
    }

    /** Puts an enquiry this user holds back in the queue. */
    public void release(long id) {
        readable(id).release(staff.account(), Instant.now());
        flushOrChanged(em);
    }

    /** What the contact form starts from for an email: when it came or went, which way, from whom, and its text. */
    public record ForContact(long messageId, long threadId, Direction direction, Instant at, String fromAddress,
            String fromName, String correspondent, String subject, String text, boolean logged) implements Serializable {
    }

    /** An email of an enquiry this user may read, to log as a contact; not found otherwise. */
    public ForContact forContact(long messageId) {
        EmailMessage message = readableMessage(messageId);
        return new ForContact(message.getId(), message.getThread().getId(), message.getDirection(),
                message.getReceivedAt(), message.getFromAddress(), message.getFromName(),
                message.getThread().getCorrespondent(), message.getSubject(),
                message.getTextBody(), message.getContact() != null);
    }

    /**
     * The email a contact being logged names, checked before anything is saved: one this user may not read is
     * not found, like any other record a form names. Its row is locked until the contact commits, so that two
     * advisers logging the same email at once are told in turn, not both linked.
     */
    public EmailMessage loggable(long messageId) {
        EmailMessage message = readableMessage(messageId);
        em.refresh(message, LockModeType.PESSIMISTIC_WRITE);
        return message;
    }

    /**
     * Links the email to the contact logged from it, in the contact's transaction (ContactLog); a contact with a
     * risk confirms the enquiry's risk (the contact's flags alert supervisors, as for a call).
     */
    public void loggedAs(EmailMessage message, org.helpline.calls.Contact contact, boolean withRisk) {
        message.loggedAs(contact);
        if (withRisk) {
            message.getThread().riskConfirmed(staff.account(), Instant.now());
        }
    }

    /**
     * Dismisses the risk the enquiry's words suggested, with the reason (field {@code reason}); refused when the
     * enquiry has changed since the user read it at {@code seenVersion} (new words may have come with a new email).
     */
    public void dismissRisk(long id, long seenVersion, String why) {
        EmailThread thread = readable(id);
        thread.requireSeen(seenVersion);
        thread.dismissRisk(staff.account(), Instant.now(), why, callerAccess.seesEveryone());
        flushOrChanged(em);
        live.fire(new LiveChange("email")); // one fewer risk to decide on the wallboard
    }

    private EmailMessage readableMessage(long messageId) {
        EmailMessage message = em.find(EmailMessage.class, messageId);
        if (message == null) {
            log.refused("email", messageId, "not found");
            throw new NotFoundException(UserText.of("email.notFound"));
        }
        readable(message.getThread().getId());
        return message;
    }

    /** A file that came with an email, to download; only for staff with the permission to open attachments. */
    @RequiresPermission(Permission.OPEN_EMAIL_ATTACHMENTS)
    public AttachmentFile attachment(long attachmentId) {
        permissions.require(Permission.ANSWER_EMAIL); // the method's permission replaces the class's: both are needed
        EmailAttachment attachment = em.find(EmailAttachment.class, attachmentId);
        if (attachment == null) {
            log.refused("email attachment", attachmentId, "not found");
            throw new NotFoundException(UserText.of("email.notFound"));
        }
        readable(attachment.getMessage().getThread().getId()); // before saying anything more about it
        if (attachment.getContent() == null) {
            log.refused("email attachment", attachmentId, "not kept");
            throw new NotFoundException(UserText.of("email.notFound"));
        }
        log.exported("email attachment", attachmentId, null, "downloaded");
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /**
     * The enquiry, if this user may touch it under the one rule for records about callers ({@link CallerRecords}):
     * waiting in the queue it is the team's; otherwise it is its caller's (the caller of an email logged as a
     * contact), or, with none yet, the adviser's who took it; supervisors see all. Anything else is not found, and
     * the refusal logged. Every email service that takes an enquiry's id asks here, and the API's gate asks the
     * same rule before it reads a request.
     */
    public EmailThread readable(long id) {
        return records.find(EmailThread.class, id);
    }

    private Set<Long> atRisk(Set<Long> callerIds) {
        if (callerIds.isEmpty()) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        Set<Long> atRisk = new HashSet<>();
        List<Long> ids = List.copyOf(callerIds);
        ParameterList.bind(em.createQuery("select f from RiskFlag f where f.caller.id in " + ParameterList.in("ids", ids.size()),
                RiskFlag.class), "ids", ids).getResultStream()
                .filter(f -> f.isActiveOn(today)).forEach(f -> atRisk.add(f.getCaller().getId()));
        return atRisk;
    }
}
