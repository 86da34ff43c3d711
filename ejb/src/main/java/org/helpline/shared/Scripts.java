package org.helpline.shared;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.helpline.shared.seeds.SeedFiles;

/**
 * Wording advisers read or follow word for word, versioned so a record can say which version a caller
 * heard: the consent question, and the on-screen protocol for a risk-to-life call
 * ({@code seeds/reference/scripts.json}).
 */
@ApplicationScoped
public class Scripts {

    public static final String CONSENT = "consent";
    public static final String RISK_TO_LIFE = "risk-to-life";

    /** One script: its code, version, title and text. */
    public record Script(String code, String version, String title, String text) {
    }

    private Map<String, Script> byCode;

    @PostConstruct
    void load() {
        byCode = SeedFiles.read("reference/scripts.json").getValuesAs(JsonObject.class).stream()
                .map(o -> new Script(o.getString("code"), o.getString("version"), o.getString("title"),
                        o.getString("text")))
                .collect(Collectors.toUnmodifiableMap(Script::code, Function.identity()));
    }

    public Script get(String code) {
        Script script = byCode.get(code);
        if (script == null) {
            throw new IllegalStateException("No script " + code + " in seeds/reference/scripts.json");
        }
        return script;
    }
}
