package org.helpline.callers;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.helpline.security.UserAccount;
import org.helpline.shared.UserText;
import org.helpline.shared.persistence.Tracked;

/**
 * Someone who contacted the helpline and agreed to us keeping their details. Without that consent
 * there is no caller record: the contact keeps only its statistical fields.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "caller")
public class Caller extends Tracked implements Serializable, CallerRecord {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caller_seq")
    @SequenceGenerator(name = "caller_seq", sequenceName = "caller_seq", allocationSize = 50)
    private Long id;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(name = "name_key", length = 200)
    private String nameKey;

    @Column(name = "name_sounds", length = 200)
    private String nameSounds;

    @ElementCollection
    @CollectionTable(name = "caller_phone", joinColumns = @JoinColumn(name = "caller_id"))
    @Column(name = "number", length = 16, nullable = false)
    private Set<String> phones = new LinkedHashSet<>();

    @Column(length = 254)
    private String email;

    @Column(name = "postcode_district", length = 4)
    private String postcodeDistrict;

    @Enumerated(EnumType.STRING)
    @Column(name = "ms_type", length = 30)
    private MsType msType;

    @Column(name = "diagnosis_year")
    private Integer diagnosisYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact_method", length = 20)
    private ContactMethod preferredContactMethod;

    @Column(name = "preferred_times", length = 200)
    private String preferredTimes;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "consent_wording_version", nullable = false, length = 20)
    private String consentWordingVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Caller() {
    }

    /** Records a caller who has just agreed to the consent wording of {@code wordingVersion}. */
    public static Caller withConsent(CallerDetails details, String wordingVersion, UserAccount by, Instant now) {
        Caller caller = new Caller();
        caller.consentWordingVersion = Objects.requireNonNull(wordingVersion, "wordingVersion");
        caller.consentGivenAt = now;
        caller.createdAt = now;
        caller.update(details, by, now);
        return caller;
    }

    public void update(CallerDetails details, UserAccount by, Instant now) {
        CallerDetails valid = details.validated();
        fullName = valid.fullName();
        nameKey = fullName == null ? null : NameKey.plain(fullName);
        nameSounds = fullName == null ? null : NameKey.sounds(fullName);
        phones.clear();
        phones.addAll(valid.phones());
        email = valid.email();
        postcodeDistrict = valid.postcodeDistrict();
        msType = valid.msType();
        diagnosisYear = valid.diagnosisYear();
        preferredContactMethod = valid.preferredContactMethod();
        preferredTimes = valid.preferredTimes();
        touch(by, now);
    }

    @Override
    protected String describe() {
        return UserText.of("concurrentEdit.caller");
    }

    public Long getId() {
        return id;
    }

    /** The name to show; "Caller 123" when only a number or email was given. */
    public String getDisplayName() {
        return fullName != null ? fullName : "Caller " + id;
    }

    public String getFullName() {
        return fullName;
    }

    public Set<String> getPhones() {
        return Collections.unmodifiableSet(phones);
    }

    public String getEmail() {
        return email;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public MsType getMsType() {
        return msType;
    }

    public Integer getDiagnosisYear() {
        return diagnosisYear;
    }

    public ContactMethod getPreferredContactMethod() {
        return preferredContactMethod;
    }

    public String getPreferredTimes() {
        return preferredTimes;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getConsentWordingVersion() {
        return consentWordingVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** A caller's own record is theirs. */
    @Override
    public Caller getCaller() {
        return this;
    }
}
