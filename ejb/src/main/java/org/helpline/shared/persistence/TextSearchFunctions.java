package org.helpline.shared.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * Functions the searches use, written for each database.
 *
 * <p>{@code function('helpline_text_matches', first, second, word)}: whether either text holds a word starting
 * with {@code word} (lower case letters and digits only). On PostgreSQL it is full-text search over the
 * two texts joined, answered from the GIN index {@code ix_contact_text} (V22) when the texts are a
 * contact's summary and information given; elsewhere (H2, for trying Helpline out) a plain scan for the
 * word anywhere in either text.
 *
 * <p>{@code function('helpline_id_in', id, ids)}: whether {@code id} is one of {@code ids}, a string of ids
 * separated by commas ("12,15,40"). One parameter however many ids (a list parameter takes one per id,
 * and PostgreSQL allows 32,767 a statement); on PostgreSQL it reads as {@code id = any(array)}, which an
 * index on {@code id} answers, also inside an {@code or} with other indexed conditions.
 *
 * <p>{@code function('helpline_sounds_any', sounds, codes)}: whether a caller's name sounds (their codes
 * between spaces, " SM0 S530 ") include any of {@code codes} (separated by spaces, "SM0 XMT S530"). On
 * PostgreSQL the codes are compared as arrays, answered exactly from the GIN index {@code ix_caller_sound_codes}
 * (V34) with one entry per code; a trigram index on the text had to read every caller whose codes shared
 * a common trigram such as "  a" (7 ms for one word at a million contacts). Elsewhere a regular expression.
 */
public class TextSearchFunctions implements FunctionContributor {

    public static final String MATCHES = "helpline_text_matches";
    public static final String ID_IN = "helpline_id_in";
    public static final String SOUNDS_ANY = "helpline_sounds_any";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        var bool = contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN);
        String pattern = contributions.getDialect() instanceof PostgreSQLDialect
                // Written exactly as the index is, so that PostgreSQL answers it from the index.
                ? "(to_tsvector('simple', coalesce(?1, '') || ' ' || coalesce(?2, '')) @@ to_tsquery('simple', ?3 || ':*'))"
                : "(lower(coalesce(?1, '') || ' ' || coalesce(?2, '')) like ('%' || ?3 || '%'))";
        contributions.getFunctionRegistry().registerPattern(MATCHES, pattern, bool);
        String idIn = contributions.getDialect() instanceof PostgreSQLDialect
                ? "(?1 = any (cast(string_to_array(?2, ',') as bigint array)))"
                : "(position(',' || cast(?1 as varchar) || ',' in ',' || ?2 || ',') > 0)";
        contributions.getFunctionRegistry().registerPattern(ID_IN, idIn, bool);
        String soundsAny = contributions.getDialect() instanceof PostgreSQLDialect
                // Written exactly as the index is.
                ? "(string_to_array(btrim(?1), ' ') && string_to_array(?2, ' '))"
                : "regexp_like(coalesce(?1, ''), ' (' || replace(?2, ' ', '|') || ') ')";
        contributions.getFunctionRegistry().registerPattern(SOUNDS_ANY, soundsAny, bool);
    }
}
