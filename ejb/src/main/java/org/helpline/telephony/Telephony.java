package org.helpline.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.helpline.callers.PhoneNumber;
import org.helpline.calls.HelplineLine;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.SecretsAtRest;
import org.helpline.security.UserAccount;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;

/**
 * Takes in the phone systems' events about calls, and gives the adviser who answered a call what their
 * contact form needs. An event's signature is its credential: {@link #receive} is open to anyone and
 * trusts nothing until the signature checks out.
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.SUPERVISOR})
public class Telephony {

    /** How far an event's timestamp may be from now: older ones are refused as possible replays. */
    public static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(Telephony.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff staff;

    @Inject
    SecretsAtRest secrets;

    @Inject
    Event<CallNews> news;

    /**
     * How long ago an event may have happened: later than this it is refused, as nothing useful comes of
     * a call that old on the missed-calls list (a replay, or a phone system whose clock is wrong).
     */
    @Inject
    @ConfigProperty(name = "helpline.telephony.event-max-age", defaultValue = "PT24H")
    Duration eventMaxAge;

    /** How far ahead of Helpline's clock an event's time may be: clocks differ a little, calls do not come from tomorrow. */
    @Inject
    @ConfigProperty(name = "helpline.telephony.event-max-ahead", defaultValue = "PT5M")
    Duration eventMaxAhead;

    /**
     * Checks and takes in one event. The headers are the phone system's code, the time it sent the event
     * (unix seconds) and its signature ({@code sha256=<hex>}, see {@link Signatures}) of that time and
     * {@code rawBody} as sent. Events for one phone system are taken in one at a time.
     *
     * @return {@link Receipt#DUPLICATE} for an event id received before, which changes nothing
     * @throws UnsignedEventException for an unknown or inactive system, a missing or wrong signature or
     *         a timestamp more than {@link #TIMESTAMP_TOLERANCE} from now
     * @throws org.helpline.shared.InvalidInputException for a body that is not a valid event
     */
    @PermitAll
    public Receipt receive(String systemCode, String timestampHeader, String signatureHeader, String rawBody) {
        Instant now = Instant.now();
        if (systemCode == null || systemCode.isBlank()) {
            throw new UnsignedEventException(UserText.of("callEvent.header.system"));
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new UnsignedEventException(UserText.of("callEvent.header.signature"));
        }
        Instant sentAt = sentAt(timestampHeader, now);
        String body = rawBody == null ? "" : rawBody;
        PhoneSystem system = em.createQuery("select s from PhoneSystem s where s.code = :code and s.active = true",
                PhoneSystem.class).setParameter("code", systemCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> refused(UserText.of("callEvent.notSigned"), "no active phone system with that code"));
        if (!system.signed(timestampHeader.strip(), body, signatureHeader.strip(), secrets.cipher())) {
            throw refused(UserText.of("callEvent.notSigned"), "wrong signature from " + system.getCode());
        }
        if (Duration.between(sentAt, now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
            throw refused(UserText.of("callEvent.timestamp.stale"), "stale timestamp from " + system.getCode());
        }
        CallEventMessage event = CallEventMessage.parse(body);
        if (event.at().isBefore(now.minus(eventMaxAge)) || event.at().isAfter(now.plus(eventMaxAhead))) {
            throw new InvalidInputException("at", UserText.of("callEvent.at.window", words(eventMaxAge),
                    words(eventMaxAhead)));
        }
        // one event at a time per system: two events for a new call must not both create it
        em.lock(system, LockModeType.PESSIMISTIC_WRITE);
        boolean seen = !em.createQuery("select e.id from CallEvent e where e.phoneSystem = :system "
                + "and e.eventId = :id", Long.class).setParameter("system", system).setParameter("id", event.eventId())
                .setMaxResults(1).getResultList().isEmpty();
        if (seen) {
            return Receipt.DUPLICATE;
        }
        PhoneCall call = em.createQuery("select c from PhoneCall c where c.phoneSystem = :system "
                + "and c.externalCallId = :id", PhoneCall.class).setParameter("system", system)
                .setParameter("id", event.callId()).getResultStream().findFirst().orElse(null);
        if (call == null) {
            call = new PhoneCall(system, event.callId(), now);
            em.persist(call);
        }
        UserAccount agent = event.type() == CallEventType.ANSWERED ? staffCalled(event.agent()).orElse(null) : null;
        boolean firstAnswer = call.apply(event, agent, line(event.line()), now);
        em.persist(new CallEvent(system, call, event, now));
        if (call.getAnsweredBy() != null) {
            if (firstAnswer) {
                news.fire(new CallNews(call.getId(), CallNews.ANSWERED, call.getAnsweredBy().getUsername()));
            } else if (event.type() == CallEventType.ENDED && call.talkTime() != null) {
                news.fire(new CallNews(call.getId(), CallNews.ENDED, call.getAnsweredBy().getUsername()));
            }
        }
        return Receipt.ACCEPTED;
    }

    /**
     * For the contact form: a call the signed-in adviser answered. Anyone else's call is not found.
     */
    @RequiresPermission(Permission.LOG_CONTACT)
    public ScreenPop screenPop(long callId) {
        PhoneCall call = em.find(PhoneCall.class, callId);
        if (call == null || call.getAnsweredBy() == null || !call.getAnsweredBy().getUsername().equals(staff.username())) {
            throw new NotFoundException(UserText.of("notFound.call"));
        }
        Duration talked = call.talkTime();
        return new ScreenPop(call.getId(), call.getLine() == null ? null : call.getLine().getCode(), call.getAnsweredAt(),
                call.getCallerNumber(), call.isWithheld(), talked == null ? null : (int) talked.toSeconds());
    }

    private static Instant sentAt(String timestampHeader, Instant now) {
        if (timestampHeader == null || timestampHeader.isBlank()) {
            throw new UnsignedEventException(UserText.of("callEvent.header.timestamp"));
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(timestampHeader.strip()));
        } catch (NumberFormatException | java.time.DateTimeException notSeconds) {
            throw new UnsignedEventException(UserText.of("callEvent.header.timestamp.format",
                    now.getEpochSecond()));
        }
    }

    /** A window's length as people say it: 24 hours, 5 minutes, 90 seconds. */
    private static String words(Duration length) {
        long seconds = length.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds == 3600 ? UserText.of("duration.hour") : UserText.of("duration.hours", seconds / 3600);
        }
        if (seconds % 60 == 0) {
            return seconds == 60 ? UserText.of("duration.minute") : UserText.of("duration.minutes", seconds / 60);
        }
        return UserText.of("duration.seconds", seconds);
    }

    /** A refusal, logged with why for whoever runs the phone system; never with the body. */
    private static UnsignedEventException refused(String message, String why) {
        LOG.info(() -> "Phone event refused: " + why);
        return new UnsignedEventException(message);
    }

    /** The enabled member of staff the phone system names, by username or extension. */
    private Optional<UserAccount> staffCalled(String agent) {
        return em.createQuery("select u from UserAccount u where u.enabled = true and (u.username = :name "
                + "or u.extension = :extension)", UserAccount.class)
                .setParameter("name", agent.toLowerCase(Locale.ROOT)).setParameter("extension", agent)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The line whose number was dialled, however either is spaced. */
    private HelplineLine line(String dialled) {
        if (dialled == null) {
            return null;
        }
        String number = comparable(dialled);
        return em.createQuery("select l from HelplineLine l where l.phoneNumber is not null", HelplineLine.class)
                .getResultStream().filter(l -> comparable(l.getPhoneNumber()).equals(number)).findFirst().orElse(null);
    }

    private static String comparable(String number) {
        return PhoneNumber.tryNormalise(number).orElseGet(() -> number.replaceAll("\\D", ""));
    }
}
