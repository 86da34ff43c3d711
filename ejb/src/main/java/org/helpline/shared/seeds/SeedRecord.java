package org.helpline.shared.seeds;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One seed record that has been applied: never applied again, whatever became of it since. */
@Entity
@Table(name = "seed_record")
@IdClass(SeedRecord.Key.class)
public class SeedRecord {

    @Id
    @Column(length = 60)
    private String kind;

    @Id
    @Column(length = 120)
    private String code;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected SeedRecord() {
    }

    SeedRecord(String kind, String code, Instant appliedAt) {
        this.kind = kind;
        this.code = code;
        this.appliedAt = appliedAt;
    }

    public String getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind;
        private String code;

        public Key() {
        }

        public Key(String kind, String code) {
            this.kind = kind;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(kind, k.kind) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, code);
        }
    }
}
