package org.helpline.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Advisers signing in through the sign-in page and opening the home page and the contact form, as a
 * shift starts: afterwards each has a web session and the form's view state on the server, so the
 * benchmark script can read the server's memory with that many advisers signed in.
 */
public class SignedInAdvisers extends Simulation {

    private static final URI WEB = URI.create(System.getProperty("helpline.web", "http://127.0.0.1:8480/helpline"));
    /** The server, as the base of every request: the form's action is a path from the server's root. */
    private static final String SERVER = WEB.getScheme() + "://" + WEB.getAuthority();
    private static final String APP = WEB.getPath();
    private static final int ADVISERS = Integer.getInteger("helpline.signed-in", 50);
    private static final String PASSWORD = System.getProperty("helpline.password", "adviser-demo-2026");

    {
        var advisers = IntStream.rangeClosed(1, ADVISERS)
                .mapToObj(i -> Map.<String, Object>of("username", String.format("bench-adviser-%03d", i)))
                .toList();
        var shiftStarts = scenario("sign in and open the contact form")
                .feed(io.gatling.javaapi.core.CoreDsl.listFeeder(advisers).queue())
                .exec(http("sign-in page").get(APP + "/login.xhtml")
                        .check(status().is(200), form("#login").saveAs("fields"), css("#login", "action").saveAs("action")))
                .exec(session -> {
                    // The form as the page sent it, with the adviser's name and password typed in.
                    Map<String, Object> fields = new HashMap<>(session.getMap("fields"));
                    fields.put("login:username", session.getString("username"));
                    fields.put("login:password", PASSWORD);
                    fields.put("login:signIn", "");
                    return session.set("fields", fields);
                })
                .exec(http("sign in").post("#{action}")
                        .formParamMap(session -> session.getMap("fields"))
                        .check(status().is(200), currentLocation().not(SERVER + APP + "/login.xhtml")))
                .exec(http("home page").get(APP + "/").check(status().is(200), substring("Log a contact")))
                .exec(http("contact form").get(APP + "/calls/log.xhtml").check(status().is(200), substring("jakarta.faces.ViewState")));
        setUp(shiftStarts.injectOpen(rampUsers(ADVISERS).during(10)))
                .protocols(http.baseUrl(SERVER).disableCaching());
    }
}
