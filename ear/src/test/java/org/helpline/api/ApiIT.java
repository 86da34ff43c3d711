package org.helpline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.helpline.security.ApiTokens;
import org.helpline.security.PasswordHasher;
import org.helpline.security.Role;
import org.helpline.security.UserAccount;
import org.helpline.security.UserAccounts;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.ApiClient;
import org.helpline.testing.ApiClient.Reply;
import org.helpline.testing.TestMail;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsNobody;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.ServerLog;

/**
 * The REST API from outside, as an integration uses it: tokens and their roles, each resource, paging and
 * filters, ETag and If-Match, and a problem for every kind of bad request. The first method runs inside
 * the server to make the integration accounts and their tokens; the rest are plain HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT {

    private static final String ADVISER_TOKEN = "hlp_test-adviser-token-0001";
    private static final String MANAGER_TOKEN = "hlp_test-manager-token-0001";
    /** An account with the adviser and manager roles, whose token has only the manager's. */
    private static final String SCOPED_TOKEN = "hlp_test-scoped-token-00001";
    private static final String REVOKED_TOKEN = "hlp_test-revoked-token-0001";
    private static final String PARALLEL_TOKEN = "hlp_test-parallel-token-001";

    private static final ApiClient ADVISER = new ApiClient(ADVISER_TOKEN);
    private static final ApiClient MANAGER = new ApiClient(MANAGER_TOKEN);

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AsNobody setup;

    @Inject
    AsAdmin admin;

    @Inject
    ApiTokens tokens;

    @Inject
    Database db;

    @Test
    @Order(1)
    void integrationAccountsGetTokensScopedToTheirRoles() {
        long adviser = account("api-adviser", EnumSet.of(Role.ADVISER));
        long manager = account("api-manager", EnumSet.of(Role.MANAGER));
        long both = account("api-both", EnumSet.of(Role.ADVISER, Role.MANAGER));

        InvalidInputException notTheirs = assertThrows(InvalidInputException.class,
                () -> admin.call(() -> tokens.issue(manager, "CRM", EnumSet.of(Role.ADVISER), 30)));
        assertEquals("tokenRoles", notTheirs.getField());
        assertEquals("tokenDays", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> tokens.issue(manager, "CRM", EnumSet.of(Role.MANAGER), 0))).getField());
        assertEquals("tokenName", assertThrows(InvalidInputException.class,
                () -> admin.call(() -> tokens.issue(manager, " ", EnumSet.of(Role.MANAGER), 30))).getField());

        known(admin.call(() -> tokens.issue(adviser, "Test CRM", EnumSet.of(Role.ADVISER), 30)).token().getId(), ADVISER_TOKEN);
        known(admin.call(() -> tokens.issue(manager, "Trustees' dashboard", EnumSet.of(Role.MANAGER), 30)).token().getId(),
                MANAGER_TOKEN);
        known(admin.call(() -> tokens.issue(both, "Reporting only", EnumSet.of(Role.MANAGER), 30)).token().getId(), SCOPED_TOKEN);
        long revoked = admin.call(() -> tokens.issue(adviser, "Old script", EnumSet.of(Role.ADVISER), 30)).token().getId();
        known(revoked, REVOKED_TOKEN);
        admin.call(() -> tokens.revoke(revoked));
        assertTrue(admin.call(() -> tokens.forAccount(adviser)).stream()
                .anyMatch(t -> t.getId() == revoked && t.getRevokedAt() != null && t.getRevokedBy().equals("admin")));
    }

    private long account(String username, EnumSet<Role> roles) {
        setup.run(() -> {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.add(new UserAccount(username, "Integration " + username, null,
                        hasher.hash("an integration password 42".toCharArray()), roles, Instant.now()));
            }
        });
        return ((Number) db.nativeQuery("select id from user_account where username = ?1", username).get(0)).longValue();
    }

    /** Gives an issued token a secret the HTTP tests know, as if it had been copied from the page. */
    private void known(long tokenId, String secret) {
        String hash = sha256(secret);
        db.nativeUpdate("delete from api_token where secret_hash = ?1", hash);
        db.nativeUpdate("update api_token set secret_hash = ?1 where id = ?2", hash, tokenId);
    }

    @Test
    @Order(2)
    @RunAsClient
    void withoutAGoodTokenTheAnswerIs401() {
        Reply none = new ApiClient(null).get("/resources");
        problem(none, 401, "unauthorized");
        assertEquals("Bearer realm=\"helpline\"", none.header("WWW-Authenticate"));
        assertEquals("no-store", none.header("Cache-Control"));
        assertEquals("nosniff", none.header("X-Content-Type-Options"));

        Reply unknown = new ApiClient("hlp_not-a-token-anyone-issued").get("/resources");
        problem(unknown, 401, "unauthorized");
        assertTrue(unknown.header("WWW-Authenticate").contains("invalid_token"));

        problem(new ApiClient(REVOKED_TOKEN).get("/resources"), 401, "unauthorized");
        problem(new ApiClient("Basic YWRtaW46YWRtaW4=").get("/resources"), 401, "unauthorized");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aTokenCarriesOnlyItsRolesAndNoSession() {
        Reply resources = ADVISER.get("/resources?q=fatigue");
        assertEquals(200, resources.status(), resources.body());
        assertNull(resources.header("Set-Cookie"), "an API request starts no session");
        assertEquals("no-store", resources.header("Cache-Control"));

        problem(MANAGER.get("/callers?q=07700"), 403, "forbidden");
        problem(ADVISER.get("/reports/monthly/2026-11"), 403, "forbidden");
        ApiClient scoped = new ApiClient(SCOPED_TOKEN);
        problem(scoped.get("/callers?q=07700"), 403, "forbidden");
        assertEquals(200, scoped.get("/reports/monthly/2026-11").status(), "the token's own role works");
    }

    @Test
    @Order(3)
    void oneTokenServesParallelRequests() throws Exception {
        long adviser = account("api-adviser", EnumSet.of(Role.ADVISER));
        long id = admin.call(() -> tokens.issue(adviser, "Phone system", EnumSet.of(Role.ADVISER), 30)).token().getId();
        known(id, PARALLEL_TOKEN);
        ApiClient client = new ApiClient(PARALLEL_TOKEN);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            // Twelve requests at once on the token's first use: each would note the use; none may fail for it.
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return client.get("/resources?q=fatigue");
                }));
            }
            start.countDown();
            for (Future<Reply> reply : replies) {
                Reply r = reply.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.status(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(db.nativeQuery("select last_used_at from api_token where id = ?1", id).get(0), "the use is noted");
        assertEquals(0L, ((Number) db.nativeQuery("select version from api_token where id = ?1", id).get(0)).longValue(),
                "noting a use does not change the token's version, so an admin editing it is not refused");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aContactLoggedThroughTheApiCanBeReadAndFound() {
        String phone = ContactForms.uniqueMobile();
        String key = UUID.randomUUID().toString();
        String body = namedContact(phone, "Fatigue at work");
        Reply logged = ADVISER.send("POST", "/contacts", body, null, "Idempotency-Key", key);
        assertEquals(201, logged.status(), logged.body());
        JsonObject contact = logged.json();
        long id = contact.getJsonNumber("id").longValue();
        assertTrue(logged.header("Location").endsWith("/helpline/api/v1/contacts/" + id), logged.header("Location"));
        assertEquals(List.of("symptoms.fatigue"), contact.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("api-adviser", contact.getString("adviser"));
        assertEquals(510, contact.getInt("durationSeconds"));
        assertFalse(contact.isNull("callerId"), "the adviser who logged it may identify the caller");

        Reply again = ADVISER.send("POST", "/contacts", body, null, "Idempotency-Key", key);
        assertEquals(id, again.json().getJsonNumber("id").longValue(), "the same Idempotency-Key logs it once");
        Reply another = ADVISER.send("POST", "/contacts", body.replace("Fatigue at work", "Another call"), null,
                "Idempotency-Key", key);
        problem(another, 409, "conflict");
        assertTrue(another.json().getString("detail").contains("Idempotency-Key"), another.body());

        Reply read = ADVISER.get(logged.header("Location").replaceFirst("^.*/helpline/api/v1", ""));
        assertEquals(200, read.status());
        assertEquals(contact.getString("summary"), read.json().getString("summary"));

        Reply callers = ADVISER.get("/callers?q=" + phone.replace(" ", ""));
        assertEquals(200, callers.status(), callers.body());
        assertEquals(1, callers.items().size(), callers.body());
        JsonObject caller = callers.items().getJsonObject(0);
        assertTrue(caller.getBoolean("identified"));
        assertEquals(contact.getJsonNumber("callerId").longValue(), caller.getJsonNumber("id").longValue());
        assertEquals(200, ADVISER.get("/callers/" + caller.getJsonNumber("id").longValue()).status());
        problem(ADVISER.get("/callers/999999999"), 404, "not-found");

        Reply found = ADVISER.get("/contacts?adviser=api-adviser&from=" + java.time.LocalDate.now().minusDays(1) + "&size=1");
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.items().size());
        assertTrue(found.json().getJsonNumber("total").longValue() >= 1);
        if (found.json().getJsonNumber("total").longValue() > 1) {
            assertTrue(found.header("Link").contains("rel=\"next\""), String.valueOf(found.header("Link")));
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aNonDataContactIsLoggedThroughTheApiAndCounted() {
        // A month of the 1900s, picked at random: the test database may be kept between runs.
        java.time.YearMonth month = java.time.YearMonth.of(1901 + java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(98), 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12));
        String started = month.atDay(15).atTime(21, 30).atZone(org.helpline.shared.HelplineTime.ZONE).toInstant().toString();
        long before = count(MANAGER.get("/reports/monthly/" + month), "contacts", "non-data");
        String body = "{\"nonDataKind\":\"SILENT\",\"channel\":\"phone\",\"line\":\"info-line\",\"startedAt\":\""
                + started + "\",\"durationSeconds\":40}";
        String key = UUID.randomUUID().toString();
        Reply logged = ADVISER.send("POST", "/contacts/non-data", body, null, "Idempotency-Key", key);
        assertEquals(201, logged.status(), logged.body());
        assertEquals("SILENT", logged.json().getString("nonData"), logged.body());
        assertEquals(40, logged.json().getInt("durationSeconds"));
        assertTrue(logged.json().getOrDefault("callerId", JsonValue.NULL) == JsonValue.NULL, "no caller");
        long id = logged.json().getJsonNumber("id").longValue();
        assertTrue(logged.header("Location").endsWith("/contacts/" + id), logged.header("Location"));
        assertEquals(id, ADVISER.send("POST", "/contacts/non-data", body, null, "Idempotency-Key", key).json()
                .getJsonNumber("id").longValue(), "the same key logs it once");
        problem(ADVISER.send("POST", "/contacts/non-data", body.replace("SILENT", "HANG_UP"), null,
                "Idempotency-Key", key), 409, "conflict");
        assertEquals(before + 1, count(MANAGER.get("/reports/monthly/" + month), "contacts", "non-data"),
                "counted in the month it started");

        Reply chatty = ADVISER.post("/contacts/non-data", body.replace("SILENT", "CHATTY"));
        problem(chatty, 422, "wrong-shape");
        assertEquals("nonDataKind", chatty.json().getJsonArray("errors").getJsonObject(0).getString("field"), chatty.body());
        field(ADVISER.post("/contacts/non-data", body.replace("\"nonDataKind\":\"SILENT\",", "")), "nonDataKind");
        Reply all = ADVISER.post("/contacts/non-data", body.replace("\"phone\"", "\"fax\"").replace("info-line", "nowhere")
                .replace("40}", "-1}").replace("\"nonDataKind\":\"SILENT\",", ""));
        problem(all, 400, "invalid-input");
        assertEquals(Set.of("nonDataKind", "channel", "line", "durationSeconds"), all.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()), "every field at once: " + all.body());
        field(ADVISER.post("/contacts/non-data", body.replace("info-line", "no-such-line")), "line");
        field(ADVISER.post("/contacts/non-data", body.replace("40}", "-1}")), "durationSeconds");
        field(ADVISER.post("/contacts/non-data", body.replace("40}", "90000}")), "durationSeconds");
        Reply unknown = ADVISER.post("/contacts/non-data", body.replace("{", "{\"summary\":\"hello\","));
        problem(unknown, 422, "wrong-shape");
        assertEquals("summary", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"), unknown.body());
        assertEquals(before + 1, count(MANAGER.get("/reports/monthly/" + month), "contacts", "non-data"),
                "nothing of a refused contact is saved");
    }

    /** A figure of the month from the API's monthly report. */
    private static long count(Reply report, String section, String row) {
        assertEquals(200, report.status(), report.body());
        JsonValue published = report.json().getOrDefault("publication", JsonValue.NULL);
        JsonValue now = published instanceof JsonObject p ? p.getOrDefault("sectionsNow", JsonValue.NULL) : JsonValue.NULL;
        jakarta.json.JsonArray sections = now instanceof jakarta.json.JsonArray a ? a : report.json().getJsonArray("sections");
        return sections.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(section)).flatMap(s -> s.getJsonArray("rows").stream())
                .map(JsonValue::asJsonObject).filter(r -> r.getString("code").equals(row))
                .mapToLong(r -> r.getJsonNumber("month").longValue()).findFirst().orElseThrow();
    }

    @Test
    @Order(5)
    @RunAsClient
    void badInputIsAProblemNamingTheField() {
        Reply noSummary = ADVISER.post("/contacts", namedContact(ContactForms.uniqueMobile(), "x").replace(
                "\"summary\":\"The caller asked about fatigue at work and FACETS.\",", ""));
        problem(noSummary, 400, "invalid-input");
        assertEquals("summary", noSummary.json().getJsonArray("errors").getJsonObject(0).getString("field"), noSummary.body());

        problem(ADVISER.post("/contacts", "{\"summary\": \"unfinished"), 400, "not-json");
        problem(ADVISER.post("/contacts", "{\"durationMinutes\": \"eight\"}"), 422, "wrong-shape");
        problem(ADVISER.send("POST", "/contacts", "summary=hello", "text/plain"), 415, "unsupported-media-type");
        problem(ADVISER.send("DELETE", "/contacts", null, null), 405, "method-not-allowed");
        problem(ADVISER.get("/no-such-thing"), 404, "not-found");

        field(ADVISER.get("/callers?q="), "q");
        field(ADVISER.get("/resources?page=two"), "page");
        field(ADVISER.get("/resources?size=1000"), "size");
        for (String list : List.of("/resources?", "/callers?q=07700&", "/contacts?", "/cases?", "/follow-ups?", "/referrals?caller=1&")) {
            field(ADVISER.get(list + "page=2147483647&size=100"), "page");
            field(ADVISER.get(list + "page=1000001"), "page");
        }
        Reply pastTheEnd = ADVISER.get("/resources?page=1000000&size=100");
        assertEquals(200, pastTheEnd.status(), "a page past the end of the list is empty: " + pastTheEnd.body());
        assertTrue(pastTheEnd.items().isEmpty());
        assertTrue(pastTheEnd.json().getJsonNumber("total").longValue() > 0);

        String phone = ContactForms.uniqueMobile().replace(" ", "");
        String hostile = namedContact(phone, "Hostile").replace("\"consentGiven\":true", "\"consentGiven\":\"yes\"")
                .replace("\"followUpNeeded\":true", "\"followUpNeeded\":\"yes\"")
                .replace("\"durationMinutes\":8,\"durationSeconds\":30", "\"durationMinutes\":1.5,\"durationSeconds\":4294967356");
        for (String body : List.of(hostile, hostile.replace("{\"startedAt\"", "{\"colour\":\"blue\",\"startedAt\""))) {
            Reply refused = ADVISER.post("/contacts", body);
            problem(refused, 422, "wrong-shape");
            Set<String> fields = refused.json().getJsonArray("errors").stream()
                    .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
            Set<String> expected = new java.util.HashSet<>(Set.of("consentGiven", "followUpNeeded", "durationSeconds", "durationMinutes"));
            if (body.contains("colour")) {
                expected.add("colour");
            }
            assertEquals(expected, fields, refused.body());
        }
        problem(ADVISER.post("/contacts", namedContact(phone, "Twice").replace("\"consentGiven\":true",
                "\"consentGiven\":false,\"consentGiven\":true")), 400, "not-json");
        assertEquals(0, ADVISER.get("/callers?q=" + phone).items().size(), "nothing of a refused contact is saved");
        field(ADVISER.get("/contacts?from=yesterday"), "from");
        field(ADVISER.get("/contacts?sort=best"), "sort");
        field(MANAGER.get("/reports/monthly/November"), "month");
        for (Reply r : List.of(ADVISER.get("/resources?page=two"), ADVISER.post("/contacts", "{\"summary\": \"unfinished"))) {
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void aCaseChangesOnlyWithTheETagItWasReadWith() {
        Reply logged = ADVISER.post("/contacts", namedContact(ContactForms.uniqueMobile(), "Housing adaptations"));
        assertEquals(201, logged.status(), logged.body());
        String number = logged.json().getString("caseNumber");
        JsonObject mine = ADVISER.get("/cases?queue=mine&size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("number").equals(number)).findFirst().orElseThrow();
        long id = mine.getJsonNumber("id").longValue();

        Reply read = ADVISER.get("/cases/" + id);
        assertEquals(200, read.status());
        String etag = read.header("ETag");
        assertNotNull(etag);
        int events = read.json().getJsonArray("timeline").size();

        problem(ADVISER.post("/cases/" + id + "/notes", "{\"text\": \"Sent the adaptations factsheet.\"}"), 428, "if-match-required");
        Reply noted = ADVISER.send("POST", "/cases/" + id + "/notes", "{\"text\": \"Sent the adaptations factsheet.\"}", null,
                "If-Match", etag);
        assertEquals(200, noted.status(), noted.body());
        assertNotEquals(etag, noted.header("ETag"), "a change gives a new ETag");
        assertEquals(events + 1, noted.json().getJsonArray("timeline").size());

        Reply stale = ADVISER.send("POST", "/cases/" + id + "/notes", "{\"text\": \"A second note on an old copy.\"}", null,
                "If-Match", etag);
        problem(stale, 412, "stale");
        assertEquals(events + 1, ADVISER.get("/cases/" + id).json().getJsonArray("timeline").size(), "nothing was added");

        field(ADVISER.send("PUT", "/cases/" + id + "/status", "{\"status\": \"SOMEWHERE\"}", null, "If-Match",
                noted.header("ETag")), "status");
        Reply moved = ADVISER.send("PUT", "/cases/" + id + "/status", "{\"status\": \"awaiting-caller\"}", null, "If-Match",
                noted.header("ETag"));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("AWAITING_CALLER", moved.json().getString("status"));
        Reply taken = ADVISER.send("POST", "/cases/" + id + "/claim", null, null, "If-Match", moved.header("ETag"));
        problem(taken, 409, "conflict");
        assertEquals("owner", taken.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(ADVISER.get("/cases/999999999"), 404, "not-found");
    }

    @Test
    @Order(7)
    @RunAsClient
    void followUpsAndReferralsMoveOnWithIfMatch() {
        Reply logged = ADVISER.post("/contacts", namedContact(ContactForms.uniqueMobile(), "Fatigue course"));
        assertEquals(201, logged.status(), logged.body());
        long contactId = logged.json().getJsonNumber("id").longValue();
        long callerId = logged.json().getJsonNumber("callerId").longValue();

        JsonObject followUp = ADVISER.get("/follow-ups?queue=mine&size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("contactId") != null && f.getJsonNumber("contactId").longValue() == contactId)
                .findFirst().orElseThrow(() -> new AssertionError("the contact's callback is in my follow-ups"));
        long followUpId = followUp.getJsonNumber("id").longValue();
        Reply read = ADVISER.get("/follow-ups/" + followUpId);
        Reply tried = ADVISER.send("POST", "/follow-ups/" + followUpId + "/attempts", "{\"outcome\": \"NO_ANSWER\"}", null,
                "If-Match", read.header("ETag"));
        assertEquals(200, tried.status(), tried.body());
        assertEquals(1, tried.json().getInt("failedAttempts"));
        problem(ADVISER.send("POST", "/follow-ups/" + followUpId + "/attempts", "{\"outcome\": \"NO_ANSWER\"}", null,
                "If-Match", read.header("ETag")), 412, "stale");
        field(ADVISER.send("POST", "/follow-ups/" + followUpId + "/attempts", "{\"outcome\": \"MAYBE\"}", null,
                "If-Match", tried.header("ETag")), "outcome");

        Reply referred = ADVISER.post("/referrals", "{\"contactId\": " + contactId
                + ", \"service\": \"facets\", \"consentGiven\": true, \"sendNow\": false, \"note\": \"Wants the spring course.\"}");
        assertEquals(201, referred.status(), referred.body());
        assertEquals("PROPOSED", referred.json().getString("status"));
        long referralId = referred.json().getJsonNumber("id").longValue();
        assertTrue(ADVISER.get("/referrals?caller=" + callerId).items().stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == referralId));
        Reply sent = ADVISER.send("PUT", "/referrals/" + referralId + "/status", "{\"status\": \"SENT\"}", null,
                "If-Match", referred.header("ETag"));
        assertEquals(200, sent.status(), sent.body());
        assertEquals("SENT", sent.json().getString("status"));
        problem(ADVISER.send("PUT", "/referrals/" + referralId + "/status", "{\"status\": \"WITHDRAWN\", \"why\": \"x\"}", null,
                "If-Match", referred.header("ETag")), 412, "stale");
        field(ADVISER.post("/referrals", "{\"service\": \"facets\"}"), "contactId");
        field(ADVISER.get("/referrals"), "caller");
    }

    @Test
    @Order(7)
    @RunAsClient
    void aContactCompletesTheCallersFollowUpsItNamesOrNothingIsSaved() {
        Reply first = ADVISER.post("/contacts", namedContact(ContactForms.uniqueMobile(), "Results letter"));
        assertEquals(201, first.status(), first.body());
        long callerId = first.json().getJsonNumber("callerId").longValue();
        long callback = myFollowUpBookedOn(first.json().getJsonNumber("id").longValue());
        Reply other = ADVISER.post("/contacts", namedContact(ContactForms.uniqueMobile(), "Another caller"));
        long othersCallback = myFollowUpBookedOn(other.json().getJsonNumber("id").longValue());
        assertFalse(ADVISER.get("/follow-ups/" + callback).json().containsKey("completedByContactId"), "absent while open");

        String key = UUID.randomUUID().toString();
        Reply refused = ADVISER.send("POST", "/contacts", nextCall(callerId, callback, othersCallback), null,
                "Idempotency-Key", key);
        field(refused, "completesFollowUps[1]");
        assertEquals("OPEN", ADVISER.get("/follow-ups/" + callback).json().getString("status"), "nothing was saved");
        field(ADVISER.post("/contacts", nextCall(callerId, 999_999_999L)), "completesFollowUps[0]");

        // Had the refused contact been saved, the same key with another body would be 409.
        Reply logged = ADVISER.send("POST", "/contacts", nextCall(callerId, callback), null, "Idempotency-Key", key);
        assertEquals(201, logged.status(), logged.body());
        long contactId = logged.json().getJsonNumber("id").longValue();
        JsonObject done = ADVISER.get("/follow-ups/" + callback).json();
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(contactId, done.getJsonNumber("completedByContactId").longValue(), done.toString());
        assertEquals("OPEN", ADVISER.get("/follow-ups/" + othersCallback).json().getString("status"));
        Reply otherList = ADVISER.send("POST", "/contacts", nextCall(callerId, callback, othersCallback), null,
                "Idempotency-Key", key);
        problem(otherList, 409, "conflict");
        assertTrue(otherList.json().getString("detail").contains("Idempotency-Key"), "the list is part of the request");
        field(ADVISER.post("/contacts", nextCall(callerId, callback)), "completesFollowUps[0]");
    }

    /** The callback a contact of the API adviser's booked, from their own list. */
    private static long myFollowUpBookedOn(long contactId) {
        return ADVISER.get("/follow-ups?queue=mine&size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.containsKey("contactId") && f.getJsonNumber("contactId").longValue() == contactId)
                .findFirst().orElseThrow(() -> new AssertionError("the contact's callback is in my follow-ups"))
                .getJsonNumber("id").longValue();
    }

    private static final Instant NEXT_CALL_AT = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);

    /** A call from a caller already known, linked by id, that dealt with {@code followUps}. */
    private static String nextCall(long callerId, long... followUps) {
        return "{\"startedAt\":\"" + NEXT_CALL_AT + "\","
                + "\"durationMinutes\":4,\"durationSeconds\":0,\"callerType\":\"person-with-ms\","
                + "\"topics\":[\"symptoms.fatigue\"],\"summary\":\"She rang in: the letter came and she understood it.\","
                + "\"outcome\":\"information-given\",\"callerId\":" + callerId + ",\"completesFollowUps\":"
                + java.util.Arrays.stream(followUps).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]")) + "}";
    }

    @Test
    @Order(8)
    @RunAsClient
    void theDirectoryAndTheMonthlyFigures() {
        Reply fatigue = ADVISER.get("/resources?q=fatigue&size=50");
        assertEquals(200, fatigue.status(), fatigue.body());
        assertTrue(fatigue.items().stream().anyMatch(s -> s.asJsonObject().getString("code").equals("facets")), fatigue.body());
        Reply facets = ADVISER.get("/resources/facets");
        assertEquals(200, facets.status());
        assertTrue(facets.json().getBoolean("referrable"));
        problem(ADVISER.get("/resources/no-such-service"), 404, "not-found");

        Reply month = MANAGER.get("/reports/monthly/" + java.time.YearMonth.now());
        assertEquals(200, month.status(), month.body());
        assertEquals(java.time.YearMonth.now().toString(), month.json().getString("month"));
        assertTrue(month.json().getJsonArray("sections").stream()
                .anyMatch(s -> s.asJsonObject().getString("key").equals("topic")), month.body());
        field(MANAGER.get("/reports/monthly/2026-11?line=no-such-line"), "line");
    }

    @Test
    @Order(10)
    @RunAsClient
    void aRefusalIsOneLineInTheLogWithItsRequestIdAndNoStackTrace() throws Exception {
        long caseId = ADVISER.get("/cases?queue=mine&size=1").items().getJsonObject(0).getJsonNumber("id").longValue();
        String etag = ADVISER.get("/cases/" + caseId).header("ETag");
        String run = UUID.randomUUID().toString().substring(0, 8);
        ServerLog log = ServerLog.mark();

        Map<String, Reply> refused = new java.util.LinkedHashMap<>();
        refused.put("refusal-" + run + "-403a", MANAGER.send("GET", "/callers?q=07700", null, null, "X-Request-Id", "refusal-" + run + "-403a"));
        refused.put("refusal-" + run + "-403b", MANAGER.send("POST", "/cases/" + caseId + "/notes", "{\"text\": \"A note\"}", null,
                "If-Match", etag, "X-Request-Id", "refusal-" + run + "-403b"));
        refused.put("refusal-" + run + "-404", ADVISER.send("GET", "/cases/987654321", null, null, "X-Request-Id", "refusal-" + run + "-404"));
        refused.put("refusal-" + run + "-412", ADVISER.send("POST", "/cases/" + caseId + "/notes", "{\"text\": \"A note on an old copy\"}",
                null, "If-Match", "\"-1\"", "X-Request-Id", "refusal-" + run + "-412"));
        refused.put("refusal-" + run + "-400a", ADVISER.send("POST", "/contacts", "{not json", null, "X-Request-Id", "refusal-" + run + "-400a"));
        refused.put("refusal-" + run + "-400b", ADVISER.send("POST", "/contacts", "{}", null, "X-Request-Id", "refusal-" + run + "-400b"));
        refused.put("refusal-" + run + "-400c", ADVISER.send("GET", "/resources?size=abc", null, null, "X-Request-Id", "refusal-" + run + "-400c"));
        for (Map.Entry<String, Reply> answer : refused.entrySet()) {
            int status = answer.getValue().status();
            assertTrue(status >= 400 && status < 500, answer.getKey() + " answered " + status + ": " + answer.getValue().body());
            assertEquals(answer.getKey(), answer.getValue().header("X-Request-Id"));
        }

        List<String> records = log.records();
        for (String id : refused.keySet()) {
            List<String> mine = records.stream().filter(r -> r.contains("[" + id + "]")).toList();
            assertTrue(mine.stream().anyMatch(r -> r.matches("(?s)\\S+ \\S+ (WARN|WARNING|INFO) .*")), id + " has a WARN or INFO line: " + mine);
            assertTrue(mine.stream().noneMatch(r -> r.contains(" ERROR ")), id + " is logged as an error: " + mine);
        }
        assertEquals(List.of(), records.stream().filter(ServerLog::hasStackTrace).toList(), "no stack trace for a refusal");
    }

    @Test
    @Order(9)
    @RunAsClient
    void theOpenApiDocumentDescribesEveryResource() {
        Reply document = new ApiClient(null).get("//openapi?format=JSON");
        assertEquals(200, document.status(), document.body());
        JsonObject paths = document.json().getJsonObject("paths");
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/helpline/api/v1/callers", List.of("get")), Map.entry("/helpline/api/v1/callers/{id}", List.of("get")),
                Map.entry("/helpline/api/v1/contacts", List.of("get", "post")), Map.entry("/helpline/api/v1/contacts/{id}", List.of("get")),
                Map.entry("/helpline/api/v1/cases", List.of("get")), Map.entry("/helpline/api/v1/cases/{id}", List.of("get")),
                Map.entry("/helpline/api/v1/cases/{id}/notes", List.of("post")), Map.entry("/helpline/api/v1/cases/{id}/status", List.of("put")),
                Map.entry("/helpline/api/v1/cases/{id}/closure", List.of("post")), Map.entry("/helpline/api/v1/cases/{id}/follow-ups", List.of("post")),
                Map.entry("/helpline/api/v1/follow-ups", List.of("get")), Map.entry("/helpline/api/v1/follow-ups/{id}/attempts", List.of("post")),
                Map.entry("/helpline/api/v1/referrals", List.of("get", "post")), Map.entry("/helpline/api/v1/referrals/{id}/status", List.of("put")),
                Map.entry("/helpline/api/v1/resources", List.of("get")), Map.entry("/helpline/api/v1/resources/{code}", List.of("get")),
                Map.entry("/helpline/api/v1/reports/monthly/{month}", List.of("get")),
                Map.entry("/helpline/api/v1/telephony/events", List.of("post")));
        for (Map.Entry<String, List<String>> path : expected.entrySet()) {
            JsonObject item = paths.getJsonObject(path.getKey());
            assertNotNull(item, path.getKey() + " is described; described: " + paths.keySet());
            for (String method : path.getValue()) {
                JsonObject operation = item.getJsonObject(method);
                assertNotNull(operation, method + " " + path.getKey());
                assertFalse(operation.getString("summary", "").isBlank(), "a summary for " + method + " " + path.getKey());
                assertFalse(operation.getJsonObject("responses").isEmpty(), "responses for " + method + " " + path.getKey());
            }
        }
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                if (op.getValue() instanceof JsonObject operation && operation.containsKey("responses")) {
                    assertTrue(operation.containsKey("summary"), "every operation is summarised: " + op.getKey() + " " + path);
                }
            }
        }
        JsonObject components = document.json().getJsonObject("components");
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"));
        JsonObject logContact = paths.getJsonObject("/helpline/api/v1/contacts").getJsonObject("post");
        assertTrue(logContact.getString("description").contains("completesFollowUps"), logContact.toString());
        assertTrue(logContact.getJsonObject("responses").getJsonObject("400").getString("description")
                .contains("completesFollowUps[i]"), logContact.toString());
        assertTrue(components.getJsonObject("schemas").getJsonObject("FollowUp").getJsonObject("properties")
                .containsKey("completedByContactId"));
        assertTrue(components.getJsonObject("securitySchemes").containsKey("token"));
    }

    private static String namedContact(String phone, String caseTitle) {
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).truncatedTo(ChronoUnit.DAYS);
        return "{\"startedAt\":\"" + Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS) + "\","
                + "\"durationMinutes\":8,\"durationSeconds\":30,\"callerType\":\"person-with-ms\","
                + "\"topics\":[\"symptoms.fatigue\"],"
                + "\"summary\":\"The caller asked about fatigue at work and FACETS.\","
                + "\"outcome\":\"information-given\",\"fullName\":\"" + ContactForms.uniqueName("Api", "Caller") + "\","
                + "\"phone\":\"" + phone + "\",\"consentGiven\":true,"
                + "\"caseChoice\":\"OPEN_NEW\",\"newCaseTitle\":\"" + caseTitle + "\","
                + "\"followUpNeeded\":true,\"followUp\":{\"kind\":\"CALLBACK\",\"dueFrom\":\"" + tomorrow.plusHours(10)
                + "\",\"dueUntil\":\"" + tomorrow.plusHours(12) + "\",\"numberToRing\":\"" + phone
                + "\",\"reason\":\"Ring back about the FACETS course dates.\"}}";
    }

    @Test
    @Order(11)
    @RunAsClient
    void anEmailEnquiryIsReadAndAnsweredThroughTheApi() {
        String id = TestMail.uniqueId();
        String subject = "API enquiry " + id;
        String from = TestMail.uniqueAddress("Api");
        TestMail.send(TestMail.plain(from, subject, id, "Where is my nearest MS nurse?"));
        TestMail.awaitFiled(id);

        Reply queue = ADVISER.get("/emails?size=100");
        assertEquals(200, queue.status(), queue.body());
        JsonObject item = queue.items().stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("subject").equals(subject)).findFirst().orElseThrow();
        assertEquals("WAITING", item.getString("status"));
        long enquiry = item.getJsonNumber("id").longValue();

        Reply read = ADVISER.get("/emails/" + enquiry);
        assertEquals(200, read.status(), read.body());
        assertTrue(read.json().getJsonArray("emails").getJsonObject(0).getString("text").contains("nearest MS nurse"));

        String etag = read.header("ETag");
        assertNotNull(etag, "an enquiry is read with its version");
        String replies = "/emails/" + enquiry + "/replies";
        problem(ADVISER.post(replies, "{\"text\": \"Your GP can refer you.\"}"), 428, "if-match-required");
        field(ADVISER.send("POST", replies, "{\"text\": \"  \"}", null, "If-Match", etag), "text");
        problem(ADVISER.send("POST", replies, "{\"text\": \"Hi\", \"cc\": \"x@example.org\"}", null, "If-Match", etag),
                422, "wrong-shape");

        // The correspondent writes again before the adviser answers: a reply to the version read is refused, so
        // that it cannot go unseen; read again, it goes.
        String again = TestMail.uniqueId();
        TestMail.send(TestMail.plain(from, "Re: " + subject, again, "Also: is the nurse on the phone too?")
                .replace("MIME-Version", "In-Reply-To: " + id + "\r\nReferences: " + id + "\r\nMIME-Version"));
        TestMail.awaitFiled(again);
        problem(ADVISER.send("POST", replies, "{\"text\": \"Your GP can refer you.\"}", null, "If-Match", etag),
                412, "stale");
        Reply reread = ADVISER.get("/emails/" + enquiry);
        assertEquals(2, reread.json().getJsonArray("emails").stream().filter(e -> e.asJsonObject().getString("direction")
                .equals("INBOUND")).count(), reread.body());
        Reply sent = ADVISER.send("POST", replies, "{\"text\": \"Your GP can refer you to the MS nurse.\"}", null,
                "If-Match", reread.header("ETag"));
        assertEquals(201, sent.status(), sent.body());
        assertEquals(from, sent.json().getString("to"));
        assertEquals("ANSWERED", ADVISER.get("/emails/" + enquiry).json().getString("status"));
        TestMail.waitUntil("the reply delivered", java.time.Duration.ofSeconds(20),
                () -> TestMail.messageIds(from, from, "INBOX").contains(sent.json().getString("messageId")));

        problem(ADVISER.get("/emails/987654321"), 404, "not-found");
        problem(ADVISER.post("/emails/987654321/take", "{}"), 404, "not-found");
        assertEquals(403, MANAGER.get("/emails").status(), "managers read reports, not emails");
    }

    private static void problem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json"),
                reply.header("Content-Type") + ": " + reply.body());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").endsWith("/" + type), problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
    }

    private static void field(Reply reply, String field) {
        problem(reply, 400, "invalid-input");
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
