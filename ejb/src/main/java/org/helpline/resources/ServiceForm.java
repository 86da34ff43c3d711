package org.helpline.resources;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An admin's edit of a service: a new one when {@code code} is null. The service is run by an existing
 * organisation ({@code organisationCode}) or, when that is blank, by a new one named {@code newOrganisation}.
 */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private long version;
    private String organisationCode;
    private String newOrganisation;
    private String name;
    private String description;
    private String eligibility;
    private String howToRefer;
    private String phone;
    private String email;
    private String website;
    private String areasCovered;
    private String cost;
    private ServiceStatus status = ServiceStatus.ACTIVE;
    private boolean crisisLine;
    private List<String> topics = new ArrayList<>();

    public static ServiceForm of(SupportService service) {
        ServiceForm form = new ServiceForm();
        form.code = service.getCode();
        form.version = service.getVersion();
        form.organisationCode = service.getOrganisation().getCode();
        form.name = service.getName();
        form.description = service.getDescription();
        form.eligibility = service.getEligibility();
        form.howToRefer = service.getHowToRefer();
        form.phone = service.getPhone();
        form.email = service.getEmail();
        form.website = service.getWebsite();
        form.areasCovered = service.getAreasCovered();
        form.cost = service.getCost();
        form.status = service.getStatus();
        form.crisisLine = service.isCrisisLine();
        form.topics = new ArrayList<>(service.getTopics().stream().map(topic -> topic.getCode()).toList());
        return form;
    }

    public boolean isNew() {
        return code == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getNewOrganisation() {
        return newOrganisation;
    }

    public void setNewOrganisation(String newOrganisation) {
        this.newOrganisation = newOrganisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getHowToRefer() {
        return howToRefer;
    }

    public void setHowToRefer(String howToRefer) {
        this.howToRefer = howToRefer;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAreasCovered() {
        return areasCovered;
    }

    public void setAreasCovered(String areasCovered) {
        this.areasCovered = areasCovered;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    public boolean isCrisisLine() {
        return crisisLine;
    }

    public void setCrisisLine(boolean crisisLine) {
        this.crisisLine = crisisLine;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }
}
