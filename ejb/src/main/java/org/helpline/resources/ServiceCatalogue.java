package org.helpline.resources;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpline.shared.Rows;
import org.helpline.security.CurrentStaff;
import org.helpline.security.Permission;
import org.helpline.security.RequiresPermission;
import org.helpline.security.Roles;
import org.helpline.security.UserAccount;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Codes;
import org.helpline.topics.TopicCatalogue;

/**
 * Admins keep the resource directory: add services, edit them, close them for a while and retire them.
 * Services are never deleted, so referrals made to a retired service keep pointing at it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@RequiresPermission(Permission.MANAGE_REFERENCE_DATA)
public class ServiceCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    TopicCatalogue topics;

    @Inject
    CurrentStaff staff;

    /** Every service, retired ones included: active first, then temporarily closed, then retired. */
    public List<SupportService> all(Rows rows) {
        return rows.of(em.createQuery("select s from SupportService s join fetch s.organisation order by "
                + "case s.status when :active then 0 when :closed then 1 else 2 end, s.name, s.id", SupportService.class)
                .setParameter("active", ServiceStatus.ACTIVE).setParameter("closed", ServiceStatus.TEMPORARILY_CLOSED));
    }

    /** How many services there are, retired ones included. */
    public long count() {
        return em.createQuery("select count(s) from SupportService s", Long.class).getSingleResult();
    }

    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    public ServiceForm edit(String code) {
        return ServiceForm.of(require(code));
    }

    /**
     * Adds or changes a service from an admin's form. A copy someone else saved in the meantime, or input
     * the service's rules refuse, writes nothing.
     */
    public SupportService save(ServiceForm form) {
        UserAccount me = staff.account();
        Instant now = Instant.now();
        Organisation organisation = organisation(form);
        SupportService service;
        if (form.isNew()) {
            String name = form.getName() == null || form.getName().isBlank() ? null : form.getName();
            if (name == null) {
                throw new InvalidInputException("name", UserText.of("service.name.required"));
            }
            service = new SupportService(Codes.unique(em, "SupportService", name, "service"), organisation, name.strip(), "-", "-", now);
        } else {
            service = require(form.getCode());
            service.checkVersion(form.getVersion());
        }
        service.edit(organisation, form.getName(), form.getDescription(), form.getAreasCovered(), form.getPhone(),
                form.getEmail(), form.getWebsite(), form.getHowToRefer(), form.getEligibility(), form.getCost(),
                topics.byCodes(new LinkedHashSet<>(form.getTopics())), form.isCrisisLine(), me, now);
        if (form.getStatus() == null) {
            throw new InvalidInputException("status", UserText.of("service.status.required"));
        }
        if (form.getStatus() != service.getStatus()) {
            service.changeStatus(form.getStatus(), me, now);
        }
        if (form.isNew()) {
            em.persist(service);
        }
        em.flush();
        return service;
    }

    private Organisation organisation(ServiceForm form) {
        if (form.getOrganisationCode() != null && !form.getOrganisationCode().isBlank()) {
            return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                    .setParameter("code", form.getOrganisationCode()).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("organisation", UserText.of("service.organisation.unknown")));
        }
        String name = form.getNewOrganisation();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("organisation", UserText.of("service.organisation.required"));
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("newOrganisation", UserText.of("text.tooLong", 200));
        }
        Organisation created = new Organisation(Codes.unique(em, "Organisation", name, "organisation"), name.strip(), null, null);
        em.persist(created);
        return created;
    }

    private SupportService require(String code) {
        return em.createQuery("select s from SupportService s where s.code = :code", SupportService.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(UserText.of("notFound.service")));
    }
}
