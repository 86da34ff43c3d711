package org.helpline.resources;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.helpline.followups.FollowUpKind;
import org.helpline.security.UserAccount;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Text;
import org.helpline.shared.UserText;
import org.helpline.topics.Topic;

/**
 * A service the helpline refers callers to (HSDS "service"): what it offers, who can use it, how to
 * refer, where it works, what it costs, and the topics it helps with.
 */
@Entity
@Table(name = "support_service")
public class SupportService implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_service_seq")
    @SequenceGenerator(name = "support_service_seq", sequenceName = "support_service_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 60, unique = true, updatable = false)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(length = 2000)
    private String eligibility;

    @Column(name = "how_to_refer", length = 2000)
    private String howToRefer;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = 300)
    private String website;

    @Column(name = "areas_covered", nullable = false, length = 300)
    private String areasCovered;

    @Column(length = 200)
    private String cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ServiceStatus status;

    @Column(name = "crisis_line", nullable = false)
    private boolean crisisLine;

    @ManyToMany
    @JoinTable(name = "support_service_topic", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
    @OrderBy("afterDays")
    private List<ServiceStep> steps = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null while the service is as the seed data wrote it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by_id")
    private UserAccount updatedBy;

    @Version
    private long version;

    protected SupportService() {
    }

    /** A new, active service. */
    public SupportService(String code, Organisation organisation, String name, String description, String areasCovered,
            Instant now) {
        this.code = Objects.requireNonNull(code, "code");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.areasCovered = Objects.requireNonNull(areasCovered, "areasCovered");
        this.status = ServiceStatus.ACTIVE;
        this.updatedAt = now;
    }

    /** The practical details an adviser passes on. */
    public SupportService reachedBy(String phone, String email, String website, String howToRefer, String eligibility,
            String cost) {
        this.phone = phone;
        this.email = email;
        this.website = website;
        this.howToRefer = howToRefer;
        this.eligibility = eligibility;
        this.cost = cost;
        return this;
    }

    public SupportService about(Set<Topic> helpsWith, boolean isCrisisLine) {
        topics.clear();
        topics.addAll(helpsWith);
        this.crisisLine = isCrisisLine;
        return this;
    }

    /**
     * An admin's edit: what the service is, where it works and how to reach it. Refuses a blank name,
     * description or area, overlong text, an email or website that cannot be one, and a service that helps
     * with no topic (advisers would never be offered it).
     */
    public SupportService edit(Organisation runBy, String name, String description, String areasCovered,
            String phone, String email, String website, String howToRefer, String eligibility, String cost,
            Set<Topic> helpsWith, boolean isCrisisLine, UserAccount by, Instant now) {
        this.organisation = Objects.requireNonNull(runBy, "organisation");
        this.name = Text.required(name, "name", UserText.of("service.name.required"), 200);
        this.description = Text.required(description, "description", UserText.of("service.description.required"), 4000);
        this.areasCovered = Text.required(areasCovered, "areasCovered", UserText.of("service.areasCovered.required"), 300);
        String mail = Text.optional(email, "email", 254);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", UserText.of("service.email.format"));
        }
        String site = Text.optional(website, "website", 300);
        if (site != null && !site.matches("https?://\\S+")) {
            throw new InvalidInputException("website", UserText.of("service.website.format"));
        }
        if (helpsWith == null || helpsWith.isEmpty()) {
            throw new InvalidInputException("topics", UserText.of("service.topics.required"));
        }
        reachedBy(Text.optional(phone, "phone", 40), mail, site, Text.optional(howToRefer, "howToRefer", 2000),
                Text.optional(eligibility, "eligibility", 2000), Text.optional(cost, "cost", 200));
        about(helpsWith, isCrisisLine);
        this.updatedBy = by;
        this.updatedAt = now;
        return this;
    }

    /** Moves the service to {@code next}: retiring, closing for a while or reopening it. */
    public void changeStatus(ServiceStatus next, UserAccount by, Instant now) {
        switch (Objects.requireNonNull(next, "status")) {
            case ACTIVE -> reopen(now);
            case TEMPORARILY_CLOSED -> closeTemporarily(now);
            case INACTIVE -> retire(now);
        }
        this.updatedBy = by;
    }

    /** Refuses a change made to a copy older than this service. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentEditException(UserText.of("concurrentEdit.service"),
                    updatedBy == null ? UserText.of("who.someone") : updatedBy.getDisplayName(),
                    updatedAt);
        }
    }

    /** Adds a step the helpline takes around each referral to this service. */
    public SupportService withStep(ServiceStep.Trigger trigger, int afterDays, FollowUpKind kind, String reason) {
        steps.add(new ServiceStep(this, trigger, afterDays, kind, reason));
        return this;
    }

    public List<ServiceStep> stepsOn(ServiceStep.Trigger trigger) {
        return steps.stream().filter(step -> step.getTrigger() == trigger).toList();
    }

    /** Retired services stay on old referrals but are no longer offered. */
    public void retire(Instant now) {
        status = ServiceStatus.INACTIVE;
        updatedAt = now;
    }

    public void closeTemporarily(Instant now) {
        status = ServiceStatus.TEMPORARILY_CLOSED;
        updatedAt = now;
    }

    public void reopen(Instant now) {
        status = ServiceStatus.ACTIVE;
        updatedAt = now;
    }

    public boolean isReferrable() {
        return status == ServiceStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getEligibility() {
        return eligibility;
    }

    public String getHowToRefer() {
        return howToRefer;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getAreasCovered() {
        return areasCovered;
    }

    public String getCost() {
        return cost;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public boolean isCrisisLine() {
        return crisisLine;
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UserAccount getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
