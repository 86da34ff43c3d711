package org.helpline.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.callers.Caller;
import org.helpline.callers.CallerDetails;
import org.helpline.callers.CallerType;
import org.helpline.callers.MsType;
import org.helpline.calls.Channel;
import org.helpline.calls.Contact;
import org.helpline.calls.Direction;
import org.helpline.calls.HelplineLine;
import org.helpline.calls.NonDataKind;
import org.helpline.calls.Outcome;
import org.helpline.followups.FollowUp;
import org.helpline.followups.FollowUpKind;
import org.helpline.referrals.Referral;
import org.helpline.referrals.ReferralOutcome;
import org.helpline.referrals.ReferralStatus;
import org.helpline.resources.SupportService;
import org.helpline.cases.Case;
import org.helpline.cases.CaseNumbers;
import org.helpline.cases.CaseStatus;
import org.helpline.safeguarding.RiskFlag;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;
import org.helpline.safeguarding.SafeguardingAlert;
import org.helpline.security.UserAccount;
import org.helpline.security.UserAccounts;
import org.helpline.shared.HelplineTime;
import org.helpline.shared.Scripts;
import org.helpline.shared.seeds.SeedLedger;
import org.helpline.shared.seeds.Seeder;
import org.helpline.topics.Topic;

/**
 * Builds months of contacts from {@code seeds/demo/contacts.json}: named callers with their history and
 * cases, anonymous contacts and non-data calls, spread over office hours. A fixed random seed makes
 * every demo database alike.
 */
@Dependent
public class DemoContactsSeeder implements Seeder {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    Scripts scripts;

    private Random random;
    private List<UserAccount> advisers;
    private Map<String, Channel> channels;
    private Map<String, HelplineLine> lines;
    private Map<String, CallerType> callerTypes;
    private Map<String, Outcome> outcomes;
    private Map<String, Topic> topics;
    private JsonObject summaries;
    private int sequence;

    @Override
    public String file() {
        return "demo/contacts.json";
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void apply(JsonObject record, int position, SeedLedger ledger) {
        ledger.once("demo_contacts", record.getString("code"), () -> generate(record));
    }

    private void generate(JsonObject record) {
        random = new Random(2026);
        advisers = List.of("adviser", "adviser2", "supervisor").stream()
                .map(accounts::findByUsername).flatMap(java.util.Optional::stream).toList();
        channels = byCode(Channel.class, Channel::getCode);
        lines = byCode(HelplineLine.class, HelplineLine::getCode);
        callerTypes = byCode(CallerType.class, CallerType::getCode);
        outcomes = byCode(Outcome.class, Outcome::getCode);
        topics = byCode(Topic.class, Topic::getCode);
        summaries = record.getJsonObject("summaries");
        Instant end = Instant.now().minus(Duration.ofHours(2));
        Instant start = end.minus(Duration.ofDays(30L * record.getInt("months")));

        List<Contact> lastContacts = new ArrayList<>();
        for (JsonObject caller : record.getJsonArray("callers").getValuesAs(JsonObject.class)) {
            lastContacts.add(namedCaller(caller, start, end));
        }
        followUps(lastContacts);
        referrals(lastContacts);
        List<String> subtopics = topics.values().stream().filter(t -> !t.isTopLevel()).map(Topic::getCode)
                .filter(summaries::containsKey).sorted().toList();
        for (int i = 0; i < record.getInt("anonymousContacts"); i++) {
            String topic = subtopics.get(random.nextInt(subtopics.size()));
            Set<String> about = new LinkedHashSet<>(List.of(topic));
            if (random.nextInt(4) == 0) {
                about.add(subtopics.get(random.nextInt(subtopics.size())));
            }
            em.persist(contact(officeHours(start, end), anonymousType(), about));
        }
        NonDataKind[] kinds = NonDataKind.values();
        for (int i = 0; i < record.getInt("nonDataContacts"); i++) {
            Instant at = officeHours(start, end);
            em.persist(Contact.nonData(key(), kinds[random.nextInt(kinds.length - 1)], channels.get("phone"),
                    Direction.INBOUND, lines.get("info-line"), at, Duration.ofSeconds(5 + random.nextInt(60)),
                    adviser(), at.plusSeconds(90)));
        }
    }

    /** Callbacks promised to the first few callers: some due today, some overdue, some in the team queue. */
    private void followUps(List<Contact> lastContacts) {
        LocalDate today = LocalDate.now(HelplineTime.CLOCK);
        UserAccount asha = accounts.findByUsername("adviser").orElse(adviser());
        for (int i = 0; i < Math.min(8, lastContacts.size()); i++) {
            Contact contact = lastContacts.get(i);
            Instant booked = Instant.now().minus(Duration.ofDays(3));
            LocalDate day = switch (i % 3) {
                case 0 -> today;
                case 1 -> today.minusDays(1);
                default -> today.plusDays(1);
            };
            Instant due = day.atTime(10 + i, 0).atZone(HelplineTime.ZONE).toInstant();
            em.persist(FollowUp.book(i == 5 ? FollowUpKind.SEND_INFORMATION : FollowUpKind.CALLBACK,
                    contact.getCaller(), contact, contact.getSupportCase(), due, due.plus(Duration.ofHours(2)),
                    contact.getCaller().getPhones().iterator().next(), DEMO_REASONS[i % DEMO_REASONS.length],
                    i % 2 == 0 ? asha : null, asha, booked));
        }
    }

    /** One referral in each state, so every list and report has something to show. */
    private void referrals(List<Contact> lastContacts) {
        Map<String, SupportService> services = byCode(SupportService.class, SupportService::getCode);
        String[] to = {"facets", "emotional-support-calls", "carers-support-line", "citizens-advice-benefits",
            "facets", "befriending", "employment-legal-advice", "trials-finder"};
        ReferralStatus[][] paths = {
            {},
            {ReferralStatus.SENT},
            {ReferralStatus.SENT, ReferralStatus.ACCEPTED},
            {ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.ENROLLED},
            {ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.ENROLLED, ReferralStatus.COMPLETED},
            {ReferralStatus.SENT, ReferralStatus.DECLINED},
            {ReferralStatus.SENT, ReferralStatus.NO_RESPONSE},
            {ReferralStatus.WITHDRAWN},
        };
        for (int i = 0; i < Math.min(to.length, lastContacts.size()); i++) {
            Contact contact = lastContacts.get(lastContacts.size() - 1 - i);
            UserAccount by = contact.getAdviser();
            Instant at = contact.getStartedAt().plus(contact.getDuration());
            Referral referral = Referral.make(services.get(to[i]), contact.getCaller(), contact, contact.getSupportCase(),
                    true, false, "Referred during the call", by, at);
            // Three days between steps, or less for a recent contact: no step may lie in the future.
            Duration gap = Duration.between(at, Instant.now()).dividedBy(paths[i].length + 1L);
            gap = gap.compareTo(Duration.ofDays(3)) > 0 ? Duration.ofDays(3) : gap.isNegative() ? Duration.ZERO : gap;
            for (ReferralStatus step : paths[i]) {
                at = at.plus(gap);
                if (step == ReferralStatus.COMPLETED) {
                    referral.complete(ReferralOutcome.HELPED, "Said the course changed how she plans her week", by, at);
                } else {
                    referral.moveTo(step, null, by, at);
                }
            }
            em.persist(referral);
        }
    }

    private static final String[] DEMO_REASONS = {
        "Ring back to see how the new treatment is going",
        "Promised to call once the neurology appointment date is known",
        "Check the FACETS course place came through",
        "Call back after the PIP assessment",
        "See how the caller is feeling after last week's call",
        "Post the fatigue booklet and the carers' guide",
        "Ring back with details of local exercise classes",
        "Check the scam was reported to Action Fraud",
    };

    private Contact namedCaller(JsonObject c, Instant start, Instant end) {
        List<Instant> times = new ArrayList<>();
        int count = 2 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            times.add(officeHours(start, end));
        }
        times.sort(Comparator.naturalOrder());
        UserAccount owner = adviser();
        Caller caller = Caller.withConsent(new CallerDetails(c.getString("name"), List.of(c.getString("phone")),
                c.getString("email", null), c.getString("postcode", null),
                c.containsKey("msType") ? MsType.valueOf(c.getString("msType")) : null,
                c.containsKey("diagnosed") ? c.getInt("diagnosed") : null, null, null),
                scripts.get(Scripts.CONSENT).version(), owner, times.get(0));
        em.persist(caller);
        List<String> callerTopics = c.getJsonArray("topics").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();

        Case supportCase = null;
        Contact last = null;
        for (int i = 0; i < times.size(); i++) {
            Set<String> about = new LinkedHashSet<>();
            about.add(callerTopics.get(i % callerTopics.size()));
            if (random.nextBoolean()) {
                about.add(callerTopics.get(random.nextInt(callerTopics.size())));
            }
            Contact contact = contact(times.get(i), callerTypes.get(c.getString("type")), about);
            contact.from(caller);
            em.persist(contact);
            last = contact;
            Instant at = contact.getStartedAt().plus(contact.getDuration());
            if (c.containsKey("case")) {
                if (supportCase == null) {
                    supportCase = Case.open(caseNumbers.next(contact.getStartedAt()), caller, c.getString("case"),
                            owner, contact.getStartedAt(), at);
                    em.persist(supportCase);
                }
                supportCase.recordContact(contact, owner, at);
            }
            if (i == 0 && c.containsKey("risk")) {
                RiskKind kind = RiskKind.valueOf(c.getString("risk"));
                RiskFlag flag = new RiskFlag(kind, RiskLevel.HIGH, null, contact, contact.getAdviser(), at,
                        LocalDate.ofInstant(at, HelplineTime.ZONE));
                em.persist(flag);
                if (kind.alertsSupervisor()) {
                    em.persist(new SafeguardingAlert(flag, at));
                }
            }
        }
        if (supportCase != null) {
            Instant closeAt = times.get(times.size() - 1).plus(Duration.ofHours(1));
            if (closeAt.isBefore(Instant.now().minus(Duration.ofDays(45)))) {
                supportCase.close(outcomes.get("information-given"), "No further questions", owner, closeAt);
            } else if (random.nextBoolean()) {
                supportCase.moveTo(CaseStatus.AWAITING_CALLER, owner, closeAt);
            }
        }
        return last;
    }

    private Contact contact(Instant startedAt, CallerType type, Set<String> about) {
        String first = about.iterator().next();
        String summary = summaries.getString(first, summaries.getString(first.substring(0, first.indexOf('.')),
                "Caller asked for information."));
        Duration duration = Duration.ofSeconds(120 + random.nextInt(1500));
        return Contact.data(key(), channel(), Direction.INBOUND, line(first), startedAt, duration, type,
                about.stream().map(topics::get).collect(Collectors.toCollection(LinkedHashSet::new)), summary, null,
                outcome(first), random.nextInt(6) == 0, random.nextInt(8) == 0, adviser(),
                startedAt.plus(duration).plusSeconds(120));
    }

    /** A weekday between 09:00 and 17:00 UK time, between the two instants. */
    private Instant officeHours(Instant start, Instant end) {
        long days = ChronoUnit.DAYS.between(start, end);
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate day = LocalDate.ofInstant(start, HelplineTime.ZONE).plusDays(random.nextInt((int) days));
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(HelplineTime.ZONE).toInstant();
            if (at.isBefore(end)) {
                return at;
            }
        }
        return end.minus(Duration.ofDays(1));
    }

    private CallerType anonymousType() {
        int r = random.nextInt(100);
        String code = r < 55 ? "person-with-ms" : r < 70 ? "family-or-friend" : r < 82 ? "carer"
                : r < 90 ? "professional" : r < 95 ? "other" : "unknown";
        return callerTypes.get(code);
    }

    private Channel channel() {
        int r = random.nextInt(100);
        return channels.get(r < 70 ? "phone" : r < 84 ? "email" : r < 95 ? "web-chat" : r < 98 ? "letter" : "social-media");
    }

    private HelplineLine line(String topic) {
        if (topic.startsWith("research.") && random.nextInt(10) < 4) {
            return lines.get("research-line");
        }
        if ((topic.startsWith("symptoms.") || topic.startsWith("treatments.")) && random.nextInt(10) < 3) {
            return lines.get("nurse-line");
        }
        return lines.get("info-line");
    }

    private Outcome outcome(String topic) {
        if (topic.startsWith("mental-health.suicidal")) {
            return outcomes.get("escalated");
        }
        if (topic.startsWith("mental-health.")) {
            return outcomes.get("emotional-support");
        }
        int r = random.nextInt(100);
        return outcomes.get(r < 55 ? "information-given" : r < 70 ? "signposted" : r < 80 ? "referred"
                : r < 90 ? "follow-up-booked" : "no-further-action");
    }

    private UserAccount adviser() {
        return advisers.get(random.nextInt(advisers.size()));
    }

    private String key() {
        return "demo-" + (++sequence);
    }

    private <T> Map<String, T> byCode(Class<T> type, Function<T, String> code) {
        return em.createQuery("select x from " + type.getSimpleName() + " x", type).getResultStream()
                .collect(Collectors.toMap(code, Function.identity()));
    }
}
