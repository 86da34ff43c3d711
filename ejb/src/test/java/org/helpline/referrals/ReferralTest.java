package org.helpline.referrals;

import static org.helpline.testing.Records.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.helpline.callers.Caller;
import org.helpline.resources.Organisation;
import org.helpline.resources.ServiceStatus;
import org.helpline.resources.SupportService;
import org.helpline.security.UserAccount;
import org.helpline.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralTest {

    private final UserAccount asha = Records.adviser(1, "Asha Patel");
    private final Caller caller = Records.caller(1, "Ann Lee");
    private final SupportService physio = new SupportService("physio", new Organisation("nhs", "NHS", null, null),
            "Community physiotherapy", "Exercise for balance", "UK-wide", NOW);

    private Referral proposed() {
        return Referral.make(physio, caller, null, null, true, false, "Wants help with balance", asha, NOW);
    }

    /** A referral that reached {@code status} by the usual road (proposed, sent, accepted, enrolled...). */
    private Referral referralThatIs(ReferralStatus status) {
        Referral referral = proposed();
        List<ReferralStatus> road = switch (status) {
            case PROPOSED -> List.of();
            case SENT -> List.of(ReferralStatus.SENT);
            case ACCEPTED -> List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED);
            case ENROLLED, COMPLETED -> List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.ENROLLED);
            case DECLINED, NO_RESPONSE -> List.of(ReferralStatus.SENT, status);
            case WITHDRAWN -> List.of(ReferralStatus.WITHDRAWN);
        };
        road.forEach(step -> referral.moveTo(step, null, asha, NOW));
        if (status == ReferralStatus.COMPLETED) {
            referral.complete(ReferralOutcome.HELPED, null, asha, NOW);
        }
        return referral;
    }

    private ReferralException refusedReferral(SupportService service, Caller who, boolean consent) {
        return assertThrows(ReferralException.class, () -> Referral.make(service, who, null, null, consent, true, null,
                asha, NOW));
    }

    /** The moves in the history, as "FROM>TO" (the history's order in memory is not the stored one). */
    private static Set<String> moves(Referral referral) {
        return referral.getHistory().stream().map(e -> e.getFrom() + ">" + e.getTo()).collect(Collectors.toSet());
    }

    @Test
    void aReferralNotYetSentIsProposed() {
        Referral referral = proposed();
        assertEquals(ReferralStatus.PROPOSED, referral.getStatus());
        assertEquals(NOW, referral.getConsentGivenAt());
        assertEquals(Set.of("null>PROPOSED"), moves(referral));
        assertEquals("Wants help with balance", referral.getHistory().get(0).getNote());
    }

    @Test
    void aReferralSentNowIsProposedAndSentAtOnce() {
        Referral referral = Referral.make(physio, caller, null, null, true, true, null, asha, NOW);
        assertEquals(ReferralStatus.SENT, referral.getStatus());
        assertEquals(Set.of("null>PROPOSED", "PROPOSED>SENT"), moves(referral));
    }

    @Test
    void itsNoteIsTrimmedAndABlankOneIsNone() {
        assertEquals("Balance", Referral.make(physio, caller, null, null, true, false, " Balance \n", asha, NOW).getNote());
        assertNull(Referral.make(physio, caller, null, null, true, false, "  ", asha, NOW).getNote());
    }

    @Test
    void itNeedsAService() {
        assertEquals("service", refusedReferral(null, caller, true).getField());
    }

    @Test
    void aServiceClosedForNowOrRetiredTakesNoReferrals() {
        physio.closeTemporarily(NOW);
        assertEquals("Community physiotherapy is temporarily closed and is not taking referrals",
                refusedReferral(physio, caller, true).getMessage());
        physio.retire(NOW);
        assertEquals("Community physiotherapy is retired and is not taking referrals",
                refusedReferral(physio, caller, true).getMessage());
        physio.reopen(NOW);
        assertEquals(ReferralStatus.SENT, Referral.make(physio, caller, null, null, true, true, null, asha, NOW).getStatus());
    }

    @Test
    void itNeedsACallerWhoseDetailsWeKeep() {
        assertEquals("caller", refusedReferral(physio, null, true).getField());
    }

    @Test
    void itNeedsTheCallersConsent() {
        ReferralException refused = refusedReferral(physio, caller, false);
        assertEquals("consent", refused.getField());
        assertEquals("Ask the caller's consent to pass their details to Community physiotherapy", refused.getMessage());
    }

    /** Every move between statuses other than completing, allowed or refused as the rules say. */
    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "PROPOSED, SENT", "PROPOSED, WITHDRAWN",
        "SENT, ACCEPTED", "SENT, DECLINED", "SENT, NO_RESPONSE", "SENT, WITHDRAWN",
        "ACCEPTED, ENROLLED", "ACCEPTED, DECLINED", "ACCEPTED, WITHDRAWN",
        "ENROLLED, WITHDRAWN"})
    void theAllowedMovesAreMadeAndDated(ReferralStatus from, ReferralStatus to) {
        Referral referral = referralThatIs(from);
        UserAccount ben = Records.adviser(2, "Ben Okafor");
        referral.moveTo(to, "Letter came", ben, NOW.plusSeconds(60));

        assertEquals(to, referral.getStatus());
        assertTrue(moves(referral).contains(from + ">" + to));
        ReferralEvent move = referral.getHistory().stream().filter(e -> e.getTo() == to).findFirst().orElseThrow();
        assertEquals(NOW.plusSeconds(60), move.getOccurredAt());
        assertEquals(ben, move.getActor());
        assertEquals("Letter came", move.getNote());
        assertEquals(ben, referral.getUpdatedBy());
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void everyOtherMoveIsRefusedAsAConflict(ReferralStatus from) {
        Set<ReferralStatus> allowed = switch (from) {
            case PROPOSED -> EnumSet.of(ReferralStatus.SENT, ReferralStatus.WITHDRAWN);
            case SENT -> EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.NO_RESPONSE,
                    ReferralStatus.WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ReferralStatus.ENROLLED, ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN);
            case ENROLLED -> EnumSet.of(ReferralStatus.WITHDRAWN);
            default -> EnumSet.noneOf(ReferralStatus.class);
        };
        for (ReferralStatus to : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
            if (to == ReferralStatus.COMPLETED) {
                continue;
            }
            Referral referral = referralThatIs(from);
            int entries = referral.getHistory().size();
            ReferralException refused = assertThrows(ReferralException.class, () -> referral.moveTo(to, null, asha, NOW),
                    from + " to " + to);
            assertTrue(refused.isConflict());
            assertEquals("A referral that is " + from.label().toLowerCase() + " cannot become " + to.label().toLowerCase(),
                    refused.getMessage());
            assertEquals(from, referral.getStatus());
            assertEquals(entries, referral.getHistory().size());
        }
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void completingIsNeverAPlainMove(ReferralStatus from) {
        Referral referral = referralThatIs(from);
        ReferralException refused = assertThrows(ReferralException.class,
                () -> referral.moveTo(ReferralStatus.COMPLETED, null, asha, NOW));
        assertEquals("Record the outcome to complete a referral", refused.getMessage());
        assertFalse(refused.isConflict());
    }

    @Test
    void anEnrolledReferralCompletesWithHowItWent() {
        Referral referral = referralThatIs(ReferralStatus.ENROLLED);
        referral.complete(ReferralOutcome.PARTLY_HELPED, "  Balance better, still falls ", asha, NOW.plusSeconds(60));

        assertEquals(ReferralStatus.COMPLETED, referral.getStatus());
        assertEquals(ReferralOutcome.PARTLY_HELPED, referral.getOutcome());
        assertEquals("Balance better, still falls", referral.getOutcomeNote());
        assertTrue(moves(referral).contains("ENROLLED>COMPLETED"));
        assertTrue(referral.getStatus().isFinished());
    }

    @Test
    void completingWithABlankNoteKeepsNone() {
        Referral referral = referralThatIs(ReferralStatus.ENROLLED);
        referral.complete(ReferralOutcome.HELPED, " ", asha, NOW);
        assertNull(referral.getOutcomeNote());
    }

    @Test
    void completingNeedsTheOutcome() {
        Referral referral = referralThatIs(ReferralStatus.ENROLLED);
        ReferralException refused = assertThrows(ReferralException.class, () -> referral.complete(null, "ok", asha, NOW));
        assertEquals("outcome", refused.getField());
        assertEquals(ReferralStatus.ENROLLED, referral.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = "ENROLLED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnEnrolledReferralCompletesAndARefusalRecordsNoOutcome(ReferralStatus from) {
        Referral referral = referralThatIs(from);
        ReferralOutcome before = referral.getOutcome();
        assertTrue(assertThrows(ReferralException.class,
                () -> referral.complete(ReferralOutcome.NOT_HELPED, "no", asha, NOW)).isConflict());
        assertEquals(from, referral.getStatus());
        assertEquals(before, referral.getOutcome());
    }

    @Test
    void theReferralsStillUnderWayAreThoseNotFinished() {
        Set<ReferralStatus> unfinished = EnumSet.noneOf(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            if (!status.isFinished()) {
                unfinished.add(status);
            }
        }
        assertEquals(unfinished, ReferralStatus.underWay());
        assertEquals(EnumSet.of(ReferralStatus.PROPOSED, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                ReferralStatus.ENROLLED), unfinished);
    }
}
