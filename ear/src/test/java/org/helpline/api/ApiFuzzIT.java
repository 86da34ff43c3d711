package org.helpline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

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
import org.helpline.testing.ApiClient;
import org.helpline.testing.ApiClient.Reply;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsNobody;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.PhoneEvents;

/**
 * Every JSON body the API takes, as its live OpenAPI description says it, sent wrong: each property with the
 * wrong JSON type, out of range, null, and with a field the body does not have, at every depth. None may be
 * a 500; each refusal is a problem naming the field sent wrong, and nothing is written. An operation added
 * later is covered as soon as it is described. The records whose ids the paths take are the token user's
 * own, made here, so that it is the body that is judged. Also: idempotency keys are each user's own.
 * Runs inside the server, to count rows, and calls the API over HTTP as an integration would.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzIT {

    private static final String ADVISER_TOKEN = "hlp_fuzz-adviser-token-00001";
    private static final String SECOND_TOKEN = "hlp_fuzz-adviser2-token-0001";
    private static final String ROOT = "/helpline/api/v1";

    /** The tables a request could write to; each must hold as many rows after a refused request as before. */
    private static final List<String> TABLES = List.of("contact", "contact_topic", "contact_article", "caller", "caller_phone",
            "helpline_case", "case_event", "risk_flag", "safeguarding_alert", "follow_up", "follow_up_event", "referral",
            "referral_event", "contact_draft", "phone_call", "call_event");

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
    void idempotencyKeysAreEachUsersOwn() {
        ApiClient adviser = client("fuzz-adviser", ADVISER_TOKEN);
        ApiClient second = client("fuzz-adviser2", SECOND_TOKEN);
        String key = UUID.randomUUID().toString();
        String mine = contact(ContactForms.uniqueMobile(), "Mine");
        Reply first = adviser.send("POST", "/contacts", mine, null, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        long id = first.json().getJsonNumber("id").longValue();

        String theirs = contact(ContactForms.uniqueMobile(), "Theirs");
        Reply other = second.send("POST", "/contacts", theirs, null, "Idempotency-Key", key);
        assertEquals(201, other.status(), other.body());
        assertNotEquals(id, other.json().getJsonNumber("id").longValue(), "another user's key is their own");
        assertEquals("fuzz-adviser2", other.json().getString("adviser"));
        assertFalse(other.body().contains("Mine"), "nothing of the first user's contact comes back");
        assertEquals(other.json().getJsonNumber("id"), second.send("POST", "/contacts", theirs, null, "Idempotency-Key", key)
                .json().getJsonNumber("id"), "their retry answers their contact");

        assertEquals(id, adviser.send("POST", "/contacts", mine, null, "Idempotency-Key", key).json().getJsonNumber("id")
                .longValue(), "a retry answers the first contact");
        long before = count("contact");
        Reply changed = adviser.send("POST", "/contacts", mine.replace("Mine", "Changed"), null, "Idempotency-Key", key);
        assertEquals(409, changed.status(), changed.body());
        assertTrue(changed.body().contains("Idempotency-Key"), changed.body());
        assertEquals(before, count("contact"));
        assertEquals(2L, ((Number) db.nativeQuery("select count(*) from contact where idempotency_key = ?1", key).get(0))
                .longValue());
    }

    @Test
    @Order(2)
    void everyJsonBodyRefusesWhatDoesNotFitNamingTheField() throws Exception {
        ApiClient adviser = client("fuzz-adviser", ADVISER_TOKEN);
        Map<String, String> ids = records(adviser);
        Reply description = new ApiClient(null).get("//openapi?format=JSON");
        assertEquals(200, description.status(), description.body());
        JsonObject document = description.json();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");

        int operations = 0;
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int nullsTaken = 0;
        List<String> covered = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith(ROOT + "/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (!(method.getValue() instanceof JsonObject operation) || jsonSchema(operation) == null) {
                    continue;
                }
                operations++;
                Operation op = new Operation(method.getKey().toUpperCase(), path.getKey(), operation, schemas, ids);
                covered.add(op.method + " " + op.path);
                JsonObject base = op.base();
                for (Mutation mutation : mutations(base, op.schema(), schemas, "")) {
                    kinds.merge(mutation.kind, 1, Integer::sum);
                    nullsTaken += judge(adviser, op, mutation);
                }
            }
        }
        int mutations = kinds.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("API fuzz: %d operations with a JSON body, %d mutations %s; %d nulls of optional fields taken; "
                + "covered %s%n", operations, mutations, kinds, nullsTaken, covered);
        assertTrue(covered.contains("POST " + ROOT + "/contacts"), "the contact body is described: " + covered);
        assertTrue(covered.contains("POST " + ROOT + "/telephony/events"), "the phone events are described: " + covered);
        assertTrue(operations >= 12, "every body is found: " + covered);
        assertTrue(mutations > 100, mutations + " mutations");
    }

    /** Sends one mutation; returns 1 if it was a null the operation took as "not given". */
    private int judge(ApiClient adviser, Operation op, Mutation mutation) {
        long[] rows = rows();
        String version = op.version(adviser);
        Reply reply = op.send(adviser, mutation.body);
        String what = op.method + " " + op.path + " with " + mutation + ": " + reply;
        assertTrue(reply.status() < 500, "never a server error: " + what);
        if (mutation.kind.equals("null") && reply.status() < 300) {
            assertFalse(mutation.required, "a null where a value is required is refused: " + what);
            return 1;
        }
        assertTrue(reply.status() == 400 || reply.status() == 422 || reply.status() == 404 && op.hasId
                || mutation.kind.equals("null") && Set.of(404, 409).contains(reply.status()), "refused: " + what);
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json"), what);
        if (mutation.named) {
            JsonArray errors = reply.json().getJsonArray("errors");
            assertNotNull(errors, "the fields at fault are listed: " + what);
            List<String> fields = errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
            assertTrue(fields.contains(mutation.field), "the field " + mutation.field + " is named: " + what);
            if (mutation.kind.equals("unknown")) {
                assertEquals(List.of(mutation.field), fields, "the rest of the body fits, so only the unknown field: " + what);
            }
        }
        assertTrue(Arrays.equals(rows, rows()), "nothing written: " + what + "; rows of " + TABLES + " were "
                + Arrays.toString(rows) + ", now " + Arrays.toString(rows()));
        assertEquals(version, op.version(adviser), "the record is unchanged: " + what);
        return 0;
    }

    /** A body sent wrong in one place. */
    private record Mutation(String kind, String field, boolean named, boolean required, String body) {
        @Override
        public String toString() {
            return kind + " " + field + " (" + body.substring(0, Math.min(body.length(), 300)) + ")";
        }
    }

    /** Each wrong version of {@code base}: every property at every depth, and an unknown field at each level. */
    private static List<Mutation> mutations(JsonObject base, JsonObject schema, JsonObject schemas, String prefix) {
        List<Mutation> all = new ArrayList<>();
        JsonObject properties = resolve(schema, schemas).getJsonObject("properties");
        Set<String> required = required(resolve(schema, schemas));
        String unknown = prefix + "fuzzNoSuchField";
        all.add(new Mutation("unknown", unknown, true, false, with(base, "fuzzNoSuchField", Json.createValue(1)).toString()));
        for (Map.Entry<String, JsonValue> member : base.entrySet()) {
            String name = member.getKey();
            String field = prefix + name;
            JsonObject property = resolve(properties.getJsonObject(name), schemas);
            String type = typeOf(property);
            for (JsonValue wrong : wrongTypes(type)) {
                all.add(new Mutation("type", field, true, false, with(base, name, wrong).toString()));
            }
            if ("integer".equals(type)) {
                // 2^32 + 60, which a careless int reading wraps round to 60; 2^64 + 60 for a long
                java.math.BigInteger tooBig = "int64".equals(property.getString("format", ""))
                        ? new java.math.BigInteger("18446744073709551676") : java.math.BigInteger.valueOf(4294967356L);
                all.add(new Mutation("range", field, true, false, with(base, name, Json.createValue(tooBig)).toString()));
                all.add(new Mutation("range", field, true, false, with(base, name, Json.createValue(new java.math.BigDecimal("1.5"))).toString()));
                if (property.containsKey("minimum") && property.getJsonNumber("minimum").longValue() >= 0) {
                    all.add(new Mutation("range", field, false, false, with(base, name, Json.createValue(-1)).toString()));
                }
            }
            all.add(new Mutation("null", field, required.contains(name), required.contains(name),
                    with(base, name, JsonValue.NULL).toString()));
            if (member.getValue() instanceof JsonObject nested) {
                for (Mutation inner : mutations(nested, property, schemas, field + ".")) {
                    all.add(new Mutation(inner.kind, inner.field, inner.named, inner.required,
                            with(base, name, parse(inner.body)).toString()));
                }
            }
        }
        return all;
    }

    private static List<JsonValue> wrongTypes(String type) {
        JsonValue object = Json.createObjectBuilder().add("x", 1).build();
        JsonValue array = Json.createArrayBuilder().add(1).build();
        return switch (type == null ? "" : type) {
            case "string" -> List.of(Json.createValue(12345), JsonValue.TRUE, object, array);
            case "integer", "number" -> List.of(Json.createValue("12"), JsonValue.TRUE, object, array);
            case "boolean" -> List.of(Json.createValue("yes"), Json.createValue(1), object, array);
            case "array" -> List.of(Json.createValue("x"), Json.createValue(1), object);
            case "object" -> List.of(Json.createValue("x"), Json.createValue(1), array);
            default -> List.of();
        };
    }

    /** One operation with a JSON body, and how to call it as the records' own user. */
    private static final class Operation {

        private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

        final String method;
        final String path;
        final JsonObject operation;
        final JsonObject schemas;
        final String url;
        final String record;
        final boolean hasId;
        final boolean signed;

        Operation(String method, String path, JsonObject operation, JsonObject schemas, Map<String, String> ids) {
            this.method = method;
            this.path = path;
            this.operation = operation;
            this.schemas = schemas;
            String under = path.substring(ROOT.length());
            String collection = under.split("/")[1];
            Matcher parameter = PARAMETER.matcher(under);
            this.hasId = parameter.find();
            // A path's id is that of the record of its collection made for the test; one of a collection
            // the test does not know is no record at all, and 404 is then the right answer.
            this.url = PARAMETER.matcher(under).replaceAll(ids.getOrDefault(collection, "999999999"));
            this.record = hasId ? url.substring(0, url.indexOf('/', 1) < 0 ? url.length() : nthSlash(url, 2)) : null;
            this.signed = operation.getJsonArray("parameters") != null && operation.getJsonArray("parameters").stream()
                    .anyMatch(p -> "X-Helpline-Signature".equalsIgnoreCase(p.asJsonObject().getString("name", "")));
            this.ids = ids;
        }

        private final Map<String, String> ids;

        private static int nthSlash(String url, int n) {
            int at = -1;
            for (int i = 0; i <= n; i++) {
                at = url.indexOf('/', at + 1);
                if (at < 0) {
                    return url.length();
                }
            }
            return at;
        }

        JsonObject schema() {
            return jsonSchema(operation);
        }

        /** A body of the right shape: the description's example if it has one, else one made from the schema. */
        JsonObject base() {
            JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content")
                    .getJsonObject("application/json");
            JsonObject examples = content.getJsonObject("examples");
            if (examples != null && !examples.isEmpty()) {
                JsonValue example = examples.values().iterator().next().asJsonObject().get("value");
                JsonObject body = example instanceof JsonString text ? parse(text.getString()).asJsonObject() : example.asJsonObject();
                return fresh(body);
            }
            return (JsonObject) valueOf(schema(), schemas, ids, null, 0);
        }

        /** An example's times made now and its ids new, so that only what is mutated is wrong. */
        private static JsonObject fresh(JsonObject example) {
            JsonObjectBuilder body = Json.createObjectBuilder(example);
            example.forEach((name, value) -> {
                if (value instanceof JsonString text && text.getString().matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
                    body.add(name, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                } else if (name.endsWith("Id") && value instanceof JsonString) {
                    body.add(name, PhoneEvents.id("fuzz"));
                }
            });
            return body.build();
        }

        Reply send(ApiClient client, String body) {
            if (signed) {
                String timestamp = PhoneEvents.now();
                return new ApiClient(null).send(method, url, body, null, "X-Helpline-Phone-System", PhoneEvents.SYSTEM,
                        "X-Helpline-Timestamp", timestamp, "X-Helpline-Signature", PhoneEvents.sign(timestamp, body));
            }
            return client.send(method, url, body, null, "Idempotency-Key", UUID.randomUUID().toString(),
                    "If-Match", record == null ? null : client.get(record).header("ETag"));
        }

        /** The version of the record the path names, as its ETag; null where there is none. */
        String version(ApiClient client) {
            return record == null ? null : client.get(record).header("ETag");
        }
    }

    /** A value of the schema's type: its example, its first choice, or something plain. */
    private static JsonValue valueOf(JsonObject schema, JsonObject schemas, Map<String, String> ids, String name, int depth) {
        JsonObject s = resolve(schema, schemas);
        if (s.containsKey("example") && !"object".equals(typeOf(s))) {
            return s.get("example");
        }
        if (s.containsKey("enum")) {
            return s.getJsonArray("enum").get(0);
        }
        String type = typeOf(s);
        String format = s.getString("format", "");
        if ("object".equals(type) || s.containsKey("properties")) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            if (depth < 3 && s.containsKey("properties")) {
                s.getJsonObject("properties").forEach((property, schemaOf) -> {
                    JsonValue value = valueOf(schemaOf.asJsonObject(), schemas, ids, property, depth + 1);
                    if (value != null) {
                        object.add(property, value);
                    }
                });
            }
            return object.build();
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "array" -> Json.createArrayBuilder().build();
            case "boolean" -> JsonValue.FALSE;
            // A record's id: one the fuzzer made; an optional one it made none of (an email's) is left out, so that
            // only what is mutated is wrong.
            case "integer" -> name != null && name.endsWith("Id") ? (ids.containsKey(name.substring(0, name.length() - 2))
                    ? Json.createValue(Long.parseLong(ids.get(name.substring(0, name.length() - 2)))) : null)
                    : Json.createValue(1);
            case "number" -> Json.createValue(1);
            case "string" -> Json.createValue(switch (format) {
                case "date-time" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                case "date" -> LocalDate.now().toString();
                case "local-date-time" -> LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
                default -> "fuzz";
            });
            default -> null;
        };
    }

    private static JsonObject jsonSchema(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || body.getJsonObject("content") == null) {
            return null;
        }
        JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
        return json == null ? null : json.getJsonObject("schema");
    }

    /** A schema with its reference followed (also through allOf/anyOf of one). */
    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        JsonObject s = schema;
        for (int i = 0; i < 5 && s != null; i++) {
            if (s.containsKey("$ref")) {
                s = schemas.getJsonObject(s.getString("$ref").replace("#/components/schemas/", ""));
            } else if (s.containsKey("allOf") && s.getJsonArray("allOf").size() == 1) {
                s = s.getJsonArray("allOf").getJsonObject(0);
            } else if (s.containsKey("anyOf") && s.getJsonArray("anyOf").stream().filter(v -> !isNull(v)).count() == 1) {
                s = s.getJsonArray("anyOf").stream().filter(v -> !isNull(v)).findFirst().orElseThrow().asJsonObject();
            } else {
                return s;
            }
        }
        return s == null ? Json.createObjectBuilder().build() : s;
    }

    private static boolean isNull(JsonValue schema) {
        return "null".equals(typeOf(schema.asJsonObject()));
    }

    /** A schema's JSON type; of a list of types (OpenAPI 3.1), the one that is not null. */
    private static String typeOf(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString t) {
            return t.getString();
        }
        if (type instanceof JsonArray types) {
            return types.stream().map(t -> ((JsonString) t).getString()).filter(t -> !t.equals("null")).findFirst().orElse(null);
        }
        return schema.containsKey("properties") ? "object" : null;
    }

    private static Set<String> required(JsonObject schema) {
        JsonArray required = schema.getJsonArray("required");
        return required == null ? Set.of() : Set.copyOf(required.getValuesAs(JsonString::getString));
    }

    private static JsonObject with(JsonObject body, String name, JsonValue value) {
        return Json.createObjectBuilder(body).add(name, value).build();
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /**
     * The token user's own records, made through the API: a contact with a consenting caller, the case it
     * opened, a follow-up on the case and a referral, by the collections their ids are found under.
     */
    private Map<String, String> records(ApiClient adviser) {
        Reply logged = adviser.post("/contacts", contact(ContactForms.uniqueMobile(), "Fuzzed"));
        assertEquals(201, logged.status(), logged.body());
        Map<String, String> ids = new HashMap<>();
        ids.put("contacts", logged.json().getJsonNumber("id").toString());
        ids.put("callers", logged.json().getJsonNumber("callerId").toString());
        String number = logged.json().getString("caseNumber");
        ids.put("cases", adviser.get("/cases?queue=mine&size=100").items().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("number").equals(number)).findFirst().orElseThrow().getJsonNumber("id").toString());
        String caseRecord = "/cases/" + ids.get("cases");
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).truncatedTo(ChronoUnit.DAYS);
        Reply booked = adviser.send("POST", caseRecord + "/follow-ups", "{\"kind\":\"CALLBACK\",\"dueFrom\":\""
                + tomorrow.plusHours(10) + "\",\"reason\":\"Ring back about the course.\"}", null,
                "If-Match", adviser.get(caseRecord).header("ETag"));
        assertEquals(201, booked.status(), booked.body());
        ids.put("follow-ups", booked.json().getJsonNumber("id").toString());
        Reply referred = adviser.post("/referrals", "{\"contactId\":" + ids.get("contacts")
                + ",\"service\":\"facets\",\"consentGiven\":true,\"sendNow\":false}");
        assertEquals(201, referred.status(), referred.body());
        ids.put("referrals", referred.json().getJsonNumber("id").toString());
        // An email enquiry in the team queue, for the email operations' bodies.
        String emailId = org.helpline.testing.TestMail.uniqueId();
        org.helpline.testing.TestMail.send(org.helpline.testing.TestMail.plain(
                org.helpline.testing.TestMail.uniqueAddress("Fuzz"), "Fuzzed email", emailId, "Is FACETS online?"));
        org.helpline.testing.TestMail.awaitFiled(emailId);
        ids.put("emails", String.valueOf(((Number) db.nativeQuery("select thread_id from email_message where message_key = ?1",
                emailId).get(0)).longValue()));
        // by the names a body gives them: contactId, caseId, callerId, followUpId, referralId
        Map<String, String> all = new HashMap<>(ids);
        all.put("contact", ids.get("contacts"));
        all.put("case", ids.get("cases"));
        all.put("caller", ids.get("callers"));
        all.put("followUp", ids.get("follow-ups"));
        all.put("referral", ids.get("referrals"));
        return all;
    }

    private static String contact(String phone, String title) {
        return "{\"startedAt\":\"" + Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS) + "\","
                + "\"durationMinutes\":8,\"durationSeconds\":30,\"callerType\":\"person-with-ms\","
                + "\"topics\":[\"symptoms.fatigue\"],\"summary\":\"" + title + ": fatigue at work.\","
                + "\"outcome\":\"information-given\",\"fullName\":\"" + ContactForms.uniqueName("Fuzz", "Caller") + "\","
                + "\"phone\":\"" + phone + "\",\"consentGiven\":true,"
                + "\"caseChoice\":\"OPEN_NEW\",\"newCaseTitle\":\"" + title + "\"}";
    }

    private long[] rows() {
        String counts = String.join(", ", TABLES.stream().map(t -> "(select count(*) from " + t + writtenByRequests(t) + ")")
                .toList());
        Object[] row = (Object[]) db.nativeQuery("select " + counts).get(0);
        return Arrays.stream(row).mapToLong(n -> ((Number) n).longValue()).toArray();
    }

    /**
     * The escalation timer escalates overdue follow-ups that earlier tests left, whenever it ticks; no request can
     * write what it writes, so its rows are left out of the count rather than let it fail a test now and then.
     */
    private static String writtenByRequests(String table) {
        return table.equals("follow_up_event") ? " where kind <> 'ESCALATED'" : "";
    }

    private long count(String table) {
        return ((Number) db.nativeQuery("select count(*) from " + table).get(0)).longValue();
    }

    /** A client with a token of a new adviser account's, as an admin would issue it on the staff page. */
    private ApiClient client(String username, String secret) {
        setup.run(() -> {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.add(new UserAccount(username, "Integration " + username, null,
                        hasher.hash("an integration password 42".toCharArray()), EnumSet.of(Role.ADVISER), Instant.now()));
            }
        });
        String hash = sha256(secret);
        if (db.nativeQuery("select id from api_token where secret_hash = ?1", hash).isEmpty()) {
            long account = ((Number) db.nativeQuery("select id from user_account where username = ?1", username).get(0)).longValue();
            long token = admin.call(() -> tokens.issue(account, "Fuzz", EnumSet.of(Role.ADVISER), 1)).token().getId();
            db.nativeUpdate("update api_token set secret_hash = ?1 where id = ?2", hash, token);
        }
        return new ApiClient(secret);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
