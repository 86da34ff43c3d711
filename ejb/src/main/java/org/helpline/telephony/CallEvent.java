package org.helpline.telephony;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * That an event was received, by the phone system's own id: one a system sends again is found here and
 * has no further effect. Keeps what happened and when, not the body, which holds the caller's number.
 */
@Entity
@Table(name = "call_event")
public class CallEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_event_seq")
    @SequenceGenerator(name = "call_event_seq", sequenceName = "call_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_system_id", nullable = false, updatable = false)
    private PhoneSystem phoneSystem;

    @Column(name = "event_id", nullable = false, length = 120, updatable = false)
    private String eventId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_call_id", nullable = false, updatable = false)
    private PhoneCall call;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CallEventType kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected CallEvent() {
    }

    CallEvent(PhoneSystem phoneSystem, PhoneCall call, CallEventMessage event, Instant receivedAt) {
        this.phoneSystem = phoneSystem;
        this.eventId = event.eventId();
        this.call = call;
        this.kind = event.type();
        this.occurredAt = event.at();
        this.receivedAt = receivedAt;
    }

    public String getEventId() {
        return eventId;
    }

    public CallEventType getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
