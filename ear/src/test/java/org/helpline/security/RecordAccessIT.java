package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUpKind;
import org.helpline.safeguarding.RiskKind;
import org.helpline.safeguarding.RiskLevel;
import org.helpline.supervision.Reviews;
import org.helpline.testing.ApiClient;
import org.helpline.testing.ApiClient.Reply;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.PageSignIn;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one record-access rule, proven by enumeration rather than by a list of the paths someone remembered: a
 * caller is made with everything that can hang off them (a contact, a case, a follow-up, a referral, a risk flag
 * and its safeguarding alert, a quality review), all by one adviser; then a second adviser, who does not work with
 * that caller, tries every API operation the live OpenAPI description lists that takes an id (in its path, its
 * query or its body), with no body, an empty one and a full one, and every page that takes an id. Every answer
 * must be 404 (or 403 where the role alone refuses), nothing may be written, and no answer may hold anything of
 * the caller. A new operation or page is covered without editing this test.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordAccessIT {

    private static final String OUTSIDER_TOKEN = "hlp_test-outsider-token-001";
    private static final int PORT = Integer.getInteger("helpline.http.port", 8180);

    /** The fresh caller's records by kind, and what of them must never be shown to the outsider. */
    private static final Map<String, Long> IDS = new LinkedHashMap<>();
    private static final List<String> SECRETS = new ArrayList<>();

    @Inject
    AsAdviser adviser;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsAdmin admin;

    @Inject
    ContactLog log;

    @Inject
    Reviews reviews;

    @Inject
    ApiTokens tokens;

    @Inject
    Database db;

    @Test
    @Order(1)
    void oneAdviserWorksWithAFreshCallerAndTheOtherDoesNot() {
        String name = ContactForms.uniqueName("Enid", "Lockhart");
        String phone = ContactForms.uniqueMobile();
        String summaryWord = ContactForms.unique();
        String caseWord = ContactForms.unique();
        String reasonWord = ContactForms.unique();
        ContactForm form = ContactForms.namedCall(name, phone);
        form.getContact().setSummary("Worried about relapses; " + summaryWord + " mentioned low mood.");
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Support after diagnosis " + caseWord);
        form.getContact().setFollowUpNeeded(true);
        FollowUpForm callback = new FollowUpForm();
        callback.setKind(FollowUpKind.CALLBACK);
        callback.setDueFrom(LocalDate.now().plusDays(1).atTime(10, 0));
        callback.setDueUntil(LocalDateTime.of(LocalDate.now().plusDays(1), java.time.LocalTime.of(12, 0)));
        callback.setReason("Ring back about " + reasonWord);
        form.setFollowUp(callback);
        form.getContact().setReferralNeeded(true);
        form.getReferral().setReferTo("facets");
        form.getReferral().setReferralConsent(true);
        form.getRisk().setRisks(EnumSet.of(RiskKind.RISK_TO_LIFE));
        form.getRisk().setRiskLevel(RiskLevel.HIGH);
        long contactId = adviser.call(() -> log.log(form).getId());

        IDS.put("contact", contactId);
        IDS.put("caller", id("select caller_id from contact where id = ?1", contactId));
        IDS.put("case", id("select case_id from contact where id = ?1", contactId));
        IDS.put("follow-up", id("select min(id) from follow_up where contact_id = ?1", contactId));
        IDS.put("referral", id("select id from referral where contact_id = ?1", contactId));
        IDS.put("risk-flag", id("select id from risk_flag where contact_id = ?1", contactId));
        IDS.put("alert", id("select a.id from safeguarding_alert a join risk_flag f on a.risk_flag_id = f.id "
                + "where f.contact_id = ?1", contactId));
        IDS.put("review", supervisor.call(() -> reviews.pick(contactId).getId()));
        String caseNumber = (String) db.nativeQuery("select case_number from helpline_case where id = ?1", IDS.get("case")).get(0);
        SECRETS.addAll(List.of(name.split(" ")[2], phone.replace(" ", "").substring(5), summaryWord, caseWord, reasonWord,
                caseNumber));
        assertEquals(0L, ((Number) db.nativeQuery("select count(*) from follow_up where caller_id = ?1 and owner_id is null",
                IDS.get("caller")).get(0)).longValue(), "nothing of the caller waits in the team queue for anyone to see");

        long outsider = id("select id from user_account where username = ?1", "adviser2");
        long tokenId = admin.call(() -> tokens.issue(outsider, "Record access test", EnumSet.of(Role.ADVISER), 1)).token().getId();
        db.nativeUpdate("delete from api_token where secret_hash = ?1", sha256(OUTSIDER_TOKEN));
        db.nativeUpdate("update api_token set secret_hash = ?1 where id = ?2", sha256(OUTSIDER_TOKEN), tokenId);
    }

    @Test
    @Order(2)
    void everyApiOperationThatTakesAnIdAnswersNotFoundAndWritesNothing() {
        ApiClient outsider = new ApiClient(OUTSIDER_TOKEN, PORT);
        JsonObject openApi = Json.createReader(new StringReader(new ApiClient(null, PORT)
                .get("//openapi?format=JSON").body())).readObject();
        JsonObject schemas = openApi.getJsonObject("components").getJsonObject("schemas");
        String before = census();
        int operations = 0;
        int requests = 0;
        List<String> failures = new ArrayList<>();
        List<String> notAboutCallers = new ArrayList<>();
        for (var path : openApi.getJsonObject("paths").entrySet()) {
            String address = path.getKey().replaceFirst("^(/helpline)?/api/v1", "");
            for (var op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject operation = op.getValue().asJsonObject();
                JsonObject bodySchema = bodySchema(operation, schemas);
                // Each place the operation takes an id: in its path, its query or its body, and the kind it names.
                List<String[]> slots = new ArrayList<>();
                for (JsonValue p : operation.getJsonArray("parameters") == null ? List.<JsonValue>of()
                        : operation.getJsonArray("parameters")) {
                    String name = p.asJsonObject().getString("name");
                    String in = p.asJsonObject().getString("in");
                    if (isId(name) && ("path".equals(in) || "query".equals(in))) {
                        slots.add(new String[] {in, name, "path".equals(in) ? firstPart(address) : kindOf(name)});
                    }
                }
                if (bodySchema != null && bodySchema.containsKey("properties")) {
                    bodySchema.getJsonObject("properties").keySet().stream().filter(RecordAccessIT::isIdField)
                            .forEach(field -> slots.add(new String[] {"body", field, kindOf(field)}));
                }
                if (slots.isEmpty()) {
                    continue;
                }
                operations++;
                for (String[] slot : slots) {
                    Long fresh = IDS.get(slot[2]);
                    if (fresh == null) {
                        notAboutCallers.add(method + " " + address + " " + slot[1]);
                        continue;
                    }
                    String url = address;
                    if ("path".equals(slot[0])) {
                        url = url.replace("{" + slot[1] + "}", String.valueOf(fresh));
                    } else if ("query".equals(slot[0])) {
                        url = url + "?" + slot[1] + "=" + fresh;
                    }
                    url = url.replaceAll("\\{[^}]+}", "1");
                    List<String> bodies = new ArrayList<>();
                    if (bodySchema == null) {
                        bodies.add(null);
                    } else {
                        JsonObjectBuilder full = Json.createObjectBuilder(sample(bodySchema, schemas));
                        if ("body".equals(slot[0])) {
                            full.add(slot[1], fresh);
                            bodies.add(Json.createObjectBuilder().add(slot[1], fresh).build().toString());
                        } else {
                            bodies.add(null);
                            bodies.add("{}");
                            bodies.add("{\"unknown\": [1, \"x\"]}");
                        }
                        bodies.add(full.build().toString());
                    }
                    for (String body : bodies) {
                        Reply reply = outsider.send(method, url, body, body == null ? null : "application/json",
                                "If-Match", "\"0\"");
                        requests++;
                        String seen = method + " " + url + (body == null ? "" : " " + body) + " -> " + reply.status();
                        if (reply.status() != 404 && reply.status() != 403) {
                            failures.add(seen + " " + reply.body());
                        }
                        for (String secret : SECRETS) {
                            if (reply.body().contains(secret)) {
                                failures.add(seen + " shows " + secret);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("RecordAccessIT: %d API operations take an id; %d requests as an adviser who does not work "
                + "with the caller; ids not about a caller: %s%n", operations, requests, notAboutCallers);
        assertTrue(operations >= 15, "the OpenAPI description lists the operations: " + operations);
        assertEquals(List.of(), failures);
        assertEquals(before, census(), "nothing written");
    }

    @Test
    @Order(3)
    void everyPageThatTakesAnIdShowsNothingOfTheCaller() throws Exception {
        HttpClient browser = new PageSignIn(PORT).session("adviser2", "adviser2-demo-2026");
        Path webapp = Path.of(System.getProperty("helpline.webapp.dir"));
        Pattern viewParam = Pattern.compile("<f:viewParam name=\"([^\"]+)\"");
        String before = census();
        int pages = 0;
        int requests = 0;
        List<String> failures = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(webapp)) {
            files = all.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF")).sorted().toList();
        }
        for (Path file : files) {
            Set<String> ids = new TreeSet<>();
            Matcher m = viewParam.matcher(Files.readString(file));
            while (m.find()) {
                if (isId(m.group(1))) {
                    ids.add(m.group(1));
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            pages++;
            String page = webapp.relativize(file).toString().replace('\\', '/');
            for (String param : ids) {
                for (var fresh : IDS.entrySet()) {
                    String url = "http://127.0.0.1:" + PORT + "/helpline/" + page + "?" + param + "=" + fresh.getValue()
                            + ("history".equals(page.replaceAll(".*/|\\.xhtml", "")) ? "&record=" + fresh.getKey() : "");
                    HttpResponse<String> reply = browser.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    requests++;
                    String seen = "GET " + page + "?" + param + "=" + fresh.getValue() + " (" + fresh.getKey() + ") -> "
                            + reply.statusCode();
                    assertFalse(reply.uri().getPath().endsWith("login.xhtml"), "still signed in at " + seen);
                    if (subject(page, param).equals(fresh.getKey().replace("-", ""))
                            && reply.statusCode() != 404 && reply.statusCode() != 403) {
                        failures.add(seen + ": its own kind of record, hidden, must be not found");
                    }
                    if (reply.statusCode() >= 500) {
                        failures.add(seen + " (server error)");
                    }
                    for (String secret : SECRETS) {
                        if (reply.body().contains(secret)) {
                            failures.add(seen + " shows " + secret);
                        }
                    }
                }
            }
        }
        System.out.printf("RecordAccessIT: %d pages that take an id, %d requests as an adviser who does not work with "
                + "the caller%n", pages, requests);
        assertTrue(pages >= 5, "the pages are found: " + pages);
        assertEquals(List.of(), failures);
        assertEquals(before, census(), "nothing written");
    }

    /**
     * The kind of record a page's parameter names, without hyphens: {@code followUp} a follow-up; a page's {@code id}
     * names what the page is (supervision/alert.xhtml an alert) or what its folder holds (cases/view.xhtml a case).
     */
    private static String subject(String page, String param) {
        if (!"id".equals(param)) {
            return param.toLowerCase(java.util.Locale.ROOT);
        }
        String[] parts = page.replace(".xhtml", "").split("/");
        String name = parts[parts.length - 1];
        return IDS.containsKey(name) || parts.length == 1 ? name : parts[0].replaceFirst("s$", "");
    }

    /** A parameter or field that names a record: {@code id}, {@code caseId}, {@code caller}, {@code followUp}... */
    private static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id")
                || Set.of("caller", "contact", "case", "followUp", "referral", "alert", "review", "call").contains(name);
    }

    /** A body's field that names a record: {@code caseId}, {@code callerId}. */
    private static boolean isIdField(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    /** The kind of record a path names: {@code /cases/{id}/notes} a case, {@code /follow-ups/...} a follow-up. */
    private static String firstPart(String address) {
        return address.replaceFirst("^/", "").split("/")[0].replaceFirst("s$", "");
    }

    /** The kind of record a parameter or field names: {@code caseId} a case, {@code followUpId} a follow-up. */
    private static String kindOf(String name) {
        return name.replaceFirst("Id$", "").replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonObject bodySchema(JsonObject operation, JsonObject schemas) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null) {
            return null;
        }
        JsonObject content = body.getJsonObject("content");
        JsonObject json = content == null ? null : content.getJsonObject("application/json");
        return json == null ? null : resolve(json.getJsonObject("schema"), schemas);
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema != null && schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** A body with a plausible value in every field but those that name a record. */
    private static JsonObject sample(JsonObject schema, JsonObject schemas) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (schema.containsKey("properties")) {
            for (var property : schema.getJsonObject("properties").entrySet()) {
                JsonObject field = resolve(property.getValue().asJsonObject(), schemas);
                String type = field.getString("type", "object");
                if (isIdField(property.getKey())) {
                    continue;
                }
                if (field.containsKey("enum")) {
                    body.add(property.getKey(), field.getJsonArray("enum").get(0));
                } else {
                    switch (type) {
                        case "integer", "number" -> body.add(property.getKey(), 1);
                        case "boolean" -> body.add(property.getKey(), true);
                        case "array" -> body.add(property.getKey(), Json.createArrayBuilder());
                        case "string" -> body.add(property.getKey(), switch (field.getString("format", "")) {
                            case "date" -> LocalDate.now().plusDays(1).toString();
                            case "date-time" -> java.time.Instant.now().minusSeconds(600).toString();
                            case "local-date-time" -> LocalDate.now().plusDays(1).atTime(10, 0).toString();
                            default -> "a note";
                        });
                        default -> {
                        }
                    }
                }
            }
        }
        return body.build();
    }

    /** Rows in every table of caller data, and the versions of the fresh caller's records. */
    private String census() {
        StringBuilder counts = new StringBuilder();
        for (String table : List.of("caller", "caller_phone", "contact", "helpline_case", "case_event", "follow_up",
                "follow_up_event", "referral", "referral_event", "risk_flag", "safeguarding_alert", "contact_review",
                "contact_draft", "notice", "legal_hold", "caller_erasure")) {
            // The escalation timer may escalate a follow-up an earlier test left overdue at any tick; no request does.
            String rows = table.equals("follow_up_event") ? table + " where kind <> 'ESCALATED'" : table;
            counts.append(table).append('=').append(db.nativeQuery("select count(*) from " + rows).get(0)).append(' ');
        }
        for (String[] versioned : new String[][] {{"caller", "caller"}, {"contact", "contact"}, {"case", "helpline_case"},
                {"follow-up", "follow_up"}, {"referral", "referral"}, {"alert", "safeguarding_alert"},
                {"review", "contact_review"}}) {
            counts.append(versioned[0]).append(" v").append(db.nativeQuery("select version from " + versioned[1]
                    + " where id = ?1", IDS.get(versioned[0])).get(0)).append(' ');
        }
        return counts.toString();
    }

    private long id(String sql, Object parameter) {
        return ((Number) db.nativeQuery(sql, parameter).get(0)).longValue();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
