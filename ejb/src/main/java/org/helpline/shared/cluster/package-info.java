/**
 * Running Helpline on more than one WildFly: what the servers must share and how. Web sessions and EJB
 * timers are WildFly's own (Infinispan, in the HA configuration); this package adds the rest. Committed
 * changes reach the screens connected to every server ({@link org.helpline.shared.cluster.ClusterRelay},
 * WildFly's command dispatcher), keys are kept in the database ({@link org.helpline.shared.cluster.ServerKeys}),
 * and each run of a scheduled job is recorded with the server that ran it
 * ({@link org.helpline.shared.cluster.ScheduledRuns}). On a single server all of it still works, locally.
 */
package org.helpline.shared.cluster;
