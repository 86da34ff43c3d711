package org.helpline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.shared.Rows;
import org.helpline.audit.AccessLog;
import org.helpline.audit.AuditTrail;
import org.helpline.audit.AuditedRecord;
import org.helpline.callers.CallerLookup;
import org.helpline.calls.ContactForm;
import org.helpline.calls.ContactLog;
import org.helpline.calls.ContactSearch;
import org.helpline.calls.SearchCriteria;
import org.helpline.cases.Cases;
import org.helpline.followups.FollowUpForm;
import org.helpline.followups.FollowUpKind;
import org.helpline.followups.FollowUps;
import org.helpline.referrals.Referrals;
import org.helpline.reporting.MonthlyReport;
import org.helpline.reporting.ReportPublishing;
import org.helpline.reporting.export.ExportFormat;
import org.helpline.reporting.export.ReportExports;
import org.helpline.resources.ServiceCatalogue;
import org.helpline.safeguarding.SafeguardingQueue;
import org.helpline.shared.HelplineTime;
import org.helpline.supervision.Reassignments;
import org.helpline.supervision.Reviews;
import org.helpline.supervision.Wallboard;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.AsManager;
import org.helpline.testing.AsSupervisor;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.helpline.testing.SignedIn;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every permission, through the services, with real, missing and nonsense record ids:
 * each call is allowed exactly when the permission model (the role_permission table) says so, a refused
 * write changes nothing, and a refusal looks the same whether or not the record exists.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    @Inject AsAdviser adviser;
    @Inject AsSupervisor supervisor;
    @Inject AsManager manager;
    @Inject AsAdmin admin;
    @Inject Database db;
    @Inject Permissions permissions;
    @Inject CallerLookup callers;
    @Inject ContactLog contacts;
    @Inject ContactSearch search;
    @Inject Cases cases;
    @Inject FollowUps followUps;
    @Inject Referrals referrals;
    @Inject Reassignments reassignments;
    @Inject SafeguardingQueue safeguarding;
    @Inject Wallboard wallboard;
    @Inject org.helpline.email.EmailQueue emailQueue;
    @Inject Reviews reviews;
    @Inject MonthlyReport report;
    @Inject ReportExports exports;
    @Inject ReportPublishing publishing;
    @Inject StaffAdministration staff;
    @Inject ServiceCatalogue catalogue;
    @Inject AuditTrail trail;
    @Inject AccessLog access;
    @Inject org.helpline.privacy.SubjectAccess subjectAccess;
    @Inject org.helpline.privacy.Erasure erasure;
    @Inject org.helpline.testing.GuardedProbe guarded;

    /** One service call that needs {@code permission}, for an id; {@code changed} counts what a write leaves. */
    private record Probe(Permission permission, String what, LongFunction<Object> call, LongFunction<Long> changed) {
    }

    private interface Action {
        Object run(long id);
    }

    private static Probe read(Permission permission, String what, Action call) {
        return new Probe(permission, what, call::run, null);
    }

    private static Probe write(Permission permission, String what, Action call, LongFunction<Long> changed) {
        return new Probe(permission, what, call::run, changed);
    }

    @Test
    void eachRoleMayDoExactlyWhatThePermissionModelSaysWhateverTheId() {
        // Records for the probes, made by the adviser: a caller with a case, the contact that opened it.
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Ceri", "Matrix"), ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Probe case");
        long[] ids = adviser.call(() -> {
            var c = contacts.log(form);
            return new long[] {c.getId(), c.getSupportCase().getId(), c.getCaller().getId()};
        });
        long contactId = ids[0];
        long caseId = ids[1];
        long callerId = ids[2];
        long missing = 800_000_000L + ThreadLocalRandom.current().nextLong(1_000_000);
        YearMonth lastMonth = YearMonth.now(HelplineTime.CLOCK).minusMonths(1);

        List<Probe> probes = List.of(
                read(Permission.VIEW_CALLER, "CallerLookup.get", id -> callers.get(id)),
                read(Permission.VIEW_CALLER, "CallerLookup.find", id -> callers.find("07" + id)),
                write(Permission.LOG_CONTACT, "ContactLog.log", id -> contacts.log(anonymousCall(id)),
                        id -> db.count("select count(c) from Contact c where c.idempotencyKey = '" + key(id) + "'")),
                read(Permission.VIEW_CONTACT, "ContactLog.get", id -> contacts.get(id)),
                read(Permission.VIEW_CONTACT, "ContactSearch.count", id -> search.count(new SearchCriteria())),
                read(Permission.VIEW_CASE, "Cases.get", id -> cases.get(id)),
                write(Permission.WORK_CASE, "Cases.addNote", id -> cases.addNote(id, version(id), "Probe note " + id),
                        id -> db.count("select count(e) from CaseEvent e where e.text = 'Probe note " + id + "'")),
                write(Permission.CLOSE_CASE, "Cases.close", id -> cases.close(id, version(id), "information-given", "Probe"),
                        id -> db.count("select count(k) from HelplineCase k where k.id = " + id + " and k.closedAt is not null")),
                write(Permission.REOPEN_CASE, "Cases.reopen", id -> cases.reopen(id, version(id), "Probe reopen " + id),
                        id -> db.count("select count(e) from CaseEvent e where e.text = 'Probe reopen " + id + "'")),
                write(Permission.BOOK_FOLLOW_UP, "FollowUps.bookForCase", id -> followUps.bookForCase(id, callback(id)),
                        id -> db.count("select count(f) from FollowUp f where f.reason = 'Probe callback " + id + "'")),
                read(Permission.WORK_FOLLOW_UP, "FollowUps.get", id -> followUps.get(id)),
                read(Permission.REFER, "Referrals.forCaller", id -> referrals.forCaller(id)),
                write(Permission.REASSIGN, "Reassignments.reassignCase",
                        id -> reassignments.reassignCase(id, version(id), "adviser2", "Probe handover " + id),
                        id -> db.count("select count(k) from HelplineCase k where k.id = " + id + " and k.owner.username = 'adviser2'")),
                read(Permission.SIGN_OFF_SAFEGUARDING, "SafeguardingQueue.get", id -> safeguarding.get(id)),
                read(Permission.VIEW_CASELOADS, "Wallboard.figures", id -> wallboard.figures(Instant.now())),
                read(Permission.REVIEW_CONTACTS, "Reviews.figures", id -> reviews.figures(lastMonth)),
                read(Permission.VIEW_REPORTS, "MonthlyReport.figures", id -> report.figures(lastMonth, null)),
                read(Permission.EXPORT_REPORTS, "ReportExports.export", id -> exports.export(lastMonth, null, ExportFormat.CSV)),
                write(Permission.PUBLISH_REPORTS, "ReportPublishing.publish", id -> {
                            publishing.publish(probeMonth(id));
                            return null;
                        },
                        id -> db.count("select count(s) from ReportSnapshot s where s.month = '" + probeMonth(id) + "'")),
                read(Permission.MANAGE_USERS, "StaffAdministration.get", id -> staff.get(id)),
                read(Permission.MANAGE_REFERENCE_DATA, "ServiceCatalogue.all", id -> AllRows.of(catalogue::all)),
                read(Permission.VIEW_AUDIT, "AuditTrail.history", id -> trail.history(AuditedRecord.CASE, id)),
                read(Permission.VIEW_AUDIT, "AccessLog.forCaller", id -> access.forCaller(id, Rows.firstOf(100))),
                read(Permission.EXPORT_CALLER_DATA, "SubjectAccess.dossier", id -> subjectAccess.dossier(id)),
                write(Permission.ERASE_CALLER_DATA, "Erasure.erase", id -> erasure.erase(id, "Probe " + id),
                        id -> db.count("select count(e) from CallerErasure e where e.callerId = " + id)),
                read(Permission.ANSWER_EMAIL, "EmailQueue.get", id -> emailQueue.get(id)),
                read(Permission.OPEN_EMAIL_ATTACHMENTS, "EmailQueue.attachment", id -> emailQueue.attachment(id)));

        Set<Permission> probed = EnumSet.noneOf(Permission.class);
        probes.forEach(p -> probed.add(p.permission()));
        assertEquals(EnumSet.allOf(Permission.class), probed, "every permission has a probe");

        Map<Role, Set<Permission>> matrix = admin.call(permissions::matrix);
        Map<Role, SignedIn> as = new LinkedHashMap<>();
        as.put(Role.ADVISER, adviser);
        as.put(Role.SUPERVISOR, supervisor);
        as.put(Role.MANAGER, manager);
        as.put(Role.ADMIN, admin);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var entry : as.entrySet()) {
            Role role = entry.getKey();
            for (Probe probe : probes) {
                boolean expected = matrix.get(role).contains(probe.permission());
                // A fresh case for each write, so one role's allowed write cannot hide another's.
                long realId = switch (probe.permission()) {
                    case VIEW_CALLER, REFER, EXPORT_CALLER_DATA -> callerId;
                    case ERASE_CALLER_DATA -> freshCaller();
                    case VIEW_CONTACT -> contactId;
                    case VIEW_CASE, VIEW_AUDIT -> probe.what().startsWith("AccessLog") ? callerId : caseId;
                    case WORK_CASE, CLOSE_CASE, REASSIGN, BOOK_FOLLOW_UP -> freshCase();
                    case REOPEN_CASE -> closedCase();
                    case LOG_CONTACT, PUBLISH_REPORTS -> ThreadLocalRandom.current().nextLong(1, 100_000_000);
                    default -> 1L;
                };
                for (long id : new long[] {realId, missing, 0, -1, Long.MAX_VALUE}) {
                    boolean write = probe.changed() != null;
                    if (write && id != realId) {
                        continue; // writes are tried on real records only; reads on every id
                    }
                    long before = write ? probe.changed().apply(id) : 0;
                    boolean refused;
                    try {
                        entry.getValue().call(() -> probe.call().apply(id));
                        refused = false;
                    } catch (EJBAccessException | NotPermittedException denied) {
                        refused = true;
                    } catch (RuntimeException domainAnswer) {
                        // not found, bad input, a stale copy: the role got past the permission check
                        refused = isRefusal(domainAnswer);
                    }
                    calls++;
                    if (refused == expected) {
                        wrong.add(role + " " + probe.what() + "(" + id + "): " + (refused ? "refused" : "allowed"));
                    }
                    if (write && refused) {
                        long after = probe.changed().apply(id);
                        if (after != before) {
                            wrong.add(role + " " + probe.what() + "(" + id + "): refused, but it changed something");
                        }
                    }
                    if (write && !refused && probe.changed().apply(id) == before) {
                        wrong.add(role + " " + probe.what() + "(" + id + "): allowed, but nothing was saved");
                    }
                }
            }
        }
        assertTrue(calls > 200, "calls made: " + calls);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRefusalByThePermissionModelIsLoggedAndSaysWhy() {
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> adviser.call(() -> {
                    permissions.require(Permission.MANAGE_USERS);
                    return null;
                }));
        assertTrue(refused.getMessage().contains("add, change, disable and reset staff accounts"), refused.getMessage());
        assertTrue(admin.call(() -> AllRows.of(access::refusals)).stream().anyMatch(e -> "adviser".equals(e.getUsername())
                && "permission".equals(e.getRecordType()) && "MANAGE_USERS".equals(e.getDetail())));
        // Through the interceptor, on a service whose roles would let anyone in:
        assertThrows(NotPermittedException.class, () -> adviser.call(guarded::touch));
        assertThrows(NotPermittedException.class, () -> manager.call(guarded::touch));
        assertEquals("touched", admin.call(guarded::touch));
        assertTrue(manager.call(() -> permissions.allowed(Permission.VIEW_REPORTS)));
        assertTrue(!manager.call(() -> permissions.allowed(Permission.VIEW_CALLER)), "managers never see a caller");
    }

    private static boolean isRefusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EJBAccessException || c instanceof NotPermittedException) {
                return true;
            }
        }
        return false;
    }

    private long version(long caseId) {
        List<?> v = db.nativeQuery("select version from helpline_case where id = ?1", caseId);
        return v.isEmpty() ? 0 : ((Number) v.get(0)).longValue();
    }

    private long freshCase() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Probe", "Case"), ContactForms.uniqueMobile());
        form.getFiling().setCaseChoice(ContactForm.CaseChoice.OPEN_NEW);
        form.getFiling().setNewCaseTitle("Probe case");
        return adviser.call(() -> contacts.log(form).getSupportCase().getId());
    }

    private long freshCaller() {
        ContactForm form = ContactForms.namedCall(ContactForms.uniqueName("Probe", "Erasure"), ContactForms.uniqueMobile());
        return adviser.call(() -> contacts.log(form).getCaller().getId());
    }

    private long closedCase() {
        long id = freshCase();
        adviser.run(() -> cases.close(id, version(id), "information-given", "Closed for the probe"));
        return id;
    }

    private static String key(long id) {
        return "probe-" + id;
    }

    private static ContactForm anonymousCall(long id) {
        ContactForm form = ContactForms.anonymousCall();
        form.setIdempotencyKey(key(id));
        return form;
    }

    private static FollowUpForm callback(long id) {
        FollowUpForm form = new FollowUpForm();
        form.setKind(FollowUpKind.CALLBACK);
        form.setDueFrom(LocalDateTime.now(HelplineTime.CLOCK).plusDays(1));
        form.setNumberToRing(ContactForms.uniqueMobile());
        form.setReason("Probe callback " + id);
        return form;
    }

    /** A month long past that nobody else publishes: 1700 to 1799, one per id. */
    private static YearMonth probeMonth(long id) {
        return YearMonth.of(1700 + (int) (id % 100), 1 + (int) (id % 12));
    }
}
