import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a Java Flight Recorder recording's CPU samples ({@code jdk.ExecutionSample}), as text for
 * BENCHMARKS.md: where the samples were (self, by method and by library), and which methods were on the stack
 * (inclusive: a method counts once per sample however deep it recurses).
 *
 * <pre>
 *   java TopFrames.java recording.jfr [how many lines, default 30] [from to: epoch milliseconds, only samples between]
 * </pre>
 */
public class TopFrames {

    /** Libraries by package prefix, the first that matches; the rest go by their first three package names. */
    private static final List<String[]> LIBRARIES = List.of(
            new String[] {"org.helpline.", "Helpline"},
            new String[] {"org.hibernate.envers.", "Hibernate Envers"},
            new String[] {"org.hibernate.validator.", "Hibernate Validator"},
            new String[] {"org.hibernate.", "Hibernate ORM"},
            new String[] {"org.eclipse.yasson.", "Yasson (JSON-B)"},
            new String[] {"org.eclipse.parsson.", "Parsson (JSON-P)"},
            new String[] {"org.postgresql.", "PostgreSQL JDBC"},
            new String[] {"org.h2.", "H2"},
            new String[] {"org.jboss.resteasy.", "RESTEasy"},
            new String[] {"io.undertow.", "Undertow"},
            new String[] {"org.jboss.weld.", "Weld (CDI)"},
            new String[] {"org.jboss.as.ejb3.", "WildFly EJB"},
            new String[] {"org.jboss.invocation.", "WildFly interceptors"},
            new String[] {"org.jboss.jca.", "IronJacamar (pool)"},
            new String[] {"com.arjuna.", "Narayana (transactions)"},
            new String[] {"org.wildfly.security.", "Elytron"},
            new String[] {"io.micrometer.", "Micrometer"},
            new String[] {"org.jboss.logmanager.", "JBoss Log Manager"},
            new String[] {"org.xnio.", "XNIO"},
            new String[] {"java.", "JDK"},
            new String[] {"jdk.", "JDK"},
            new String[] {"sun.", "JDK"});

    public static void main(String[] args) throws Exception {
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long from = args.length > 3 ? Long.parseLong(args[2]) : Long.MIN_VALUE;
        long to = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> selfLibrary = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStartTime().toEpochMilli() < from || event.getStartTime().toEpochMilli() > to) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                String top = name(frames.get(0));
                self.merge(top, 1, Integer::sum);
                selfLibrary.merge(library(top), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = name(frame);
                    if (seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "JFR CPU samples: %d (%s)%n", samples, args[0]);
        print("Self time by library (the sampled frame's package)", selfLibrary, samples, lines);
        print("Self time by method", self, samples, lines);
        int total = samples;
        Map<String, Integer> interesting = new HashMap<>();
        // Inclusive: Helpline's and the libraries' own entry points, not the threads' plumbing that is on every stack.
        inclusive.forEach((method, n) -> {
            if (n < total * 0.9) {
                interesting.put(method, n);
            }
        });
        print("On the stack (inclusive), below 90% of samples", interesting, samples, lines * 2);
        Map<String, Integer> own = new HashMap<>();
        inclusive.forEach((method, n) -> {
            if (method.startsWith("org.helpline.")) {
                own.put(method, n);
            }
        });
        print("Helpline's own methods on the stack (inclusive)", own, samples, lines * 2);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(lines)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%% %6d  %s%n", 100.0 * e.getValue() / samples, e.getValue(),
                        e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String library(String method) {
        for (String[] l : LIBRARIES) {
            if (method.startsWith(l[0])) {
                return l[1];
            }
        }
        String[] parts = method.split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length - 2)));
    }
}
