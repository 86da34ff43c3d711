package org.helpline.shared.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row a server locks to do something alone, such as applying the seed files. */
@Entity
@Table(name = "server_lock")
public class ServerLock {

    /** The seed files are applied by one server at a time. */
    public static final String SEEDS = "seeds";

    @Id
    @Column(length = 60)
    private String name;

    protected ServerLock() {
    }
}
