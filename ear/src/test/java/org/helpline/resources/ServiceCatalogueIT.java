package org.helpline.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpline.testing.AllRows;
import org.helpline.calls.ContactLog;
import org.helpline.referrals.ReferralStatus;
import org.helpline.referrals.Referrals;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.testing.AsAdmin;
import org.helpline.testing.AsAdviser;
import org.helpline.testing.ContactForms;
import org.helpline.testing.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admins add, edit, close and retire services; retired ones stay on the referrals made to them. */
@ExtendWith(ArquillianExtension.class)
class ServiceCatalogueIT {

    @Inject
    AsAdmin admin;

    @Inject
    AsAdviser adviser;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ResourceDirectory directory;

    @Inject
    Referrals referrals;

    @Inject
    ContactLog log;

    @Inject
    Database db;

    @Test
    void anAdminAddsAServiceRunByANewOrganisationAndAdvisersFindIt() {
        String name = "Hydrotherapy pool " + ContactForms.unique();
        ServiceForm form = newService(name);
        form.setNewOrganisation("Lothian MS Therapy Centre " + ContactForms.unique());
        SupportService added = admin.call(() -> catalogue.save(form));

        List<String> found = adviser.call(() -> directory.find(name, "symptoms.mobility", "lothian")).stream()
                .map(SupportService::getCode).toList();
        assertEquals(List.of(added.getCode()), found);
        assertTrue(adviser.call(() -> directory.referrable()).stream().anyMatch(s -> s.getCode().equals(added.getCode())));
    }

    @Test
    void retiringAServiceStopsNewReferralsAndKeepsOldOnes() {
        ServiceForm form = newService("Peer support group " + ContactForms.unique());
        form.setOrganisationCode("ms-fatigue-programme");
        String code = admin.call(() -> catalogue.save(form)).getCode();
        long contactId = adviser.call(() -> log.log(ContactForms.namedCall(ContactForms.uniqueName("Iona", "Reid"),
                ContactForms.uniqueMobile())).getId());
        long referral = adviser.call(() -> referrals.refer(contactId, code, true, true, null).getId());

        ServiceForm retire = admin.call(() -> catalogue.edit(code));
        retire.setStatus(ServiceStatus.INACTIVE);
        admin.call(() -> catalogue.save(retire));

        assertFalse(adviser.call(() -> directory.referrable()).stream().anyMatch(s -> s.getCode().equals(code)));
        assertEquals("service", assertThrows(InvalidInputException.class,
                () -> adviser.call(() -> referrals.refer(contactId, code, true, true, null))).getField());
        assertEquals(code, adviser.call(() -> referrals.get(referral).getService().getCode()));
        assertEquals(ReferralStatus.SENT, adviser.call(() -> referrals.get(referral).getStatus()));
        assertTrue(admin.call(() -> AllRows.of(catalogue::all)).stream()
                .anyMatch(s -> s.getCode().equals(code) && s.getStatus() == ServiceStatus.INACTIVE),
                "the retired service stays in the admin list");
    }

    @Test
    void theSecondAdminToSaveAServiceIsToldAndNothingIsLost() {
        ServiceForm form = newService("Yoga for MS " + ContactForms.unique());
        form.setOrganisationCode("ms-fatigue-programme");
        String code = admin.call(() -> catalogue.save(form)).getCode();
        ServiceForm first = admin.call(() -> catalogue.edit(code));
        ServiceForm second = admin.call(() -> catalogue.edit(code));
        first.setCost("£5 a session");
        admin.call(() -> catalogue.save(first));
        second.setCost("Free");

        assertThrows(ConcurrentEditException.class, () -> admin.call(() -> catalogue.save(second)));
        assertEquals("£5 a session", admin.call(() -> catalogue.edit(code)).getCost());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        long services = db.count("select count(s) from SupportService s");
        long organisations = db.count("select count(o) from Organisation o");
        ServiceForm badEmail = newService("Bad email " + ContactForms.unique());
        badEmail.setNewOrganisation("Never saved " + ContactForms.unique());
        badEmail.setEmail("not an email");
        assertEquals("email", field(badEmail));
        ServiceForm noArea = newService("No area " + ContactForms.unique());
        noArea.setOrganisationCode("ms-fatigue-programme");
        noArea.setAreasCovered(" ");
        assertEquals("areasCovered", field(noArea));
        ServiceForm noOrganisation = newService("No organisation " + ContactForms.unique());
        assertEquals("organisation", field(noOrganisation));
        ServiceForm badSite = newService("Bad site " + ContactForms.unique());
        badSite.setOrganisationCode("ms-fatigue-programme");
        badSite.setWebsite("www.example.org");
        assertEquals("website", field(badSite));

        assertEquals(services, db.count("select count(s) from SupportService s"));
        assertEquals(organisations, db.count("select count(o) from Organisation o"), "nothing half-saved");
    }

    @Test
    void onlyAdminsKeepTheDirectory() {
        ServiceForm form = newService("Not allowed");
        form.setOrganisationCode("ms-fatigue-programme");
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> catalogue.save(form)));
        assertThrows(EJBAccessException.class, () -> adviser.call(() -> catalogue.edit("facets")));
    }

    private String field(ServiceForm form) {
        return assertThrows(InvalidInputException.class, () -> admin.call(() -> catalogue.save(form))).getField();
    }

    private static ServiceForm newService(String name) {
        ServiceForm form = new ServiceForm();
        form.setName(name);
        form.setDescription("Sessions in a warm pool that ease stiffness and help movement.");
        form.setAreasCovered("Lothian");
        form.setPhone("0131 496 0000");
        form.setEmail("pool@therapy.example");
        form.setWebsite("https://therapy.example");
        form.setTopics(List.of("symptoms.mobility", "symptoms.spasticity"));
        return form;
    }
}
