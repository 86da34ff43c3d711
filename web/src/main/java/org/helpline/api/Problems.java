package org.helpline.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.helpline.security.NotPermittedException;
import org.helpline.shared.ConcurrentEditException;
import org.helpline.shared.HelplineException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.UserText;
import org.helpline.telephony.UnsignedEventException;

/**
 * The API's one mapping of what went wrong to an RFC 9457 problem, as {@code Messages} is the pages' one:
 * bad input 400 with its fields, no token (or a phone event's signature refused) 401, no permission 403, no such record 404, a change the record's
 * present state refuses 409 (a closed case, a follow-up already taken), a stale {@code If-Match} 412, a body that is not JSON 415, JSON of the wrong shape
 * 422. Anything else is 500 with no detail; its stack trace goes to the log, never to the client. A refusal is
 * logged as one line, without a stack trace (the EJB container does not log them either: helpline-settings.cli).
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    static final String TYPES = "https://helpline.example/problems/";
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        String path = pathOf(uri);
        Response answer = answer(cause, path);
        int status = answer.getStatus();
        if (status < 500) {
            // An expected refusal: one line (with the request's id, as every line has), no stack trace. Only the
            // path, the status and the exception's type: a message or a query could echo what was sent.
            LOG.log(status == 401 || status == 403 ? Level.WARNING : Level.INFO,
                    () -> "API refused " + path + ": " + status + " (" + cause.getClass().getSimpleName() + ")");
        }
        return answer;
    }

    private Response answer(Throwable cause, String path) {
        if (cause instanceof InvalidInputException refused && refused.isConflict()) {
            return problem(409, "conflict", UserText.of("api.conflict.title"), refused.getMessage(), path,
                    List.of(new Problem.FieldError(refused.getField(), refused.getMessage())));
        }
        if (cause instanceof InvalidInputException invalid) {
            // Every field refused, as the page lists them all; the detail is the first.
            return problem(400, "invalid-input", UserText.of("api.invalidInput.title"), invalid.getMessage(),
                    path, invalid.getRefusals().stream().map(r -> new Problem.FieldError(r.field(), r.message())).toList());
        }
        if (cause instanceof UnsignedEventException unsigned) {
            return Response.fromResponse(problem(401, "unsigned-event", UserText.of("api.unsignedEvent.title"),
                    unsigned.getMessage(), path, null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 realm=\"helpline-telephony\"").build();
        }
        if (cause instanceof NotPermittedException || cause instanceof EJBAccessException) {
            return problem(403, "forbidden", UserText.of("api.forbidden.title"),
                    UserText.of("api.forbidden.detail"), path, null);
        }
        if (cause instanceof NotFoundException notFound) {
            return problem(404, "not-found", UserText.of("api.notFound.title"), notFound.getMessage(), path, null);
        }
        if (cause instanceof ConcurrentEditException || cause instanceof OptimisticLockException) {
            return problem(412, "stale", UserText.of("api.stale.title"), cause instanceof ConcurrentEditException
                    ? cause.getMessage() : UserText.of("api.stale.detail"), path, null);
        }
        if (cause instanceof HelplineException refused) {
            return problem(409, "conflict", UserText.of("api.conflict.title"), refused.getMessage(), path, null);
        }
        if (cause instanceof JsonParsingException) {
            return problem(400, "not-json", UserText.of("api.notJson.title"),
                    UserText.of("api.notJson.detail", cause.getMessage()), path, null);
        }
        if (cause instanceof JsonbException) {
            return problem(422, "wrong-shape", UserText.of("api.wrongShape.title"), UserText.of("api.wrongShape.detail"),
                    path, null);
        }
        if (cause instanceof NotAuthorizedException) {
            return ApiGate.unauthorized(path, false);
        }
        if (cause instanceof NotSupportedException) {
            return problem(415, "unsupported-media-type", UserText.of("api.unsupportedMediaType.title"),
                    UserText.of("api.unsupportedMediaType.detail"), path, null);
        }
        if (cause instanceof NotAllowedException notAllowed) {
            Response problem = problem(405, "method-not-allowed", UserText.of("api.methodNotAllowed.title"),
                    UserText.of("api.methodNotAllowed.detail"), path, null);
            return Response.fromResponse(problem).allow(notAllowed.getResponse().getAllowedMethods()).build();
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getEntity() instanceof Problem) {
            return web.getResponse();
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 404) {
                return problem(404, "not-found", UserText.of("api.notFound.title"), UserText.of("api.notFound.address"), path,
                        null);
            }
            if (status < 500) {
                return problem(status, "bad-request", UserText.of("api.badRequest.title"), cause.getMessage(), path, null);
            }
        }
        LOG.log(Level.SEVERE, "The API failed on " + path, cause);
        return problem(500, "server-error", UserText.of("api.serverError.title"), UserText.of("api.serverError.detail"),
                path, null);
    }

    /** A problem response, for the filters and resources that answer one without an exception. */
    public static Response problem(int status, String type, String title, String detail, String path,
            List<Problem.FieldError> errors) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem(TYPES + type, title, status, detail, path, errors)).build();
    }

    /** The request's path under the API's root, for a problem's {@code instance}. */
    static String pathOf(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof EJBException && !(cause instanceof EJBAccessException)
                || cause instanceof ProcessingException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof JsonbException) {
            for (Throwable c = cause; c != null; c = c.getCause()) {
                if (c instanceof JsonParsingException) {
                    return c;
                }
            }
        }
        return cause;
    }
}
