package org.helpline.shared.cluster;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One run of a scheduled job: for which tick, on which server, and how many items it dealt with. */
@Entity
@Table(name = "scheduled_run")
public class ScheduledRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_run_seq")
    @SequenceGenerator(name = "scheduled_run_seq", sequenceName = "scheduled_run_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String job;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "server_name", nullable = false, length = 100, updatable = false)
    private String serverName;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(nullable = false, updatable = false)
    private int items;

    protected ScheduledRun() {
    }

    ScheduledRun(String job, Instant dueAt, String serverName, Instant startedAt, Instant finishedAt, int items) {
        this.job = job;
        this.dueAt = dueAt;
        this.serverName = serverName;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.items = items;
    }

    public String job() {
        return job;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String serverName() {
        return serverName;
    }

    public int items() {
        return items;
    }
}
