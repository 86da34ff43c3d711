package org.helpline.api;

import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.helpline.shared.Rows;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.UserText;

/**
 * Lists come a page at a time: {@code page} from 1 to {@link #MAX_PAGE}, {@code size} up to {@link #MAX_SIZE},
 * with the total and {@code Link} headers (RFC 8288) to the next and previous pages. A page past the end of
 * a list is an empty page (with the total and a link back), never an error.
 */
public final class Paging {

    public static final int MAX_SIZE = 100;

    /**
     * The highest page number: a million pages of {@link #MAX_SIZE} is more than any list holds, and keeps
     * the first row's index, {@code (page - 1) * size}, well inside an {@code int}.
     */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    /** One page of a list. */
    @Schema(name = "Page", description = "One page of a list")
    /**
     * A page of a list: {@code total} is how many there are in all, or, when {@code totalIsAtLeast} is
     * true, how many at least (a search stops counting at a thousand).
     */
    public record Page<T>(List<T> items, int page, int size, long total, Boolean totalIsAtLeast) {
    }

    /** The page asked for (default 1), refused out of range. */
    public static int page(String page) {
        int number = QueryParams.number(page, "page", 1);
        check(number, 1);
        return number;
    }

    /** The page size asked for (default 20), refused out of range. */
    public static int size(String size) {
        int number = QueryParams.number(size, "size", 20);
        check(1, number);
        return number;
    }

    /** Refuses a page number or size out of range, naming the parameter. */
    public static void check(int page, int size) {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", UserText.of("api.page.range", MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", UserText.of("api.size.range", MAX_SIZE));
        }
    }

    /** The rows of {@code page} for a service to read. */
    public static Rows rows(int page, int size) {
        check(page, size);
        return new Rows(first(page, size), size);
    }

    /** The first index of {@code page}, of a page and size {@link #check checked} first. */
    public static int first(int page, int size) {
        check(page, size);
        return (page - 1) * size;
    }

    /** One page cut from a short list a service returned whole (a caller's referrals, the best matches). */
    public static <T> Response of(UriInfo uri, List<T> all, int page, int size) {
        check(page, size);
        int from = Math.min(first(page, size), all.size());
        return respond(uri, all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /** A page the database already cut. */
    public static <T> Response respond(UriInfo uri, List<T> items, int page, int size, long total) {
        return respond(uri, items, page, size, total, false);
    }

    /** A page the database already cut, of a list counted only up to {@code total} when {@code atLeast}. */
    public static <T> Response respond(UriInfo uri, List<T> items, int page, int size, long total, boolean atLeast) {
        Response.ResponseBuilder response = Response.ok(new Page<>(items, page, size, total, atLeast ? Boolean.TRUE : null));
        if ((long) page * size < total) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1)).rel("next").build());
        }
        if (page > 1) {
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page - 1)).rel("prev").build());
        }
        return response.build();
    }
}
