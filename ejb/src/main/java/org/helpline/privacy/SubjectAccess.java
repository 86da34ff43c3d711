package org.helpline.privacy;

import static org.helpline.shared.JsonValues.JSON;

import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.audit.AccessEntry;
import org.helpline.audit.AccessLog;
import org.helpline.callers.Caller;
import org.helpline.email.EmailMessage;
import org.helpline.email.EmailShredding;
import org.helpline.callers.CallerRecords;
import org.helpline.callers.PhoneNumber;
import org.helpline.calls.Contact;
import org.helpline.cases.Case;
import org.helpline.followups.FollowUp;
import org.helpline.referrals.Referral;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;
import org.helpline.topics.Topic;

/**
 * Subject access: everything Helpline holds about one caller (their details, contacts, cases, follow-ups,
 * referrals, risk flags, and who has looked at their records), as JSON for another system and as a PDF to
 * send them. Every export is written to the caller's access log.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.EXPORT_CALLER_DATA)
public class SubjectAccess {

    /** The most callers a search lists. */
    public static final int MATCHES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessLog access;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerRecords records;

    /** A caller as the admin's search lists them. */
    public record CallerSummary(long id, String name, List<String> phones, String email, long contacts, boolean erased,
            boolean onHold) implements Serializable {
    }

    /** Callers whose name, email or phone number matches what the admin typed, or the caller with that number. */
    public List<CallerSummary> find(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2 && !text.matches("\\d+")) {
            throw new InvalidInputException("typed", UserText.of("subjectAccess.typed.tooShort"));
        }
        List<Caller> found;
        if (text.matches("\\d{1,12}")) {
            found = em.createQuery("select c from Caller c where c.id = :id", Caller.class)
                    .setParameter("id", Long.parseLong(text)).getResultList();
        } else {
            String phone = PhoneNumber.tryNormalise(text).orElse(null);
            found = em.createQuery("select distinct c from Caller c left join c.phones p where lower(c.fullName) like :text "
                    + "or lower(c.email) like :text or p = :phone order by c.id", Caller.class)
                    .setParameter("text", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%")
                    .setParameter("phone", phone == null ? "" : phone).setMaxResults(MATCHES).getResultList();
        }
        List<Long> ids = found.stream().map(Caller::getId).toList();
        Map<Long, Long> contacts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select x.caller.id, count(x) from Contact x where x.caller.id in :ids group by x.caller.id",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> contacts.put((Long) row[0], (Long) row[1]));
        }
        Set<Long> erased = CallerStates.erased(em, ids);
        Set<Long> onHold = CallerStates.onHold(em, ids);
        return found.stream().map(c -> new CallerSummary(c.getId(), c.getDisplayName(),
                c.getPhones().stream().map(PhoneNumber::display).sorted().toList(), c.getEmail(),
                contacts.getOrDefault(c.getId(), 0L), erased.contains(c.getId()), onHold.contains(c.getId()))).toList();
    }

    /** Everything held about the caller, as JSON. */
    public JsonObject dossier(long callerId) {
        Caller caller = records.find(Caller.class, callerId);
        List<Contact> contacts = em.createQuery("select c from Contact c where c.caller = :c order by c.startedAt",
                Contact.class).setParameter("c", caller).getResultList();
        List<Case> cases = em.createQuery("select k from HelplineCase k where k.caller = :c order by k.openedAt", Case.class)
                .setParameter("c", caller).getResultList();
        List<FollowUp> followUps = em.createQuery("select f from FollowUp f where f.caller = :c order by f.bookedAt",
                FollowUp.class).setParameter("c", caller).getResultList();
        List<Referral> referrals = em.createQuery("select r from Referral r where r.caller = :c order by r.referredAt",
                Referral.class).setParameter("c", caller).getResultList();
        List<RiskFlag> flags = em.createQuery("select f from RiskFlag f where f.caller = :c order by f.raisedAt",
                RiskFlag.class).setParameter("c", caller).getResultList();
        List<AccessEntry> views = em.createQuery("select e from AccessEntry e where e.callerId = :id order by e.at",
                AccessEntry.class).setParameter("id", callerId).getResultList();
        List<Long> threads = EmailShredding.threadsOf(em, callerId, caller.getEmail());
        List<EmailMessage> emails = threads.isEmpty() ? List.of() : em.createQuery("select m from EmailMessage m "
                + "where m.thread.id in :threads order by m.receivedAt, m.id", EmailMessage.class)
                .setParameter("threads", threads).getResultList();

        JsonObjectBuilder file = JSON.createObjectBuilder()
                .add("about", "Everything Helpline holds about this caller, as of the time below.")
                .add("exportedAt", Instant.now().toString())
                .add("exportedBy", staff.username())
                .add("erased", CallerStates.isErased(em, callerId))
                .add("caller", object(Map.of(
                        "id", caller.getId(),
                        "fullName", text(caller.getFullName()),
                        "phones", array(caller.getPhones().stream().sorted().toList(), s -> JSON.createValue(s)),
                        "email", text(caller.getEmail()),
                        "postcodeDistrict", text(caller.getPostcodeDistrict()),
                        "msType", text(caller.getMsType()),
                        "diagnosisYear", caller.getDiagnosisYear() == null ? JsonValue.NULL : JSON.createValue(caller.getDiagnosisYear()),
                        "preferredContactMethod", text(caller.getPreferredContactMethod()),
                        "preferredTimes", text(caller.getPreferredTimes()),
                        "consent", text(caller.getConsentGivenAt() == null ? null
                                : "given " + caller.getConsentGivenAt() + " (wording " + caller.getConsentWordingVersion() + ")"))))
                .add("contacts", array(contacts, c -> object(Map.ofEntries(
                        Map.entry("startedAt", text(c.getStartedAt())),
                        Map.entry("channel", text(c.getChannel().getLabel())),
                        Map.entry("direction", text(c.getDirection())),
                        Map.entry("line", text(c.getLine().getLabel())),
                        Map.entry("minutes", JSON.createValue(c.getDuration().toMinutes())),
                        Map.entry("callerType", text(c.getCallerType() == null ? null : c.getCallerType().getLabel())),
                        Map.entry("topics", array(c.getTopics(), t -> JSON.createValue(((Topic) t).getLabel()))),
                        Map.entry("summary", text(c.getSummary())),
                        Map.entry("informationGiven", text(c.getInformationGiven())),
                        Map.entry("outcome", text(c.getOutcome() == null ? null : c.getOutcome().getLabel())),
                        Map.entry("adviser", text(c.getAdviser().getDisplayName()))))))
                .add("cases", array(cases, k -> object(Map.of(
                        "number", text(k.getNumber()),
                        "title", text(k.getTitle()),
                        "status", text(k.getStatus().label()),
                        "openedAt", text(k.getOpenedAt()),
                        "closedAt", text(k.getClosedAt()),
                        "timeline", array(k.getTimeline(), e -> object(Map.of("at", text(e.getOccurredAt()),
                                "what", text(e.getKind()), "note", text(e.getText()))))))))
                .add("followUps", array(followUps, f -> object(Map.of(
                        "kind", text(f.getKind()),
                        "status", text(f.getStatus()),
                        "due", text(f.getDueFrom() + " to " + f.getDueUntil()),
                        "numberToRing", text(f.getNumberToRing()),
                        "reason", text(f.getReason()),
                        "bookedAt", text(f.getBookedAt()),
                        "completedAt", text(f.getCompletedAt()),
                        "history", array(f.getHistory(), e -> object(Map.of("at", text(e.getOccurredAt()),
                                "what", text(e.getKind()), "note", text(e.getText()))))))))
                .add("referrals", array(referrals, r -> object(Map.of(
                        "service", text(r.getService().getName()),
                        "status", text(r.getStatus().label()),
                        "referredAt", text(r.getReferredAt()),
                        "note", text(r.getNote()),
                        "outcome", text(r.getOutcome() == null ? null : r.getOutcome().label()),
                        "outcomeNote", text(r.getOutcomeNote()),
                        "history", array(r.getHistory(), e -> object(Map.of("at", text(e.getOccurredAt()),
                                "to", text(e.getTo()), "note", text(e.getNote()))))))))
                .add("riskFlags", array(flags, f -> object(Map.of(
                        "kind", text(f.getKind().label()),
                        "level", text(f.getLevel()),
                        "raisedAt", text(f.getRaisedAt()),
                        "expiresOn", text(f.getExpiresOn())))))
                .add("emails", array(emails, m -> object(Map.of(
                        "at", text(m.getReceivedAt()),
                        "direction", text(m.getDirection()),
                        "from", text(m.getFromAddress()),
                        "to", text(m.getToAddresses()),
                        "subject", text(m.getSubject()),
                        "text", text(m.getTextBody()),
                        "attachments", array(m.getAttachments(), a -> object(Map.of(
                                "fileName", text(a.getFileName()),
                                "contentType", text(a.getContentType()),
                                "bytes", JSON.createValue(a.getSizeBytes()),
                                "contentBase64", text(a.getContent() == null ? null
                                        : java.util.Base64.getEncoder().encodeToString(a.getContent())))))))))
                .add("accessLog", array(views, e -> object(Map.of(
                        "at", text(e.getAt()),
                        "who", text(e.getUsername()),
                        "what", text(e.getAction().label()),
                        "record", text(e.getRecordType() + (e.getRecordId() == null ? "" : " " + e.getRecordId()))))));
        return file.build();
    }

    /** The caller's data as a file: JSON, or a PDF to send them. Logged as an export. */
    public CallerFile export(long callerId, String format) {
        if (!"json".equals(format) && !"pdf".equals(format)) {
            throw new InvalidInputException("format", UserText.of("subjectAccess.format.required"));
        }
        JsonObject dossier = dossier(callerId);
        access.exported("caller", callerId, callerId, "subject access, " + format);
        String name = "caller-" + callerId + "-subject-access";
        if ("json".equals(format)) {
            StringWriter out = new StringWriter();
            try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(dossier);
            }
            return new CallerFile(name + ".json", "application/json", out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new CallerFile(name + ".pdf", "application/pdf", SubjectAccessPdf.render(dossier));
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value instanceof Enum<?> e ? e.name() : value.toString());
    }

    private static JsonObject object(Map<String, ?> fields) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Object v = e.getValue();
            if (v instanceof JsonValue json) {
                b.add(e.getKey(), json);
            } else if (v instanceof Long l) {
                b.add(e.getKey(), l);
            } else {
                b.add(e.getKey(), Objects.toString(v, null) == null ? JsonValue.NULL : JSON.createValue(v.toString()));
            }
        });
        return b.build();
    }

    private static <T> JsonValue array(Collection<T> items, Function<T, JsonValue> each) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        items.forEach(item -> a.add(each.apply(item)));
        return a.build();
    }
}
